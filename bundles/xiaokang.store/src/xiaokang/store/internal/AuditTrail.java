package xiaokang.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/** The audit rows of one commit: who, when, which row, which column, old and new value. */
final class AuditTrail {

    private static final int MAX_VALUE = 1000;

    private record Entry(String action, String table, long id, String attribute, String oldValue, String newValue) {
    }

    private final String user;
    private final Timestamp at;
    private final List<Entry> entries = new ArrayList<>();

    AuditTrail(String user, Timestamp at) {
        this.user = user;
        this.at = at;
    }

    void inserted(ClassTable table, long id, String label) {
        entries.add(new Entry("INSERT", table.qualifiedName(), id, null, null, text(label))); //$NON-NLS-1$
    }

    void updated(ClassTable table, long id, String column, Object oldValue, Object newValue) {
        entries.add(new Entry("UPDATE", table.qualifiedName(), id, column, text(oldValue), text(newValue))); //$NON-NLS-1$
    }

    void deleted(ClassTable table, long id, String label) {
        entries.add(new Entry("DELETE", table.qualifiedName(), id, null, text(label), null)); //$NON-NLS-1$
    }

    /** Writes the entries collected since the last write. */
    void write(Connection connection) throws SQLException {
        if (entries.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + SchemaManager.AUDIT //$NON-NLS-1$
                + " (CHANGED_AT, WHO, ACTION, TABLE_NAME, OBJECT_ID, ATTRIBUTE, OLD_VALUE, NEW_VALUE) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) { //$NON-NLS-1$
            for (Entry entry : entries) {
                insert.setTimestamp(1, at);
                insert.setString(2, user);
                insert.setString(3, entry.action());
                insert.setString(4, entry.table());
                insert.setLong(5, entry.id());
                insert.setString(6, entry.attribute());
                insert.setString(7, entry.oldValue());
                insert.setString(8, entry.newValue());
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
