package xiaokang.exchange.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.eclipse.osgi.util.NLS;

import xiaokang.exchange.Cells;
import xiaokang.exchange.SheetRow;
import xiaokang.exchange.Sheets.RowHandler;

/**
 * An .xls workbook (Excel 97-2003) read whole with POI's HSSF model: the format holds at most
 * 65,536 rows a sheet, little enough for a desk's memory.
 */
public final class XlsSheets {

    private XlsSheets() {
    }

    public static String read(Path file, RowHandler handler) throws IOException {
        ExcelText text = new ExcelText();
        try (HSSFWorkbook workbook = new HSSFWorkbook(java.nio.file.Files.newInputStream(file))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? "" : Cells.normalize(value(cell, text))); //$NON-NLS-1$
                    }
                    handler.row(new SheetRow(sheet.getSheetName(), row.getRowNum() + 1, cells));
                }
            }
        } catch (org.apache.poi.poifs.filesystem.OfficeXmlFileException | org.apache.poi.poifs.filesystem.NotOLE2FileException e) {
            throw new IOException(NLS.bind(Messages.Sheets_notExcel, file.getFileName(), e.getMessage()), e);
        }
        return Messages.Sheets_xls;
    }

    private static String value(Cell cell, ExcelText text) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> text.formatRawCellContents(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
                    cell.getCellStyle().getDataFormatString(), false);
            case STRING -> cell.getRichStringCellValue().getString();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> ""; //$NON-NLS-1$
        };
    }
}
