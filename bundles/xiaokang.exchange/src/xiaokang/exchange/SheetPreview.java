package xiaokang.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The first rows of a sheet as an import will read them: each column of its header row with what
 * the import takes it for (or nothing: the column is not read) and its first values, so that a desk
 * sees the mapping before the dry run. Reading stops after those rows.
 */
public final class SheetPreview {

    /** One column of the sheet: its header, what it is read as (empty: not read), its first values. */
    public record Column(String header, String readAs, List<String> values) {
    }

    private static final int HEADER_SEARCH_ROWS = 20;

    private SheetPreview() {
    }

    /**
     * The sheet's first {@code rows} data rows under its header row (an empty list when no row of
     * the first twenty is one).
     *
     * @param headerRow which row is the header row
     * @param readAs what a header is read as, if anything
     */
    public static List<Column> read(Path file, Predicate<SheetRow> headerRow, Function<String, Optional<String>> readAs, int rows)
            throws IOException {
        List<Column> columns = new ArrayList<>();
        class Reader implements Sheets.RowHandler {
            int seen;
            boolean header;

            @Override
            public void row(SheetRow row) {
                if (!header) {
                    if (++seen > HEADER_SEARCH_ROWS) {
                        throw new Stop();
                    }
                    if (headerRow.test(row)) {
                        header = true;
                        seen = 0;
                        for (String cell : row.cells()) {
                            columns.add(new Column(cell, readAs.apply(cell).orElse(""), new ArrayList<>())); //$NON-NLS-1$
                        }
                    }
                    return;
                }
                if (row.isBlank()) {
                    return;
                }
                for (int i = 0; i < columns.size(); i++) {
                    columns.get(i).values().add(row.cell(i));
                }
                if (++seen >= rows) {
                    throw new Stop();
                }
            }
        }
        try {
            Sheets.read(file, new Reader());
        } catch (Stop enough) {
            // The rows wanted are read; the rest of the file is not.
        }
        return columns.stream().filter(c -> !c.header().isEmpty()).toList();
    }

    /** Ends the reading early. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }
}
