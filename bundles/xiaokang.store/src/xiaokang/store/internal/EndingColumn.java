package xiaokang.store.internal;

import java.util.Optional;

/**
 * The ending of a text column kept in a column of its own, computed by Derby and indexed
 * ({@code endingIndex="N"}: the last N characters, upper case): "身份证后四位" becomes an indexed
 * equality, {@code ID_NUMBER_ENDING = '4321'}, instead of a scan of {@code LIKE '%4321'}.
 */
public record EndingColumn(Column source, int length) {

    static final String SUFFIX = "_ENDING"; //$NON-NLS-1$

    public static Optional<EndingColumn> of(Column column) {
        if (column.kind() != Column.Kind.ATTRIBUTE) {
            return Optional.empty();
        }
        String length = StoreAnnotations.detail(column.feature(), "endingIndex"); //$NON-NLS-1$
        return length == null ? Optional.empty() : Optional.of(new EndingColumn(column, Integer.parseInt(length.trim())));
    }

    public String name() {
        return source.name() + SUFFIX;
    }

    /**
     * Kept short on purpose: Derby's JDBC metadata fails on a generated column whose expression is
     * longer than 254 characters, which would break the report authors' tools.
     */
    String definition() {
        String text = source.name();
        return "VARCHAR(" + length + ") GENERATED ALWAYS AS (CASE WHEN LENGTH(" + text + ") >= " + length //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + " THEN CAST(UPPER(SUBSTR(" + text + ", LENGTH(" + text + ") - " + (length - 1) + ")) AS VARCHAR(" + length + ")) END)"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    }
}
