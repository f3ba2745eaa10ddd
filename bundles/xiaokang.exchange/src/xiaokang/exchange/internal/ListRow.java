package xiaokang.exchange.internal;

import java.util.Map;

import xiaokang.exchange.SheetRow;

/**
 * A data row of a list with the columns its sheet's header row maps: which cell holds which
 * column, and the header as the sheet writes it (for messages).
 */
record ListRow<K>(SheetRow row, Map<K, Integer> columns, Map<K, String> headers, ListColumns<K> known) {

    /** The column's text, empty when the sheet has no such column or the cell is blank. */
    String value(K column) {
        Integer index = columns.get(column);
        return index == null ? "" : row.cell(index); //$NON-NLS-1$
    }

    boolean has(K column) {
        return !value(column).isEmpty();
    }

    /** Whether the sheet has the column at all (blank or not in this row). */
    boolean sheetHas(K column) {
        return columns.containsKey(column);
    }

    String header(K column) {
        return at().header(column);
    }

    RowAt<K> at() {
        return new RowAt<>(row.sheet(), row.number(), headers, known);
    }
}
