package xiaokang.exchange.internal;

import java.util.Map;

/**
 * Where a row of a list stands (its sheet, its number as the spreadsheet shows it) and the headers
 * its sheet writes: what a problem found after the row's cells are gone still names.
 */
record RowAt<K>(String sheet, int number, Map<K, String> headers, ListColumns<K> known) {

    /** The column's header as the sheet writes it, or the column's own when the sheet has none. */
    String header(K column) {
        String header = headers.get(column);
        return header != null ? header : known.header(column);
    }
}
