package xiaokang.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import xiaokang.core.model.City;
import xiaokang.core.model.CorePackage;
import xiaokang.core.model.Household;
import xiaokang.core.model.Person;
import xiaokang.core.model.Township;
import xiaokang.core.model.Village;
import xiaokang.store.AuditLog;
import xiaokang.store.Database;
import xiaokang.store.Session;
import xiaokang.store.Store;
import xiaokang.store.StoreException;

/** Every insert and delete is kept with all its values, cascaded rows included; an object's life can be read back. */
class AuditTest {

    private static final List<String> CORE_TABLES = List.of("CITY", "CITY_LEADER", "WORK_UNIT", "CADRE", "TOWNSHIP", "VILLAGE",
            "VILLAGE_GROUP", "WORK_TEAM", "HOUSEHOLD", "PERSON", "ANNUAL_INCOME", "ASSESSMENT", "CHECK_RESULT",
            "ASSISTANCE_MEASURE");

    @TempDir
    Path folder;
    private Store store;

    @BeforeEach
    void open() throws StoreException {
        store = Store.open(Database.embedded(folder.resolve("db")), List.of(CorePackage.eINSTANCE));
        try (Session session = store.openSession("测试")) {
            session.add(SampleCity.create());
            session.commit();
        }
    }

    @Test
    void everyInsertedObjectIsOneAuditRowWithAllItsValues() throws Exception {
        long stored = 0;
        for (String table : CORE_TABLES) {
            stored += count("SELECT COUNT(*) FROM CORE." + table);
        }
        assertEquals(stored, count("SELECT COUNT(*) FROM XK.AUDIT WHERE ACTION = 'INSERT'"), "one row per stored object");
        assertEquals(0, count("SELECT COUNT(*) FROM XK.AUDIT A WHERE ACTION = 'INSERT' AND NOT EXISTS "
                + "(SELECT 1 FROM CORE.PERSON P WHERE P.ID = A.OBJECT_ID) AND TABLE_NAME = 'CORE.PERSON'"));
        String household = text("SELECT A.NEW_VALUE FROM XK.AUDIT A JOIN CORE.HOUSEHOLD H ON H.ID = A.OBJECT_ID "
                + "WHERE H.NUMBER = '4305821042010001'");
        assertTrue(household.contains("\"NUMBER\":\"4305821042010001\"") && household.contains("\"CAUSES\":[\"ILLNESS\",\"LACK_OF_SKILLS\"]")
                && household.contains("\"CADRE_ID\":" + count("SELECT ID FROM CORE.CADRE")), household);
        assertEquals(count("SELECT VILLAGE_ID FROM CORE.HOUSEHOLD WHERE NUMBER = '4305821042010001'"),
                count("SELECT A.CONTAINER_ID FROM XK.AUDIT A JOIN CORE.HOUSEHOLD H ON H.ID = A.OBJECT_ID WHERE H.NUMBER = '4305821042010001'"),
                "the row names the object that contains it");
    }

    @Test
    void aDeletedHouseholdKeepsEveryValueOfEveryRowThatWentWithIt() throws Exception {
        long id = count("SELECT ID FROM CORE.HOUSEHOLD WHERE NUMBER = '4305821042010001'");
        String headIdNumber = text("SELECT ID_NUMBER FROM CORE.PERSON WHERE HOUSEHOLD_ID = " + id);
        long contents = count("SELECT COUNT(*) FROM CORE.PERSON WHERE HOUSEHOLD_ID = " + id)
                + count("SELECT COUNT(*) FROM CORE.ANNUAL_INCOME WHERE HOUSEHOLD_ID = " + id)
                + count("SELECT COUNT(*) FROM CORE.ASSESSMENT WHERE HOUSEHOLD_ID = " + id)
                + count("SELECT COUNT(*) FROM CORE.CHECK_RESULT R JOIN CORE.ASSESSMENT A ON R.ASSESSMENT_ID = A.ID WHERE A.HOUSEHOLD_ID = " + id)
                + count("SELECT COUNT(*) FROM CORE.ASSISTANCE_MEASURE WHERE HOUSEHOLD_ID = " + id);
        try (Session session = store.openSession("李干部")) {
            Household household = session.get(CorePackage.Literals.HOUSEHOLD, id);
            session.delete(household);
            session.commit();
        }
        assertEquals(1 + contents, count("SELECT COUNT(*) FROM XK.AUDIT WHERE ACTION = 'DELETE' AND WHO = '李干部'"),
                "the household and each row the cascade removed");
        String member = text("SELECT OLD_VALUE FROM XK.AUDIT WHERE ACTION = 'DELETE' AND TABLE_NAME = 'CORE.PERSON'");
        assertTrue(member.contains("\"ID_NUMBER\":\"" + headIdNumber + "\"") && member.contains("\"NAME\":\"李建国\"")
                && member.contains("\"HEALTH\":\"DISABLED\""), member);

        try (Connection connection = store.connect()) {
            List<AuditLog.Change> life = AuditLog.lifeOf(connection, id, 1000);
            assertEquals(2 * (1 + contents), life.size(), "inserted and deleted, the household and its contents");
            assertTrue(life.get(0).isInsert() && life.get(0).objectId() == id, "oldest first");
            assertTrue(life.get(life.size() - 1).isDelete());
            assertTrue(life.stream().anyMatch(c -> c.isDelete() && c.table().equals("CORE.PERSON") && c.oldValue().contains(headIdNumber)));
        }
    }

