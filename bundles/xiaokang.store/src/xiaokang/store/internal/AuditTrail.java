package xiaokang.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The audit rows of one commit: who, when, which row (and the row that contained it), which column,
 * old and new value. An insert or delete is one row per object holding all its values in
 * {@link RowText}'s form; an update is one row per changed column.
 */
final class AuditTrail {

    private static final int MAX_VALUE = SchemaManager.AUDIT_VALUE_LENGTH;
    static final String BATCH = "BATCH"; //$NON-NLS-1$
    static final String BATCH_TABLE = SchemaManager.META + ".BATCH"; //$NON-NLS-1$

    private record Entry(String action, String table, long id, Long containerId, String attribute, String oldValue, String newValue) {
    }

    private final String user;
    private final Timestamp at;
    private final List<Entry> entries = new ArrayList<>();
    /** The rows inserted or updated, by table, whether or not their audit rows are written yet. */
    private final Map<ClassTable, Set<Long>> written = new LinkedHashMap<>();
    private final Batch batch;
    private boolean batchWritten;

    /** The batch a session's changes belong to: its id, kind, the batch it withdraws, what it is. */
    record Batch(long id, String kind, Long withdraws, String description) {
    }

    /** @param batchWritten whether an earlier flush of the transaction has named the batch already */
    AuditTrail(String user, Timestamp at, Batch batch, boolean batchWritten) {
        this.user = user;
        this.at = at;
        this.batch = batch;
        this.batchWritten = batchWritten;
    }

    boolean batchWritten() {
        return batchWritten;
    }

    void inserted(ClassTable table, long id, Long containerId, String values) {
        written.computeIfAbsent(table, t -> new LinkedHashSet<>()).add(id);
        entries.add(new Entry("INSERT", table.qualifiedName(), id, containerId, null, null, text(values))); //$NON-NLS-1$
    }

    void updated(ClassTable table, long id, Long containerId, String column, Object oldValue, Object newValue) {
        written.computeIfAbsent(table, t -> new LinkedHashSet<>()).add(id);
        entries.add(new Entry("UPDATE", table.qualifiedName(), id, containerId, column, text(oldValue), text(newValue))); //$NON-NLS-1$
    }

    void deleted(ClassTable table, long id, Long containerId, String values) {
        entries.add(new Entry("DELETE", table.qualifiedName(), id, containerId, null, text(values), null)); //$NON-NLS-1$
    }

    Map<ClassTable, Set<Long>> written() {
        return written;
    }

    /** Writes the entries collected since the last write. */
    void write(Connection connection) throws SQLException {
        if (entries.isEmpty()) {
            return;
        }
        if (batch != null && !batchWritten) {
            // Named once, and only when the batch changed something: a batch of no change leaves no trace.
            entries.add(0, new Entry(BATCH, BATCH_TABLE, batch.id(), batch.withdraws(), batch.kind(), null, text(batch.description())));
            batchWritten = true;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + SchemaManager.AUDIT //$NON-NLS-1$
                + " (CHANGED_AT, WHO, ACTION, TABLE_NAME, OBJECT_ID, CONTAINER_ID, ATTRIBUTE, OLD_VALUE, NEW_VALUE, BATCH_ID) " //$NON-NLS-1$
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) { //$NON-NLS-1$
            for (Entry entry : entries) {
                if (batch == null) {
                    insert.setNull(10, Types.BIGINT);
                } else {
                    insert.setLong(10, batch.id());
                }
                insert.setTimestamp(1, at);
                insert.setString(2, user);
                insert.setString(3, entry.action());
                insert.setString(4, entry.table());
                insert.setLong(5, entry.id());
                if (entry.containerId() == null) {
                    insert.setNull(6, Types.BIGINT);
                } else {
                    insert.setLong(6, entry.containerId());
                }
                insert.setString(7, entry.attribute());
                insert.setString(8, entry.oldValue());
                insert.setString(9, entry.newValue());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        entries.clear();
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString();
        return text.length() > MAX_VALUE ? text.substring(0, MAX_VALUE) : text;
    }
}
