package xiaokang.monitoring;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;

import xiaokang.store.AuditLog;
import xiaokang.store.Store;
import xiaokang.store.StoreException;

/**
 * The data version each warning run saw ({@code MONITORING.WARNING_RUN}: DATA_VERSION, RAN_AT,
 * YEAR_, OPENED, CLEARED), a table made by plain DDL on first use: what tells whether the data
 * moved since the warnings were last brought up to it.
 */
final class RunState {

    private static final String TABLE = "MONITORING.WARNING_RUN"; //$NON-NLS-1$

    private RunState() {
    }

    static long dataVersion(Store store) throws StoreException {
        try (Connection connection = store.connect()) {
            return AuditLog.dataVersion(connection);
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }

    /** The data version the last run saw, or -1 when the rules never ran on this database. */
    static long lastRun(Store store) throws StoreException {
        try (Connection connection = store.connect()) {
            ensureTable(connection);
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT MAX(DATA_VERSION) FROM " + TABLE)) { //$NON-NLS-1$
                rows.next();
                long version = rows.getLong(1);
                return rows.wasNull() ? -1 : version;
            }
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }

    static void record(Store store, long version, WarningRun.Summary summary) throws StoreException {
        try (Connection connection = store.connect()) {
            ensureTable(connection);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO " + TABLE + " (DATA_VERSION, RAN_AT, YEAR_, OPENED, CLEARED) VALUES (?, ?, ?, ?, ?)")) { //$NON-NLS-1$ //$NON-NLS-2$
                insert.setLong(1, version);
                insert.setTimestamp(2, Timestamp.valueOf(LocalDateTime.now()));
                insert.setInt(3, summary.year());
                insert.setInt(4, summary.opened() + summary.reopened());
                insert.setInt(5, summary.cleared());
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }

    private static void ensureTable(Connection connection) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, "MONITORING", "WARNING_RUN", null)) { //$NON-NLS-1$ //$NON-NLS-2$
            if (tables.next()) {
                return;
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE " + TABLE //$NON-NLS-1$
                    + " (DATA_VERSION BIGINT NOT NULL, RAN_AT TIMESTAMP NOT NULL, YEAR_ INTEGER NOT NULL, OPENED INTEGER NOT NULL, CLEARED INTEGER NOT NULL)"); //$NON-NLS-1$
        } catch (SQLException e) {
            // another desk made it meanwhile
            if (!"X0Y32".equals(e.getSQLState())) { //$NON-NLS-1$
                throw e;
            }
        }
    }
}