    @Test
    void aMemberRemovedFromAKeptHouseholdIsInTheHouseholdsLife() throws Exception {
        long id;
        try (Session session = store.openSession("测试")) {
            City city = session.<City>roots(CorePackage.Literals.CITY).get(0);
            Township township = session.<Township>children(city, CorePackage.Literals.CITY__TOWNSHIPS).get(0);
            Village village = session.<Village>children(township, CorePackage.Literals.TOWNSHIP__VILLAGES).get(0);
            Household household = session.<Household>children(village, CorePackage.Literals.VILLAGE__HOUSEHOLDS).get(0);
            id = session.id(household);
            List<Person> members = session.children(household, CorePackage.Literals.HOUSEHOLD__MEMBERS);
            household.getMembers().remove(members.get(0));
            session.commit();
        }
        try (Connection connection = store.connect()) {
            List<AuditLog.Change> deleted = AuditLog.lifeOf(connection, id, 1000).stream().filter(AuditLog.Change::isDelete).toList();
            assertEquals(1, deleted.size());
            assertEquals("CORE.PERSON", deleted.get(0).table());
            assertEquals(id, deleted.get(0).containerId());
        }
    }

    @Test
    void theDataVersionIsTheLastChange() throws Exception {
        try (Connection connection = store.connect()) {
            long before = AuditLog.dataVersion(connection);
            assertEquals(count("SELECT MAX(ID) FROM XK.AUDIT"), before);
            try (Session session = store.openSession("测试")) {
                Household household = session.get(CorePackage.Literals.HOUSEHOLD, count("SELECT MIN(ID) FROM CORE.HOUSEHOLD"));
                household.setAddress("新地址");
                session.commit();
            }
            assertTrue(AuditLog.dataVersion(connection) > before);
        }
    }

    @Test
    void anAuditOfTheFirstRoundIsUpgradedInPlace() throws Exception {
        try (Connection connection = store.connect(); Statement statement = connection.createStatement()) {
            // The audit table as the first round made it.
            statement.execute("DROP TABLE XK.AUDIT");
            statement.execute("CREATE TABLE XK.AUDIT (ID BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
                    + "CHANGED_AT TIMESTAMP NOT NULL, WHO VARCHAR(128) NOT NULL, ACTION VARCHAR(8) NOT NULL, TABLE_NAME VARCHAR(257) NOT NULL, "
                    + "OBJECT_ID BIGINT NOT NULL, ATTRIBUTE VARCHAR(128), OLD_VALUE VARCHAR(1000), NEW_VALUE VARCHAR(1000))");
            statement.execute("CREATE INDEX XK.AUDIT_OBJECT ON XK.AUDIT (OBJECT_ID)");
        }
        store.database().shutdown();
        store = Store.open(Database.embedded(folder.resolve("db")), List.of(CorePackage.eINSTANCE));
        assertEquals(32672, width("NEW_VALUE"), "whole rows fit");
        assertEquals(32672, width("OLD_VALUE"), "whole rows fit");
        assertTrue(width("CONTAINER_ID") > 0, "the container column is back");
    }

    /** The column's size, or -1 when the audit has no such column. */
    private int width(String column) throws Exception {
        try (Connection connection = store.connect();
                ResultSet rows = connection.getMetaData().getColumns(null, "XK", "AUDIT", column)) {
            return rows.next() ? rows.getInt("COLUMN_SIZE") : -1;
        }
    }

    private long count(String sql) throws Exception {
        try (Connection connection = store.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private String text(String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection connection = store.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        assertEquals(1, values.size(), sql);
        return values.get(0);
    }
}
