package xiaokang.reports;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import xiaokang.reports.internal.Messages;
import xiaokang.store.AuditLog;
import xiaokang.store.Database;

/**
 * Computes indicators and keeps every run in {@code REPORTS.INDICATOR_RUN} and
 * {@code REPORTS.INDICATOR_VALUE}, which reports read: the latest run for the overview, all runs
 * for trends. A run is one transaction: a failing query leaves the previous runs as they were.
 */
public final class Indicators {

    private static final String SCHEMA = "REPORTS"; //$NON-NLS-1$
    static final String RUNS = SCHEMA + ".INDICATOR_RUN"; //$NON-NLS-1$
    static final String VALUES = SCHEMA + ".INDICATOR_VALUE"; //$NON-NLS-1$

    private Indicators() {
    }

    /**
     * Runs the indicators unless the latest run already saw the current data with the same installed
     * indicators (a plug-in installed or removed changes the set, not the data); returns that run's id.
     */
    public static long refresh(Connection connection, List<IndicatorDescriptor> indicators, IProgressMonitor monitor)
            throws ReportException {
        try {
            ensureTables(connection);
            long version = AuditLog.dataVersion(connection);
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT ID, DATA_VERSION, INDICATOR_SET FROM " + RUNS //$NON-NLS-1$
                            + " ORDER BY ID DESC FETCH FIRST ROW ONLY")) { //$NON-NLS-1$
                boolean found = rows.next();
                if (found && Database.isScoped(connection)) {
                    // a township user's or reader's figures would describe their part alone: they read the city's last run
                    return rows.getLong(1);
                }
                if (found && rows.getLong(2) == version && IndicatorSet.of(indicators).equals(rows.getString(3))) {
                    return rows.getLong(1);
                }
                if (Database.isScoped(connection)) {
                    throw new ReportException(Messages.Indicators_notComputed);
                }
            }
        } catch (SQLException e) {
            throw new ReportException(NLS.bind(Messages.Indicators_failed, e.getMessage()), e);
        }
        return run(connection, indicators, monitor);
    }

    /** Computes every indicator at every level it defines and stores the values as one new run. */
    public static long run(Connection connection, List<IndicatorDescriptor> indicators, IProgressMonitor monitor)
            throws ReportException {
        SubMonitor progress = SubMonitor.convert(monitor, Messages.Indicators_task, indicators.size() + 1);
        boolean autoCommit = true;
        try {
            ensureTables(connection);
            autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            long runId = insertRun(connection, IndicatorSet.of(indicators));
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + VALUES //$NON-NLS-1$
                    + " (RUN_ID, INDICATOR_ID, NAME, UNIT, DECIMALS, LEVEL_, PLACE_ID, VALUE_) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) { //$NON-NLS-1$
                for (IndicatorDescriptor indicator : indicators) {
                    progress.subTask(indicator.name());
                    for (Map.Entry<IndicatorLevel, String> query : indicator.queries().entrySet()) {
                        compute(connection, insert, runId, indicator, query.getKey(), query.getValue());
                    }
                    progress.worked(1);
                }
                insert.executeBatch();
            }
            connection.commit();
            return runId;
        } catch (SQLException | RuntimeException e) {
            rollback(connection);
            throw new ReportException(NLS.bind(Messages.Indicators_failed, e.getMessage()), e);
        } finally {
            restore(connection, autoCommit);
        }
    }

    private static void compute(Connection connection, PreparedStatement insert, long runId, IndicatorDescriptor indicator,
            IndicatorLevel level, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                boolean city = level == IndicatorLevel.CITY;
                insert.setLong(1, runId);
                insert.setString(2, indicator.id());
                insert.setString(3, indicator.name());
                insert.setString(4, indicator.unit());
                insert.setInt(5, indicator.decimals());
                insert.setString(6, level.name());
                if (city) {
                    insert.setNull(7, java.sql.Types.BIGINT);
                } else {
                    insert.setLong(7, rows.getLong(1));
                }
                insert.setBigDecimal(8, rows.getBigDecimal(city ? 1 : 2));
                insert.addBatch();
            }
        } catch (SQLException e) {
            throw new SQLException(NLS.bind(Messages.Indicators_queryFailed,
                    new Object[] { indicator.id(), level.elementName(), indicator.contributor(), e.getMessage() }), e);
        }
    }

    /** The id of the township or village with code {@code placeCode}; null for the city or a code no place has. */
    public static Long placeId(Connection connection, IndicatorLevel level, String placeCode) throws SQLException {
        if (level == IndicatorLevel.CITY) {
            return null;
        }
        String table = level == IndicatorLevel.TOWNSHIP ? "CORE.TOWNSHIP" : "CORE.VILLAGE"; //$NON-NLS-1$ //$NON-NLS-2$
        try (PreparedStatement query = connection.prepareStatement("SELECT ID FROM " + table + " WHERE CODE = ?")) { //$NON-NLS-1$ //$NON-NLS-2$
            query.setString(1, placeCode);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getLong(1) : null;
            }
        }
    }

    /** The latest stored value of every indicator for one place ({@code placeId} null for the city). */
    public static List<IndicatorValue> latest(Connection connection, IndicatorLevel level, Long placeId)
            throws SQLException {
        ensureTables(connection);
        String sql = "SELECT V.INDICATOR_ID, V.NAME, V.UNIT, V.DECIMALS, V.VALUE_, R.COMPUTED_AT, R.DATA_VERSION FROM " + VALUES //$NON-NLS-1$
                + " V JOIN " + RUNS + " R ON R.ID = V.RUN_ID WHERE V.RUN_ID = (SELECT MAX(ID) FROM " + RUNS + ")" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + " AND V.LEVEL_ = ? AND " + (placeId == null ? "V.PLACE_ID IS NULL" : "V.PLACE_ID = ?"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        List<IndicatorValue> values = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, level.name());
            if (placeId != null) {
                query.setLong(2, placeId);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    BigDecimal value = rows.getBigDecimal(5);
                    LocalDateTime at = rows.getTimestamp(6).toLocalDateTime();
                    values.add(new IndicatorValue(rows.getString(1), rows.getString(2), rows.getString(3), rows.getInt(4),
                            level, placeId, value, at, rows.getLong(7)));
                }
            }
        }
        return values;
    }

    private static long insertRun(Connection connection, String indicatorSet) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + RUNS //$NON-NLS-1$
                + " (COMPUTED_AT, DATA_VERSION, INDICATOR_SET) VALUES (?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) { //$NON-NLS-1$
            insert.setTimestamp(1, Timestamp.valueOf(LocalDateTime.now()));
            insert.setLong(2, AuditLog.dataVersion(connection));
            insert.setString(3, indicatorSet);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** The tables belong to the reports, not to a model: created here, once, by plain DDL. */
    static void ensureTables(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet tables = meta.getTables(null, SCHEMA, "INDICATOR_VALUE", null)) { //$NON-NLS-1$
            if (tables.next()) {
                addIndicatorSet(connection, meta);
                return;
            }
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            // the schema may hold other derived figures already (the latest checks)
            try (ResultSet schemas = meta.getSchemas(null, SCHEMA)) {
                if (!schemas.next()) {
                    statement.execute("CREATE SCHEMA " + SCHEMA); //$NON-NLS-1$
                }
            }
            statement.execute("CREATE TABLE " + RUNS + " (ID BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, " //$NON-NLS-1$ //$NON-NLS-2$
                    + "COMPUTED_AT TIMESTAMP NOT NULL, DATA_VERSION BIGINT NOT NULL, INDICATOR_SET VARCHAR(64))"); //$NON-NLS-1$
            statement.execute("CREATE TABLE " + VALUES + " (RUN_ID BIGINT NOT NULL REFERENCES " + RUNS //$NON-NLS-1$ //$NON-NLS-2$
                    + " (ID) ON DELETE CASCADE, INDICATOR_ID VARCHAR(200) NOT NULL, NAME VARCHAR(200) NOT NULL, " //$NON-NLS-1$
                    + "UNIT VARCHAR(50), DECIMALS INTEGER NOT NULL, LEVEL_ VARCHAR(16) NOT NULL, PLACE_ID BIGINT, VALUE_ DECIMAL(20,4))"); //$NON-NLS-1$
            statement.execute("CREATE INDEX " + SCHEMA + ".IX_INDICATOR_VALUE_PLACE ON " + VALUES + " (RUN_ID, LEVEL_, PLACE_ID)"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            connection.commit();
        } catch (SQLException e) {
            rollback(connection);
            throw e;
        } finally {
            restore(connection, autoCommit);
        }
    }

    /** Runs of the first round have no indicator set: the next refresh computes a run that has one. */
    private static void addIndicatorSet(Connection connection, DatabaseMetaData meta) throws SQLException {
        try (ResultSet columns = meta.getColumns(null, SCHEMA, "INDICATOR_RUN", "INDICATOR_SET")) { //$NON-NLS-1$ //$NON-NLS-2$
            if (columns.next()) {
                return;
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE " + RUNS + " ADD COLUMN INDICATOR_SET VARCHAR(64)"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }

    private static void rollback(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            // the original failure is the one reported
        }
    }

    private static void restore(Connection connection, boolean autoCommit) {
        try {
            connection.setAutoCommit(autoCommit);
        } catch (SQLException e) {
            // the connection is broken; its user finds out on the next statement
        }
    }
}
