package xiaokang.exchange;

import java.util.List;

/**
 * One row of a sheet as read: its sheet's name, its number as the spreadsheet shows it (the first
 * row is 1) and its cells' text, normalized ({@link Cells#normalize}), blank cells empty.
 */
public record SheetRow(String sheet, int number, List<String> cells) {

    public SheetRow {
        cells = List.copyOf(cells);
    }

    /** The cell at a column index (0 is A), empty when the row is shorter. */
    public String cell(int column) {
        return column < cells.size() ? cells.get(column) : ""; //$NON-NLS-1$
    }

    public boolean isBlank() {
        return cells.stream().allMatch(String::isEmpty);
    }
}
