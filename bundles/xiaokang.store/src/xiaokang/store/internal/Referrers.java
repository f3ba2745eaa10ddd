package xiaokang.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;

import xiaokang.store.StoreException;

/**
 * What still refers to rows about to be deleted, from rows that stay: a reference that sets null
 * on delete is cleared here (and audited, which the database's trigger would not be); one that
 * restricts refuses the delete with the referring records named.
 */
final class Referrers {

    private static final int NAMED = 10;
    private static final int CHUNK = 500;
    private static final List<String> LABEL_COLUMNS = List.of("NUMBER", "NAME", "CODE", "ID_NUMBER"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

    /** A reference the delete cleared: the session's copy of the row follows once committed. */
    record Cleared(long id, EStructuralFeature feature) {
    }

    private final DefaultSession session;
    private final AuditTrail audit;
    private final List<Cleared> cleared = new ArrayList<>();

    Referrers(DefaultSession session, AuditTrail audit) {
        this.session = session;
        this.audit = audit;
    }

    /**
     * @param rows every row the commit deletes, contents included
     * @param what the deleted objects as the user knows them, for the message
     */
    void release(List<SubtreeRows.Row> rows, Set<Long> going, String what) throws SQLException, StoreException {
        Map<ClassTable, List<Long>> byTable = new LinkedHashMap<>();
        rows.forEach(row -> byTable.computeIfAbsent(row.table(), t -> new ArrayList<>()).add(row.id()));
        List<String> restricting = new ArrayList<>();
        int count = 0;
        for (ClassTable referring : session.mapping.tables()) {
            for (Column column : referring.columns()) {
                List<Long> targets = column.kind() == Column.Kind.REFERENCE ? byTable.get(column.target()) : null;
                if (targets == null) {
                    continue;
                }
                boolean setNull = StoreAnnotations.setsNullOnDelete(column.feature());
                for (Referrer referrer : referrers(referring, column, targets)) {
                    if (going.contains(referrer.id())) {
                        continue;
                    }
                    if (setNull) {
                        clear(referring, column, referrer);
                    } else {
                        count++;
                        if (restricting.size() < NAMED) {
                            restricting.add(referrer.label());
                        }
                    }
                }
            }
        }
        if (count > 0) {
            String named = String.join("、", restricting) + (count > restricting.size() ? " …" : ""); //$NON-NLS-1$ //$NON-NLS-2$
            throw new StoreException(NLS.bind(Messages.Session_stillReferenced, new Object[] { what, count, named }));
        }
    }

    private record Referrer(long id, Long containerId, long target, String label) {
    }

    private List<Referrer> referrers(ClassTable table, Column column, List<Long> targets) throws SQLException {
        List<Referrer> found = new ArrayList<>();
        for (int from = 0; from < targets.size(); from += CHUNK) {
            List<Long> chunk = targets.subList(from, Math.min(targets.size(), from + CHUNK));
            try (PreparedStatement query = session.connection.prepareStatement("SELECT * FROM " + table.qualifiedName() + " WHERE " //$NON-NLS-1$ //$NON-NLS-2$
                    + column.name() + " IN (" + chunk.stream().map(id -> "?").collect(Collectors.joining(", ")) + ')')) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                for (int i = 0; i < chunk.size(); i++) {
                    query.setLong(i + 1, chunk.get(i));
                }
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        found.add(new Referrer(rows.getLong("ID"), container(table, rows), rows.getLong(column.name()), label(table, rows))); //$NON-NLS-1$
                    }
                }
            }
        }
        return found;
    }

    private void clear(ClassTable table, Column column, Referrer referrer) throws SQLException {
        try (PreparedStatement update = session.connection.prepareStatement("UPDATE " + table.qualifiedName() + " SET " //$NON-NLS-1$ //$NON-NLS-2$
                + column.name() + " = NULL, VERSION = VERSION + 1 WHERE ID = ?")) { //$NON-NLS-1$
            update.setLong(1, referrer.id());
            update.executeUpdate();
        }
        audit.updated(table, referrer.id(), referrer.containerId(), column.name(), referrer.target(), null);
        cleared.add(new Cleared(referrer.id(), column.feature()));
    }

    List<Cleared> cleared() {
        return cleared;
    }

    private static Long container(ClassTable table, ResultSet rows) throws SQLException {
        for (Column column : table.columns()) {
            if (column.kind() == Column.Kind.CONTAINER) {
                long id = rows.getLong(column.name());
                if (!rows.wasNull()) {
                    return id;
                }
            }
        }
        return null;
    }

    private static String label(ClassTable table, ResultSet rows) throws SQLException {
        for (Column column : table.columns()) {
            if (column.kind() == Column.Kind.ATTRIBUTE && LABEL_COLUMNS.contains(column.name())) {
                String value = rows.getString(column.name());
                if (value != null) {
                    return table.eClass().getName() + ' ' + value;
                }
            }
        }
        return table.eClass().getName() + " #" + rows.getLong("ID"); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
