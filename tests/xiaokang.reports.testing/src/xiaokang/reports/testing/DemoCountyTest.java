package xiaokang.reports.testing;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import xiaokang.reports.ReportFormat;
import xiaokang.store.Store;

/**
 * A test class that checks a plug-in's data on the demo county: the county is built once for the
 * class (in a folder named after it) and closed after its last test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class DemoCountyTest {

    protected DemoCounty county;
    protected Path folder;
    protected Store store;
    protected Connection connection;

    @BeforeAll
    void buildDemoCounty() throws Exception {
        county = DemoCounty.build("xiaokang-" + getClass().getSimpleName() + '-');
        folder = county.folder();
        store = county.store();
        connection = county.connection();
    }

    @AfterAll
    void closeDemoCounty() throws SQLException {
        county.close();
    }

    /** The number a query of one row and one column counts, on the class's connection. */
    protected long count(String sql) throws SQLException {
        return county.count(sql);
    }

    /** The latest city-level value of an indicator. */
    protected BigDecimal city(String indicator) throws SQLException {
        return county.city(indicator);
    }

    /** Renders a report of the demo county into the class's folder. */
    protected Path render(String id, ReportFormat format, Map<String, String> parameters) throws Exception {
        return RenderedReports.render(connection, folder, id, format, parameters);
    }
}
