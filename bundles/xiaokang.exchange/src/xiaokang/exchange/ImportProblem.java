package xiaokang.exchange;

import org.eclipse.osgi.util.NLS;

import xiaokang.exchange.internal.Messages;

/**
 * What is wrong with a list and where: the file, the sheet, the row as the spreadsheet numbers it
 * (0 for the file as a whole) and the column's header (empty for the row as a whole).
 */
public record ImportProblem(String file, String sheet, int row, String column, String message) {

    @Override
    public String toString() {
        if (row == 0) {
            return NLS.bind(Messages.Problem_file, file, message);
        }
        if (column == null || column.isEmpty()) {
            return NLS.bind(Messages.Problem_row, new Object[] { file, sheet, row, message });
        }
        return NLS.bind(Messages.Problem_cell, new Object[] { file, sheet, row, column, message });
    }
}
