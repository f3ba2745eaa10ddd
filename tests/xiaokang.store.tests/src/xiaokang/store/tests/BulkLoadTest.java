package xiaokang.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import xiaokang.core.model.City;
import xiaokang.core.model.CoreFactory;
import xiaokang.core.model.CorePackage;
import xiaokang.core.model.Household;
import xiaokang.core.model.Person;
import xiaokang.core.model.PovertyCause;
import xiaokang.core.model.Township;
import xiaokang.core.model.Village;
import xiaokang.store.Database;
import xiaokang.store.Session;
import xiaokang.store.Store;
import xiaokang.store.StoreException;

/**
 * A large first load fills tables without their indexes and foreign keys and builds them after:
 * the database must end with exactly the indexes and keys it had, whether the load succeeds or fails.
 */
class BulkLoadTest {

    private static final int HOUSEHOLDS = 6_000;
    private static final CoreFactory F = CoreFactory.eINSTANCE;

    @TempDir
    Path folder;
    private Store store;
    private Set<String> schemaBefore;

    @BeforeEach
    void open() throws Exception {
        store = Store.open(Database.embedded(folder.resolve("db")), List.of(CorePackage.eINSTANCE));
        schemaBefore = indexesAndKeys();
    }

    @Test
    void aLargeLoadEndsWithEveryIndexAndForeignKey() throws Exception {
        try (Session session = store.openSession("测试")) {
            session.add(city(false));
            session.commit();
        }
        assertEquals(schemaBefore, indexesAndKeys());
        assertEquals(HOUSEHOLDS, count("SELECT COUNT(*) FROM CORE.PERSON"));
        assertEquals(HOUSEHOLDS, count("SELECT COUNT(*) FROM CORE.HOUSEHOLD_CAUSES"));
        assertEquals(HOUSEHOLDS / 1000, count("SELECT COUNT(*) FROM CORE.PERSON WHERE ID_NUMBER = '430521198001010007'"));
        try (Session session = store.openSession("测试")) {
            Household household = session.<Household>find(CorePackage.Literals.HOUSEHOLD__NUMBER, "H5999").get(0);
            assertEquals("户主5999", session.<Person>children(household, CorePackage.Literals.HOUSEHOLD__MEMBERS).get(0).getName());
        }
    }

    @Test
    void aFailedLargeLoadLeavesTheTablesEmptyWithTheirIndexes() throws Exception {
        City city = city(true);
        try (Session session = store.openSession("测试")) {
            session.add(city);
            StoreException failure = assertThrows(StoreException.class, session::commit);
            assertFalse(failure.getMessage().isBlank());
            assertEquals(schemaBefore, indexesAndKeys());
            assertEquals(0, count("SELECT COUNT(*) FROM CORE.HOUSEHOLD"));
            assertEquals(0, count("SELECT COUNT(*) FROM CORE.PERSON"));

            lastPerson(city).setName("户主5999");
            session.commit();
        }
        assertEquals(schemaBefore, indexesAndKeys());
        assertEquals(HOUSEHOLDS, count("SELECT COUNT(*) FROM CORE.PERSON"));
    }

    @Test
    void theSchemaHasSecondaryIndexesAndForeignKeysToSetAside() throws Exception {
        assertTrue(schemaBefore.stream().anyMatch(s -> s.startsWith("CORE.PERSON index")), schemaBefore::toString);
        assertTrue(schemaBefore.stream().anyMatch(s -> s.startsWith("CORE.PERSON key")), schemaBefore::toString);
        assertTrue(schemaBefore.stream().anyMatch(s -> s.startsWith("CORE.HOUSEHOLD_CAUSES key")), schemaBefore::toString);
    }

    /** One township, one village, HOUSEHOLDS households of one person; the last name too long when asked. */
    private static City city(boolean lastNameTooLong) {
        City city = F.createCity();
        city.setCode("430582");
        city.setName("邵东市");
        Township township = F.createTownship();
        township.setCode("430582100");
        township.setName("两市塘街道");
        city.getTownships().add(township);
        Village village = F.createVillage();
        village.setCode("430582100001");
        village.setName("荷叶村");
        township.getVillages().add(village);
        for (int i = 0; i < HOUSEHOLDS; i++) {
            Household household = F.createHousehold();
            household.setNumber("H" + i);
            household.getCauses().add(PovertyCause.ILLNESS);
            Person head = F.createPerson();
            head.setName("户主" + i);
            head.setIdNumber("430521198001010" + String.format("%03d", i % 1000));
            household.getMembers().add(head);
            village.getHouseholds().add(household);
        }
        if (lastNameTooLong) {
            lastPerson(city).setName("长".repeat(1_001));
        }
        return city;
    }

    private static Person lastPerson(City city) {
        List<Household> households = city.getTownships().get(0).getVillages().get(0).getHouseholds();
        return households.get(households.size() - 1).getMembers().get(0);
    }

    /** Every index (name, columns, uniqueness) and foreign key (columns, target, delete rule) of the core's tables. */
    private Set<String> indexesAndKeys() throws Exception {
        Set<String> schema = new TreeSet<>();
        try (Connection connection = store.connect()) {
            DatabaseMetaData meta = connection.getMetaData();
            try (ResultSet tables = meta.getTables(null, "CORE", null, new String[] { "TABLE" })) {
                while (tables.next()) {
                    String table = tables.getString("TABLE_NAME");
                    try (ResultSet indexes = meta.getIndexInfo(null, "CORE", table, false, false)) {
                        while (indexes.next()) {
                            String name = indexes.getString("INDEX_NAME");
                            schema.add("CORE." + table + " index " + (name.startsWith("SQL") ? "(constraint)" : name) + ' '
                                    + indexes.getString("COLUMN_NAME") + " unique=" + !indexes.getBoolean("NON_UNIQUE"));
                        }
                    }
                    try (ResultSet keys = meta.getImportedKeys(null, "CORE", table)) {
                        while (keys.next()) {
                            schema.add("CORE." + table + " key " + keys.getString("FK_NAME") + ' ' + keys.getString("FKCOLUMN_NAME")
                                    + " -> " + keys.getString("PKTABLE_NAME") + " delete=" + keys.getInt("DELETE_RULE"));
                        }
                    }
                }
            }
        }
        return schema;
    }

    private int count(String sql) throws Exception {
        try (Connection connection = store.connect(); ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
