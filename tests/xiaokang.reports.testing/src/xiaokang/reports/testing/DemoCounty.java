package xiaokang.reports.testing;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;

import xiaokang.cli.Folders;
import xiaokang.reports.IndicatorCatalog;
import xiaokang.reports.IndicatorLevel;
import xiaokang.reports.IndicatorValue;
import xiaokang.reports.Indicators;
import xiaokang.store.Database;
import xiaokang.store.Store;

/**
 * The demo county of every installed plug-in, built once for a test class in a folder of its own,
 * with its indicators computed: what the plug-ins' demo tests check their figures and reports on.
 */
public final class DemoCounty {

    private final Path folder;
    private final Store store;
    private final Connection connection;

    private DemoCounty(Path folder, Store store, Connection connection) {
        this.folder = folder;
        this.store = store;
        this.connection = connection;
    }

    /** Builds the demo county at scale 1 with the default seed in a new folder named from {@code prefix}. */
    public static DemoCounty build(String prefix) throws Exception {
        Path folder = Folders.deletedAtExit(Files.createTempDirectory(prefix));
        Store store = TestDemoDatabase.create(folder.resolve("db"));
        Connection connection = store.connect();
        Indicators.refresh(connection, IndicatorCatalog.read(Platform.getExtensionRegistry()), new NullProgressMonitor());
        return new DemoCounty(folder, store, connection);
    }

    /** Where reports rendered in the test go. */
    public Path folder() {
        return folder;
    }

    public Store store() {
        return store;
    }

    /** One connection for the whole test class. */
    public Connection connection() {
        return connection;
    }

    /** Work on a connection that is rolled back afterwards. */
    @FunctionalInterface
    public interface Scratch {
        void run(Connection connection) throws Exception;
    }

    /**
     * Runs {@code work} on a connection of its own, in a transaction that is rolled back afterwards
     * whatever happens: the class's other tests never see what it wrote (the shared connection
     * commits every statement).
     */
    public void rolledBack(Scratch work) throws Exception {
        try (Connection scratch = store.connect()) {
            scratch.setAutoCommit(false);
            try {
                work.run(scratch);
            } finally {
                scratch.rollback();
            }
        }
    }

    /** The number a query of one row and one column answers. */
    public long count(String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** An indicator's latest value for the city. */
    public BigDecimal city(String indicator) throws SQLException {
        return Indicators.latest(connection, IndicatorLevel.CITY, null).stream()
                .filter(value -> value.indicator().equals(indicator)).map(IndicatorValue::value).findFirst().orElseThrow();
    }

    public void close() throws SQLException {
        connection.close();
    }
}
