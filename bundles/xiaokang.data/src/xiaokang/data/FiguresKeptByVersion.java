package xiaokang.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;

import xiaokang.store.AuditLog;
import xiaokang.store.Database;

/**
 * Derived figures kept in tables of their own and computed again, in one transaction, only when
 * the data version moved since they were: a report reads a few rows instead of counting the
 * county at every render. The tables are created by plain DDL on first use; a state table beside
 * them records the data version they describe.
 */
public abstract class FiguresKeptByVersion implements DerivedData {

    /** The table that records the data version the figures describe ({@code SCHEMA.TABLE}). */
    protected abstract String stateTable();

    /** The DDL that creates the figures' tables (the state table is created here). */
    protected abstract List<String> createTables();

    /** Computes the figures and inserts them into the emptied tables, on {@code connection}'s transaction. */
    protected abstract void write(Connection connection, IProgressMonitor monitor) throws SQLException;

    @Override
    public final void refresh(Connection connection, IProgressMonitor monitor) throws SQLException {
        if (Database.isScoped(connection)) {
            // computed on a township user's or reader's views, the city's figures would describe their part alone
            return;
        }
        ensureTables(connection);
        // read before the data it describes: a save in between makes the next refresh compute again
        long version = AuditLog.dataVersion(connection);
        if (version == keptVersion(connection)) {
            return;
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            try (Statement statement = connection.createStatement()) {
                for (String table : tables()) {
                    statement.executeUpdate("DELETE FROM " + table); //$NON-NLS-1$
                }
                statement.executeUpdate("DELETE FROM " + stateTable()); //$NON-NLS-1$
            }
            write(connection, monitor);
            try (PreparedStatement insert = connection
                    .prepareStatement("INSERT INTO " + stateTable() + " (DATA_VERSION, COMPUTED_AT) VALUES (?, ?)")) { //$NON-NLS-1$ //$NON-NLS-2$
                insert.setLong(1, version);
                insert.setTimestamp(2, Timestamp.valueOf(LocalDateTime.now()));
                insert.executeUpdate();
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private long keptVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT MAX(DATA_VERSION) FROM " + stateTable())) { //$NON-NLS-1$
            rows.next();
            long version = rows.getLong(1);
            return rows.wasNull() ? Long.MIN_VALUE : version;
        }
    }

    private void ensureTables(Connection connection) throws SQLException {
        String[] name = stateTable().toUpperCase(Locale.ROOT).split("\\."); //$NON-NLS-1$
        try (ResultSet tables = connection.getMetaData().getTables(null, name[0], name[1], null)) {
            if (tables.next()) {
                return;
            }
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            for (String ddl : createTables()) {
                statement.execute(ddl);
            }
            statement.execute("CREATE TABLE " + stateTable() + " (DATA_VERSION BIGINT NOT NULL, COMPUTED_AT TIMESTAMP NOT NULL)"); //$NON-NLS-1$ //$NON-NLS-2$
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }
}
