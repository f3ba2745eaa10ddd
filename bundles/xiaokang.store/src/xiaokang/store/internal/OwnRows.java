package xiaokang.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import xiaokang.store.StoreException;

/**
 * What a township user's commit may touch: rows in their own townships ({@link Places.Rule#owned}),
 * nothing of the whole city's. Checked in the commit's transaction, on the rows as written (and on
 * the rows to delete before they go); a commit that touches anything else is taken back whole, and
 * the attempt is recorded in the audit as {@code REFUSED} with the user's name.
 */
final class OwnRows {

    /** A change refused because it touches rows outside the user's townships. */
    static final class Refused extends StoreException {
        private static final long serialVersionUID = 1L;
        final String table;
        final long id;

        Refused(String message, String table, long id) {
            super(message);
            this.table = table;
            this.id = id;
        }
    }

    private static final int CHUNK = 500;

    private final Connection connection;
    private final Places places;
    private final String user;

    private OwnRows(Connection connection, Places places, String user) {
        this.connection = connection;
        this.places = places;
        this.user = user;
    }

    /** The check for a session's connection, or empty when its user may change the whole city. */
    static Optional<OwnRows> of(Connection connection, Mapping mapping, String user) {
        if (!AccessGrants.LOCAL.equals(ScopedSql.scope(connection).role())) {
            return Optional.empty();
        }
        return Optional.of(new OwnRows(ScopedSql.unwrap(connection), mapping.places(), user));
    }

    /**
     * Refuses when a row of {@code rows} (table to ids) is not in the user's townships.
     *
     * @param label what to call a row in the message
     */
    void check(Map<ClassTable, Set<Long>> rows, Labeller label) throws SQLException, Refused {
        for (Map.Entry<ClassTable, Set<Long>> entry : rows.entrySet()) {
            ClassTable table = entry.getKey();
            List<Long> ids = new ArrayList<>(entry.getValue());
            Optional<Places.Rule> rule = places.rule(table);
            if (rule.isEmpty()) {
                throw refused(Messages.Scope_cityRecord, table, ids.get(0), label);
            }
            for (int from = 0; from < ids.size(); from += CHUNK) {
                List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
                Set<Long> own = new HashSet<>();
                try (Statement statement = connection.createStatement();
                        ResultSet found = statement.executeQuery("SELECT " + Places.ROW + ".ID FROM " + table.qualifiedName() + ' ' + Places.ROW //$NON-NLS-1$ //$NON-NLS-2$
                                + rule.get().joins() + " WHERE " + Places.ROW + ".ID IN (" //$NON-NLS-1$ //$NON-NLS-2$
                                + chunk.stream().map(String::valueOf).collect(Collectors.joining(",")) + ") AND " + rule.get().owned())) { //$NON-NLS-1$ //$NON-NLS-2$
                    while (found.next()) {
                        own.add(found.getLong(1));
                    }
                }
                for (Long id : chunk) {
                    if (!own.contains(id)) {
                        throw refused(Refusals.isCadre(connection, user) ? Messages.Scope_notPaired : Messages.Scope_otherTownship, table, id,
                                label);
                    }
                }
            }
        }
    }

    /** Records a refused attempt in the audit, in a transaction of its own (the refused one is gone). */
    void audit(Connection session, Refused refused) {
        try {
            Refusals.record(session, user, refused.table, refused.id, refused.getMessage());
        } catch (SQLException e) {
            // The refusal stands whether or not it could be recorded; the user sees its message.
        }
    }

    interface Labeller {
        String label(ClassTable table, long id);
    }

    private Refused refused(String pattern, ClassTable table, long id, Labeller label) throws SQLException {
        return new Refused(NLS.bind(pattern, new Object[] { user, String.join("、", Refusals.given(connection, user)), label.label(table, id) }),
                table.qualifiedName(), id);
    }
}
