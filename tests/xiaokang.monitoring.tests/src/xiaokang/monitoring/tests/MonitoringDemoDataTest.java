package xiaokang.monitoring.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import xiaokang.core.demo.DemoContext;
import xiaokang.core.model.City;
import xiaokang.core.model.CorePackage;
import xiaokang.monitoring.demo.MonitoringDemoData;
import xiaokang.monitoring.model.MonitoringPackage;
import xiaokang.store.Database;
import xiaokang.store.Session;
import xiaokang.store.Store;

/** The demo's policy years, stored and read back with SQL: 2021 to 2024, Hunan's line of 2021 first. */
class MonitoringDemoDataTest {

    @TempDir
    Path folder;

    @Test
    void fourPolicyYearsFromHunansLineOf2021() throws Exception {
        Store store = Store.open(Database.embedded(folder.resolve("db")), List.of(CorePackage.eINSTANCE, MonitoringPackage.eINSTANCE));
        List<EObject> roots = new ArrayList<>();
        new MonitoringDemoData().generate(new DemoContext() {

            @Override
            public City city() {
                return null;
            }

            @Override
            public Random random() {
                return new Random(2020);
            }

            @Override
            public int scale() {
                return 1;
            }

            @Override
            public void addRoot(EObject root) {
                roots.add(root);
            }
        });
        try (Session session = store.openSession("测试")) {
            roots.forEach(session::add);
            session.commit();
        }
        List<String> lines = new ArrayList<>();
        try (Connection connection = store.connect();
                ResultSet rows = connection.createStatement().executeQuery("SELECT YEAR_, INCOME_LINE FROM MONITORING.POLICY_YEAR ORDER BY YEAR_")) {
            while (rows.next()) {
                lines.add(rows.getInt(1) + ": " + rows.getBigDecimal(2).toPlainString());
            }
        }
        assertEquals(List.of("2021: 6000.00", "2022: 6300.00", "2023: 6600.00", "2024: 6900.00"), lines);
    }
}
