package xiaokang.exchange.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import xiaokang.exchange.SheetRow;

/** What {@link ListReader} needs to know of a list's columns {@code K}: its header row and which header names which. */
interface ListColumns<K> {

    /** Whether a row is the list's header row. */
    boolean isHeader(SheetRow row);

    /** The column a header names, if any. */
    Optional<K> column(String header);

    /** The header a column is known by, for a message about a sheet that lacks it. */
    String header(K column);

    /** The required columns missing from a header row that names {@code found}. */
    List<K> missing(Set<K> found);

    /** The message for a file in which no row is a header row. */
    String noHeader();
}
