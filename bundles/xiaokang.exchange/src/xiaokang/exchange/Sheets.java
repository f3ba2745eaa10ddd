package xiaokang.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import xiaokang.exchange.internal.CsvSheets;
import xiaokang.exchange.internal.XlsSheets;
import xiaokang.exchange.internal.XlsxSheets;

/**
 * Reads the rows of a .xlsx, .xls or .csv file one at a time, every sheet in order, without
 * holding the workbook: a county ten times Shaodong's size reads in a desk's memory.
 */
public final class Sheets {

    /** What is done with each row; blank rows are passed too (the reader's caller skips them). */
    @FunctionalInterface
    public interface RowHandler {
        void row(SheetRow row);
    }

    private Sheets() {
    }

    /**
     * Reads every row of {@code file}.
     *
     * @return how the file was read, e.g. "CSV, GB18030" or "Excel (.xlsx)", for the user to see
     * @throws IOException when the file cannot be read or is not what its name says
     */
    public static String read(Path file, RowHandler handler) throws IOException {
        return switch (extension(file)) {
            case "xlsx", "xlsm" -> XlsxSheets.read(file, handler); //$NON-NLS-1$ //$NON-NLS-2$
            case "xls" -> XlsSheets.read(file, handler); //$NON-NLS-1$
            case "csv", "txt" -> CsvSheets.read(file, handler); //$NON-NLS-1$ //$NON-NLS-2$
            default -> throw new IOException(org.eclipse.osgi.util.NLS.bind(xiaokang.exchange.internal.Messages.Sheets_unknownFormat, file.getFileName()));
        };
    }

    /** The file name's extension, lower case, without the dot. */
    public static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT); //$NON-NLS-1$
    }
}
