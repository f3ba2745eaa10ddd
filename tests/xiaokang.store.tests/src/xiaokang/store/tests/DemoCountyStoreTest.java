package xiaokang.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import xiaokang.core.demo.DemoCounty;
import xiaokang.core.model.CorePackage;
import xiaokang.store.Database;
import xiaokang.store.Session;
import xiaokang.store.Store;

/** The whole demo county in one save, and the published totals read back with plain SQL. */
class DemoCountyStoreTest {

    @TempDir
    Path folder;

    @Test
    void theDemoCountyIsStoredWithItsExactTotals() throws Exception {
        Store store = Store.open(Database.embedded(folder.resolve("db")), List.of(CorePackage.eINSTANCE));
        long start = System.nanoTime();
        try (Session session = store.openSession("demo")) {
            session.add(new DemoCounty(2020, 1).build());
            session.commit();
        }
        System.out.printf("demo county stored in %.1f s%n", (System.nanoTime() - start) / 1e9);
        try (Connection connection = store.connect()) {
            assertEquals(20_312, count(connection, "SELECT COUNT(*) FROM CORE.HOUSEHOLD WHERE STATUS = 'LIFTED_OUT'"));
            assertEquals(61_633, count(connection, "SELECT COUNT(*) FROM CORE.PERSON P JOIN CORE.HOUSEHOLD H "
                    + "ON P.HOUSEHOLD_ID = H.ID WHERE H.STATUS = 'LIFTED_OUT'"));
            assertEquals(77, count(connection, "SELECT COUNT(*) FROM CORE.VILLAGE WHERE POOR"));
            assertEquals(26, count(connection, "SELECT COUNT(*) FROM CORE.TOWNSHIP"));
        }
    }

    private static int count(Connection connection, String sql) throws Exception {
        try (ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
