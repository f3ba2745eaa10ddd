package xiaokang.exchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.osgi.util.NLS;

import xiaokang.exchange.Cells;
import xiaokang.exchange.SheetRow;
import xiaokang.exchange.Sheets.RowHandler;

/** A CSV file as one sheet named after the file, in the encoding {@link Encodings} finds. */
public final class CsvSheets {

    private CsvSheets() {
    }

    public static String read(Path file, RowHandler handler) throws IOException {
        Encodings.Detected encoding = Encodings.detect(file);
        String sheet = file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(encoding.bomLength());
            Reader reader = new InputStreamReader(in, encoding.charset());
            for (CSVRecord record : CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get().parse(reader)) {
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(value -> cells.add(Cells.normalize(value)));
                handler.row(new SheetRow(sheet, (int) record.getRecordNumber(), cells));
            }
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        return NLS.bind(Messages.Sheets_csv, encoding.charset().name());
    }
}
