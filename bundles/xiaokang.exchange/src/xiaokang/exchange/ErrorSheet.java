package xiaokang.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import xiaokang.exchange.internal.Messages;

/**
 * The error report a desk works from: a copy of the imported sheet (.xlsx) with a 错误 column that
 * says what is wrong in each rejected row, and each faulty cell filled red; fixed, it imports again.
 */
public final class ErrorSheet {

    private static final int WINDOW = 200;

    private ErrorSheet() {
    }

    /**
     * Writes the copy.
     *
     * @param headerRow which row is the list's header row (the 错误 column goes after its last column)
     */
    public static void write(Path input, Path out, List<ImportProblem> problems, Predicate<SheetRow> headerRow) throws IOException {
        Map<String, List<ImportProblem>> byRow = new HashMap<>();
        for (ImportProblem problem : problems) {
            byRow.computeIfAbsent(problem.sheet() + '\n' + problem.row(), k -> new ArrayList<>()).add(problem);
        }
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
            CellStyle faulty = workbook.createCellStyle();
            faulty.setFillForegroundColor(IndexedColors.ROSE.getIndex());
            faulty.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            Copy copy = new Copy(workbook, faulty, byRow, headerRow);
            try {
                Sheets.read(input, copy::row);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            try (OutputStream stream = Files.newOutputStream(out)) {
                workbook.write(stream);
            }
        }
    }

    /** Copies rows sheet by sheet, the error column after the header's last column. */
    private static final class Copy {

        private final SXSSFWorkbook workbook;
        private final CellStyle faulty;
        private final Map<String, List<ImportProblem>> byRow;
        private final Predicate<SheetRow> headerRow;
        private Sheet sheet;
        private Map<String, Integer> headers;
        private int errorColumn;

        Copy(SXSSFWorkbook workbook, CellStyle faulty, Map<String, List<ImportProblem>> byRow, Predicate<SheetRow> headerRow) {
            this.workbook = workbook;
            this.faulty = faulty;
            this.byRow = byRow;
            this.headerRow = headerRow;
        }

        void row(SheetRow source) {
            if (sheet == null || !sheet.getSheetName().equals(safeName(source.sheet()))) {
                sheet = workbook.createSheet(safeName(source.sheet()));
                headers = null;
            }
            Row row = sheet.createRow(source.number() - 1);
            for (int i = 0; i < source.cells().size(); i++) {
                if (!source.cell(i).isEmpty()) {
                    row.createCell(i).setCellValue(source.cell(i));
                }
            }
            if (headers == null && headerRow.test(source)) {
                headers = new HashMap<>();
                for (int i = 0; i < source.cells().size(); i++) {
                    headers.putIfAbsent(source.cell(i), i);
                }
                errorColumn = source.cells().size();
                row.createCell(errorColumn).setCellValue(Messages.ErrorSheet_header);
                return;
            }
            List<ImportProblem> problems = byRow.get(source.sheet() + '\n' + source.number());
            if (problems == null || headers == null) {
                return;
            }
            List<String> texts = new ArrayList<>();
            for (ImportProblem problem : problems) {
                texts.add(problem.column().isEmpty() ? problem.message() : problem.column() + ": " + problem.message()); //$NON-NLS-1$
                Integer column = headers.get(problem.column());
                if (column != null) {
                    Cell cell = row.getCell(column) != null ? row.getCell(column) : row.createCell(column);
                    cell.setCellStyle(faulty);
                }
            }
            Cell error = row.createCell(errorColumn);
            error.setCellValue(String.join("；", texts)); //$NON-NLS-1$
            error.setCellStyle(faulty);
        }

        private static String safeName(String name) {
            String safe = org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(name);
            return safe;
        }
    }
}
