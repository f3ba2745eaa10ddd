package xiaokang.exchange.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import xiaokang.exchange.Cells;
import xiaokang.exchange.ImportProblem;
import xiaokang.exchange.SheetRow;
import xiaokang.exchange.Sheets;

/**
 * Reads a list's data rows, every sheet in turn: the header row is found among the first rows
 * ({@link ListColumns#isHeader}; titles above it, merged or not, are passed over), blank rows and a
 * totals row are left out, and a sheet without the required columns is a problem. The rows are
 * kept ({@link #read()}) or handed on one by one as they are read ({@link #read(Consumer)}).
 */
final class ListReader<K> {

    /** How far down a sheet its header row may stand. */
    private static final int HEADER_SEARCH_ROWS = 20;
    private static final Pattern TOTALS = Pattern.compile("^(合计|总计|小计|共计)"); //$NON-NLS-1$

    private final Path file;
    private final ListColumns<K> known;
    final List<ListRow<K>> rows = new ArrayList<>();
    final List<ImportProblem> problems = new ArrayList<>();
    String format;
    /** The data rows read. */
    int count;
    private Consumer<ListRow<K>> each;

    private String sheet;
    private int searched;
    private Map<K, Integer> columns;
    private Map<K, String> headers;
    private boolean anyHeader;

    ListReader(Path file, ListColumns<K> known) {
        this.file = file;
        this.known = known;
    }

    void read() throws IOException {
        read(rows::add);
    }

    void read(Consumer<ListRow<K>> each) throws IOException {
        this.each = each;
        format = Sheets.read(file, this::row);
        if (!anyHeader) {
            problems.add(new ImportProblem(fileName(), "", 0, "", known.noHeader())); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    String fileName() {
        return file.getFileName().toString();
    }

    private void row(SheetRow row) {
        if (!row.sheet().equals(sheet)) {
            sheet = row.sheet();
            searched = 0;
            columns = null;
        }
        if (columns == null) {
            if (searched++ < HEADER_SEARCH_ROWS) {
                header(row);
            }
            return;
        }
        if (row.isBlank() || isTotals(row)) {
            return;
        }
        count++;
        each.accept(new ListRow<>(row, columns, headers, known));
    }

    private void header(SheetRow row) {
        if (!known.isHeader(row)) {
            return;
        }
        Map<K, Integer> found = new HashMap<>();
        Map<K, String> texts = new HashMap<>();
        for (int i = 0; i < row.cells().size(); i++) {
            Optional<K> column = known.column(row.cell(i));
            if (column.isPresent() && !found.containsKey(column.get())) {
                found.put(column.get(), i);
                texts.put(column.get(), row.cell(i));
            }
        }
        anyHeader = true;
        columns = found;
        headers = texts;
        for (K column : known.missing(found.keySet())) {
            problems.add(new ImportProblem(fileName(), sheet, row.number(), known.header(column), Messages.Import_missingColumn));
        }
    }

    /** A row whose first written cell says 合计 (or 总计, 小计, 共计): the sheet's totals. */
    private static boolean isTotals(SheetRow row) {
        return row.cells().stream().filter(c -> !c.isEmpty()).findFirst().map(c -> TOTALS.matcher(Cells.headerKey(c)).find())
                .orElse(false);
    }
}
