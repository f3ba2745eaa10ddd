package xiaokang.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import xiaokang.exchange.internal.TableWriter;

/**
 * A table as a view shows it (its headers and each row's texts, filtered and sorted as shown)
 * written to .xlsx or .csv, streaming, complete or not at all.
 */
public final class TableFile {

    private TableFile() {
    }

    public static void write(Path out, String sheet, List<String> headers, List<List<String>> rows) throws IOException {
        try (TableWriter writer = TableWriter.open(out, sheet, headers)) {
            for (List<String> row : rows) {
                writer.row(row);
            }
            writer.complete();
        }
    }
}
