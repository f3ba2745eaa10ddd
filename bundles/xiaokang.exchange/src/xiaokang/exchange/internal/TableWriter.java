package xiaokang.exchange.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.eclipse.osgi.util.NLS;

import xiaokang.exchange.Sheets;

/**
 * A table written row by row to .xlsx (POI's streaming workbook: a window of rows in memory, the
 * rest on disk) or .csv (UTF-8 with a byte-order mark, so that Excel on a Chinese desk opens it
 * right). Written to a temporary file and moved into place on close: a failed export leaves no
 * half-written file.
 */
public abstract class TableWriter implements AutoCloseable {

    private final Path out;
    private final Path temporary;
    private boolean complete;

    protected TableWriter(Path out) throws IOException {
        this.out = out.toAbsolutePath();
        this.temporary = Files.createTempFile(this.out.getParent(), ".export-", ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    public static TableWriter open(Path out, String sheet, List<String> headers) throws IOException {
        TableWriter writer = switch (Sheets.extension(out)) {
            case "xlsx" -> new Xlsx(out, sheet); //$NON-NLS-1$
            case "csv" -> new Csv(out); //$NON-NLS-1$
            default -> throw new IOException(NLS.bind(Messages.Export_unknownFormat, out.getFileName()));
        };
        writer.header(headers);
        return writer;
    }

    protected Path temporary() {
        return temporary;
    }

    protected abstract void header(List<String> headers) throws IOException;

    /** One row: strings as text (an ID number stays text), numbers as numbers, nulls blank. */
    public abstract void row(List<?> cells) throws IOException;

    protected abstract void finish() throws IOException;

    /** Marks the table complete: close then moves it into place (otherwise it is removed). */
    public void complete() {
        complete = true;
    }

    @Override
    public void close() throws IOException {
        try {
            finish();
            if (complete) {
                Files.move(temporary, out, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static final class Xlsx extends TableWriter {

        private static final int WINDOW = 200;
        private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        private final Sheet sheet;
        private int next;

        Xlsx(Path out, String name) throws IOException {
            super(out);
            sheet = workbook.createSheet(name);
        }

        @Override
        protected void header(List<String> headers) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row row = sheet.createRow(next++);
            for (int i = 0; i < headers.size(); i++) {
                Cell cell = row.createCell(i);
                cell.setCellValue(headers.get(i));
                cell.setCellStyle(bold);
                sheet.setColumnWidth(i, Math.max(10, headers.get(i).length() * 2 + 4) * 256);
            }
            sheet.createFreezePane(0, 1);
        }

        @Override
        public void row(List<?> cells) {
            Row row = sheet.createRow(next++);
            for (int i = 0; i < cells.size(); i++) {
                Object value = cells.get(i);
                if (value instanceof Number number) {
                    row.createCell(i).setCellValue(number instanceof BigDecimal d ? d.doubleValue() : number.doubleValue());
                } else if (value != null) {
                    row.createCell(i).setCellValue(value.toString());
                }
            }
        }

        @Override
        protected void finish() throws IOException {
            try (OutputStream stream = Files.newOutputStream(temporary())) {
                workbook.write(stream);
            } finally {
                workbook.close();
            }
        }
    }

    private static final class Csv extends TableWriter {

        private final CSVPrinter printer;

        Csv(Path out) throws IOException {
            super(out);
            Writer writer = new OutputStreamWriter(Files.newOutputStream(temporary()), StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        }

        @Override
        protected void header(List<String> headers) throws IOException {
            printer.printRecord(headers);
        }

        @Override
        public void row(List<?> cells) throws IOException {
            printer.printRecord(cells.stream().map(c -> c instanceof BigDecimal d ? d.toPlainString() : c).toList());
        }

        @Override
        protected void finish() throws IOException {
            printer.close();
        }
    }
}
