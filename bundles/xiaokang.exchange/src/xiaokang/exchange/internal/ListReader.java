package xiaokang.exchange.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

import xiaokang.exchange.Cells;
import xiaokang.exchange.ColumnMapping;
import xiaokang.exchange.ImportProblem;
import xiaokang.exchange.RegistryColumn;
import xiaokang.exchange.SheetRow;
import xiaokang.exchange.Sheets;

/**
 * Reads a person list's data rows, every sheet in turn: the header row is found among the first
 * rows ({@link ColumnMapping#isHeader}; titles above it, merged or not, are passed over), blank rows and a totals row are left
 * out, and a sheet without the required columns is a problem.
 */
final class ListReader {

    /** How far down a sheet its header row may stand. */
    private static final int HEADER_SEARCH_ROWS = 20;
    private static final Pattern TOTALS = Pattern.compile("^(合计|总计|小计|共计)"); //$NON-NLS-1$

    private final Path file;
    private final ColumnMapping mapping;
    final List<ListRow> rows = new ArrayList<>();
    final List<ImportProblem> problems = new ArrayList<>();
    String format;

    private String sheet;
    private int searched;
    private Map<RegistryColumn, Integer> columns;
    private Map<RegistryColumn, String> headers;
    private boolean anyHeader;

    ListReader(Path file, ColumnMapping mapping) {
        this.file = file;
        this.mapping = mapping;
    }

    void read() throws IOException {
        format = Sheets.read(file, this::row);
        if (!anyHeader) {
            problems.add(new ImportProblem(fileName(), "", 0, "", //$NON-NLS-1$ //$NON-NLS-2$
                    NLS.bind(Messages.Import_noHeader, String.join("、", mapping.requiredHeaders())))); //$NON-NLS-1$
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
        rows.add(new ListRow(row, columns, headers));
    }

    private void header(SheetRow row) {
        if (!mapping.isHeader(row)) {
            return;
        }
        Map<RegistryColumn, Integer> found = new EnumMap<>(RegistryColumn.class);
        Map<RegistryColumn, String> texts = new EnumMap<>(RegistryColumn.class);
        for (int i = 0; i < row.cells().size(); i++) {
            Optional<RegistryColumn> column = mapping.column(row.cell(i));
            if (column.isPresent() && !found.containsKey(column.get())) {
                found.put(column.get(), i);
                texts.put(column.get(), row.cell(i));
            }
        }
        anyHeader = true;
        columns = found;
        headers = texts;
        for (RegistryColumn column : RegistryColumn.values()) {
            if (column.isRequired() && !found.containsKey(column)) {
                problems.add(new ImportProblem(fileName(), sheet, row.number(), column.header(), Messages.Import_missingColumn));
            }
        }
    }

    /** A row whose first written cell says 合计 (or 总计, 小计, 共计): the sheet's totals. */
    private static boolean isTotals(SheetRow row) {
        return row.cells().stream().filter(c -> !c.isEmpty()).findFirst().map(c -> TOTALS.matcher(Cells.headerKey(c)).find())
                .orElse(false);
    }
}
