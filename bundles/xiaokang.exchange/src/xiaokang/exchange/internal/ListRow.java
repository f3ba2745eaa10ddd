package xiaokang.exchange.internal;

import java.util.Map;

import xiaokang.exchange.RegistryColumn;
import xiaokang.exchange.SheetRow;

/**
 * A data row of a person list with the columns its sheet's header row maps: which cell holds which
 * column, and the header as the sheet writes it (for messages).
 */
record ListRow(SheetRow row, Map<RegistryColumn, Integer> columns, Map<RegistryColumn, String> headers) {

    /** The column's text, empty when the sheet has no such column or the cell is blank. */
    String value(RegistryColumn column) {
        Integer index = columns.get(column);
        return index == null ? "" : row.cell(index); //$NON-NLS-1$
    }

    boolean has(RegistryColumn column) {
        return !value(column).isEmpty();
    }

    String header(RegistryColumn column) {
        return headers.getOrDefault(column, column.header());
    }
}
