package xiaokang.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import xiaokang.store.StoreException;

/**
 * What a township user asks to read outside their townships by name or id (a command's
 * {@code --township}, a report's parameter, an object's history): refused with a message that names
 * their townships, and recorded in the audit as {@code REFUSED} under their name. What they read
 * without naming it is scoped by their views and needs no refusal.
 */
public final class Refusals {

    private Refusals() {
    }

    /** The user's townships, or an empty list for a user who sees the whole city. */
    public static List<String> townships(Connection connection, String user) throws SQLException {
        return isLocal(connection) ? given(connection, user) : List.of();
    }

    /** The townships {@code XK.USERS} gives {@code user}. */
    static List<String> given(Connection connection, String user) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT TOWNSHIPS FROM " + SchemaManager.META + ".USERS WHERE NAME = ?")) { //$NON-NLS-1$ //$NON-NLS-2$
            query.setString(1, user);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() && rows.getString(1) != null ? List.of(rows.getString(1).split("\n")) : List.of(); //$NON-NLS-1$
            }
        }
    }

    /** Whether {@code user} is a cadre, who changes the households paired with them alone. */
    static boolean isCadre(Connection connection, String user) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM " + Places.USER_CADRES + " WHERE USER_NAME = UPPER(?)")) { //$NON-NLS-1$ //$NON-NLS-2$
            query.setString(1, user);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    public static void checkTownship(Connection connection, String user, String township) throws SQLException, StoreException {
        if (township == null || !isLocal(connection)) {
            return;
        }
        // the townships' names are no secret: a township user may read the table itself
        try (PreparedStatement query = ScopedSql.unwrap(connection)
                .prepareStatement("SELECT ID, NAME FROM CORE.TOWNSHIP WHERE NAME = ? OR CODE = ?")) { //$NON-NLS-1$
            query.setString(1, township.trim());
            query.setString(2, township.trim());
            try (ResultSet rows = query.executeQuery()) {
                if (rows.next() && !townships(connection, user).contains(rows.getString(2))) {
                    throw refuse(connection, user, "CORE.TOWNSHIP", rows.getLong(1), rows.getString(2)); //$NON-NLS-1$
                }
            }
        }
    }

    public static void checkVisible(Connection connection, String user, String table, long id) throws SQLException, StoreException {
        if (!isLocal(connection) || !table.matches("[A-Z0-9_]+\\.[A-Z0-9_]+")) { //$NON-NLS-1$
            return;
        }
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM " + table + " WHERE ID = ?")) { //$NON-NLS-1$ //$NON-NLS-2$
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    throw refuse(connection, user, table, id, table + " #" + id); //$NON-NLS-1$
                }
            }
        }
    }

    private static boolean isLocal(Connection connection) {
        return AccessGrants.LOCAL.equals(ScopedSql.scope(connection).role());
    }

    private static StoreException refuse(Connection connection, String user, String table, long id, String what) throws SQLException {
        String message = NLS.bind(Messages.Scope_notYours, new Object[] { user, String.join("、", townships(connection, user)), what }); //$NON-NLS-1$
        record(connection, user, table, id, message);
        return new StoreException(message);
    }

    /** Writes a {@code REFUSED} row naming the user, the record and the message, and commits it. */
    static void record(Connection connection, String user, String table, long id, String message) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + SchemaManager.AUDIT //$NON-NLS-1$
                + " (CHANGED_AT, WHO, ACTION, TABLE_NAME, OBJECT_ID, NEW_VALUE) VALUES (?, ?, 'REFUSED', ?, ?, ?)")) { //$NON-NLS-1$
            insert.setTimestamp(1, new Timestamp(System.currentTimeMillis()));
            insert.setString(2, user);
            insert.setString(3, table);
            insert.setLong(4, id);
            insert.setString(5, message);
            insert.executeUpdate();
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        }
    }
}
