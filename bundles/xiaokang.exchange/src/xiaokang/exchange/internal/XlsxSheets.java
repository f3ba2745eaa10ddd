package xiaokang.exchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import xiaokang.exchange.Cells;
import xiaokang.exchange.SheetRow;
import xiaokang.exchange.Sheets.RowHandler;

/**
 * An .xlsx workbook read with POI's event API: one sheet's XML is parsed as a stream, so that a
 * sheet of 640,000 rows never stands in memory as a workbook model.
 */
public final class XlsxSheets {

    private XlsxSheets() {
    }

    public static String read(Path file, RowHandler handler) throws IOException {
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings,
                            new Rows(sheets.getSheetName(), handler), new ExcelText(), false));
                    parser.parse(new InputSource(sheet));
                }
            }
        } catch (OpenXML4JException | SAXException | javax.xml.parsers.ParserConfigurationException
                | org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException e) {
            throw new IOException(org.eclipse.osgi.util.NLS.bind(Messages.Sheets_notExcel, file.getFileName(), e.getMessage()), e);
        }
        return Messages.Sheets_xlsx;
    }

    /** Collects a row's cells by their column (empty cells are not in the XML) and hands it on. */
    private static final class Rows implements SheetContentsHandler {

        private final String sheet;
        private final RowHandler handler;
        private final List<String> cells = new ArrayList<>();
        private int row;

        Rows(String sheet, RowHandler handler) {
            this.sheet = sheet;
            this.handler = handler;
        }

        @Override
        public void startRow(int rowNum) {
            row = rowNum;
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            handler.row(new SheetRow(sheet, rowNum + 1, cells));
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add(""); //$NON-NLS-1$
            }
            cells.add(Cells.normalize(formattedValue == null ? "" : formattedValue)); //$NON-NLS-1$
        }
    }
}
