package xiaokang.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import xiaokang.store.internal.SchemaManager;

/**
 * Reading the store's audit trail: the data version and the life of an object. An insert or a
 * delete holds all the object's values as one JSON object of column name to value (the row as it
 * was written or as it was just before it went); an update holds one column's old and new value.
 * A delete records every row that went with the object (its members, incomes, assessments ...).
 */
public final class AuditLog {

    /** One audit row; {@code sequence} orders the rows (a later change has a higher number). */
    public record Change(long sequence, Timestamp at, String who, String action, String table, long objectId,
            Long containerId, String attribute, String oldValue, String newValue) {

        public boolean isInsert() {
            return "INSERT".equals(action); //$NON-NLS-1$
        }

        public boolean isDelete() {
            return "DELETE".equals(action); //$NON-NLS-1$
        }
    }

    /**
     * A batch of changes (an import, or the withdrawal of one): when, who, its kind and
     * description, how many audit rows it wrote, and the batch that withdrew it, if any.
     */
    public record Batch(long id, Timestamp at, String who, String kind, String description, int changes, Long withdrawnBy) {
    }

    private static final int CHUNK = 500;

    private AuditLog() {
    }

    /**
     * The number of the last change: two readers that see the same number saw the same data. 0 for
     * a database without changes.
     */
    public static long dataVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT MAX(ID) FROM " + SchemaManager.AUDIT)) { //$NON-NLS-1$
            rows.next();
            return rows.getLong(1);
        }
    }

    /**
     * The whole life of an object and of everything it contained at any time, deleted or not,
     * oldest first: every change of the object itself, and the newest {@code limit} changes of its
     * contents (a city holds the whole county).
     */
    public static List<Change> lifeOf(Connection connection, long objectId, int limit) throws SQLException {
        List<Change> changes = new ArrayList<>(changes(connection, List.of(objectId), Integer.MAX_VALUE));
        List<Long> all = List.copyOf(objectAndContents(connection, objectId));
        List<Long> contents = all.subList(1, all.size());
        List<Change> ofContents = new ArrayList<>();
        for (int from = 0; from < contents.size(); from += CHUNK) {
            ofContents.addAll(changes(connection, contents.subList(from, Math.min(contents.size(), from + CHUNK)), limit));
        }
        ofContents.sort((a, b) -> Long.compare(b.sequence(), a.sequence()));
        changes.addAll(ofContents.subList(0, Math.min(limit, ofContents.size())));
        changes.sort((a, b) -> Long.compare(a.sequence(), b.sequence()));
        return changes;
    }

    /** Every batch, oldest first. */
    public static List<Batch> batches(Connection connection) throws SQLException {
        List<Batch> batches = new ArrayList<>();
        java.util.Map<Long, Long> withdrawals = new java.util.HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT B.OBJECT_ID, B.CHANGED_AT, B.WHO, B.ATTRIBUTE, B.NEW_VALUE, B.CONTAINER_ID, " //$NON-NLS-1$
                        + "(SELECT COUNT(*) FROM " + SchemaManager.AUDIT + " A WHERE A.BATCH_ID = B.OBJECT_ID) - 1 FROM " //$NON-NLS-1$ //$NON-NLS-2$
                        + SchemaManager.AUDIT + " B WHERE B.ACTION = 'BATCH' ORDER BY B.ID")) { //$NON-NLS-1$
            while (rows.next()) {
                long withdraws = rows.getLong(6);
                if (!rows.wasNull()) {
                    withdrawals.put(withdraws, rows.getLong(1));
                }
                batches.add(new Batch(rows.getLong(1), rows.getTimestamp(2), rows.getString(3), rows.getString(4), rows.getString(5),
                        rows.getInt(7), null));
            }
        }
        return batches.stream().map(b -> new Batch(b.id(), b.at(), b.who(), b.kind(), b.description(), b.changes(), withdrawals.get(b.id())))
                .toList();
    }

    /** The changes of a batch, in the order they were written (its naming row left out). */
    public static List<Change> batchChanges(Connection connection, long batch) throws SQLException {
        List<Change> changes = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT ID, CHANGED_AT, WHO, ACTION, TABLE_NAME, OBJECT_ID, " //$NON-NLS-1$
                + "CONTAINER_ID, ATTRIBUTE, OLD_VALUE, NEW_VALUE FROM " + SchemaManager.AUDIT //$NON-NLS-1$
                + " WHERE BATCH_ID = ? AND ACTION <> 'BATCH' ORDER BY ID")) { //$NON-NLS-1$
            query.setLong(1, batch);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    changes.add(change(rows));
                }
            }
        }
        return changes;
    }

    private static Change change(ResultSet rows) throws SQLException {
        long container = rows.getLong(7);
        Long containerId = rows.wasNull() ? null : container;
        return new Change(rows.getLong(1), rows.getTimestamp(2), rows.getString(3), rows.getString(4), rows.getString(5), rows.getLong(6),
                containerId, rows.getString(8), rows.getString(9), rows.getString(10));
    }

    /** The newest {@code limit} changes of the objects with these ids (attempts refused changed nothing). */
    private static List<Change> changes(Connection connection, List<Long> ids, int limit) throws SQLException {
        List<Change> changes = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT ID, CHANGED_AT, WHO, ACTION, TABLE_NAME, OBJECT_ID, " //$NON-NLS-1$
                + "CONTAINER_ID, ATTRIBUTE, OLD_VALUE, NEW_VALUE FROM " + SchemaManager.AUDIT + " WHERE OBJECT_ID IN (" //$NON-NLS-1$ //$NON-NLS-2$
                + marks(ids.size()) + ") AND ACTION <> 'REFUSED' ORDER BY ID DESC" //$NON-NLS-1$
                + (limit == Integer.MAX_VALUE ? "" : " FETCH FIRST " + limit + " ROWS ONLY"))) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            bind(query, ids);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    changes.add(change(rows));
                }
            }
        }
        return changes;
    }

    /** The object and, level by level, every object the audit saw inside it. */
    private static Set<Long> objectAndContents(Connection connection, long objectId) throws SQLException {
        Set<Long> ids = new LinkedHashSet<>(List.of(objectId));
        List<Long> level = List.of(objectId);
        while (!level.isEmpty()) {
            List<Long> next = new ArrayList<>();
            for (int from = 0; from < level.size(); from += CHUNK) {
                List<Long> chunk = level.subList(from, Math.min(level.size(), from + CHUNK));
                try (PreparedStatement query = connection.prepareStatement("SELECT DISTINCT OBJECT_ID FROM " + SchemaManager.AUDIT //$NON-NLS-1$
                        + " WHERE CONTAINER_ID IN (" + marks(chunk.size()) + ')')) { //$NON-NLS-1$
                    bind(query, chunk);
                    try (ResultSet rows = query.executeQuery()) {
                        while (rows.next()) {
                            if (ids.add(rows.getLong(1))) {
                                next.add(rows.getLong(1));
                            }
                        }
                    }
                }
            }
            level = next;
        }
        return ids;
    }

    private static void bind(PreparedStatement query, List<Long> ids) throws SQLException {
        for (int i = 0; i < ids.size(); i++) {
            query.setLong(i + 1, ids.get(i));
        }
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?")); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
