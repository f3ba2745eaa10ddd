package xiaokang.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import xiaokang.core.model.City;
import xiaokang.core.model.Household;
import xiaokang.core.model.CorePackage;
import xiaokang.core.model.Township;
import xiaokang.core.model.Village;
import xiaokang.core.model.WorkUnit;
import xiaokang.store.Database;
import xiaokang.store.DuplicateValueException;
import xiaokang.store.Session;
import xiaokang.store.Store;
import xiaokang.store.StoreException;

/**
 * A unit of work too large for memory writes as it goes (flush), lets go of what it wrote
 * (release) and still ends as one transaction: all of it or none of it, one batch, one time.
 */
class FlushTest {

    private static final CorePackage P = CorePackage.eINSTANCE;

    @TempDir
    Path folder;
    private Store store;

    @BeforeEach
    void open() throws StoreException {
        store = Store.open(Database.embedded(folder.resolve("db")), List.of(P));
        try (Session session = store.openSession("测试")) {
            session.add(SampleCity.create());
            session.commit();
        }
    }

    @Test
    void flushedAndReleasedWorkEndsAsOneCommitWithOneBatchAndOneTime() throws Exception {
        long lastAudit = count("SELECT MAX(ID) FROM XK.AUDIT");
        try (Session session = store.openSession("测试")) {
            session.batch("IMPORT", "分步写入");
            Village village = village(session);
            for (int chunk = 0; chunk < 3; chunk++) {
                for (int i = 0; i < 4; i++) {
                    village.getHouseholds().add(SampleCity.household("H" + chunk + i, null, "户主" + chunk + i, 300 + chunk * 10 + i));
                }
                session.flush();
                session.releaseChildren(village, P.getVillage_Households());
                assertTrue(village.getHouseholds().isEmpty(), "released households leave the list");
            }
            session.commit();
        }
        assertEquals(List.of("4305821042010001", "4305821042010002", "H00", "H01", "H02", "H03", "H10", "H11", "H12", "H13", "H20", "H21",
                "H22", "H23"), column("SELECT NUMBER FROM CORE.HOUSEHOLD ORDER BY POS, ID"), "each chunk goes after the stored ones");
        assertEquals(1, count("SELECT COUNT(*) FROM XK.AUDIT WHERE ACTION = 'BATCH'"), "one batch, named once");
        assertEquals(1, count("SELECT COUNT(DISTINCT CHANGED_AT) FROM XK.AUDIT WHERE ID > " + lastAudit), "one transaction, one time");
        assertEquals(12, count("SELECT COUNT(*) FROM XK.AUDIT WHERE ACTION = 'INSERT' AND TABLE_NAME = 'CORE.HOUSEHOLD' AND ID > " + lastAudit));
    }

    @Test
    void closingWithoutCommitTakesBackWhatWasFlushed() throws Exception {
        try (Session session = store.openSession("测试")) {
            Village village = village(session);
            village.getHouseholds().add(SampleCity.household("H1", null, "户主一", 301));
            session.flush();
            session.releaseChildren(village, P.getVillage_Households());
            village.getHouseholds().add(SampleCity.household("H2", null, "户主二", 302));
            session.flush();
        }
        assertEquals(2, count("SELECT COUNT(*) FROM CORE.HOUSEHOLD"));
        assertEquals(2, count("SELECT COUNT(*) FROM CORE.PERSON"));
    }

    @Test
    void aFailureAfterAFlushTakesEverythingBackAndTheSessionWritesNoMore() throws Exception {
        try (Session session = store.openSession("测试")) {
            Village village = village(session);
            village.getHouseholds().add(SampleCity.household("H1", null, "户主一", 301));
            session.flush();
            Household duplicate = SampleCity.household("4305821042010001", null, "户主二", 302);
            village.getHouseholds().add(duplicate);
            assertThrows(DuplicateValueException.class, session::flush);
            village.getHouseholds().remove(duplicate);
            // H1 went with the transaction: a commit now would save nothing and say it had.
            StoreException refused = assertThrows(StoreException.class, session::commit);
            assertTrue(refused.getMessage().contains("不能再保存"), refused.getMessage());
        }
        assertEquals(List.of("4305821042010001", "4305821042010002"), column("SELECT NUMBER FROM CORE.HOUSEHOLD ORDER BY NUMBER"));
    }

    @Test
    void anObjectLoadedAloneIsReleasedWithWhatItContains() throws Exception {
        long id = count("SELECT MIN(ID) FROM CORE.HOUSEHOLD");
        try (Session session = store.openSession("测试")) {
            Household household = session.get(P.getHousehold(), id);
            session.children(household, P.getHousehold_Members());
            household.setPhone("13800000000");
            session.flush();
            session.release(household);
            household.setPhone("13900000000");
            session.commit();
            assertEquals(-1, session.id(household), "a released object is not the session's");
            assertThrows(IllegalArgumentException.class, () -> session.release(village(session)));
        }
        assertEquals(List.of("13800000000"), column("SELECT PHONE FROM CORE.HOUSEHOLD WHERE ID = " + id));
    }

    @Test
    void anObjectKeptThatRefersToAReleasedOneIsStillSaved() throws Exception {
        try (Session session = store.openSession("测试")) {
            Village village = village(session);
            Household household = session.<Household>children(village, P.getVillage_Households()).get(0);
            City city = session.<City>roots(P.getCity()).get(0);
            WorkUnit unit = session.<WorkUnit>children(city, P.getCity_WorkUnits()).get(0);
            session.children(unit, P.getWorkUnit_Cadres());
            session.releaseChildren(unit, P.getWorkUnit_Cadres());
            household.setPhone("13700000000");
            session.commit();
        }
        assertEquals(List.of("13700000000"), column("SELECT PHONE FROM CORE.HOUSEHOLD WHERE NUMBER = '4305821042010001'"));
        assertEquals(2, count("SELECT COUNT(*) FROM CORE.HOUSEHOLD WHERE CADRE_ID IS NOT NULL"), "its cadre is still its cadre");
    }

    private Village village(Session session) throws StoreException {
        City city = session.<City>roots(P.getCity()).get(0);
        Township township = session.<Township>children(city, P.getCity_Townships()).get(0);
        return session.<Village>children(township, P.getTownship_Villages()).get(0);
    }

    private long count(String sql) throws Exception {
        try (Connection connection = store.connect(); ResultSet result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private List<String> column(String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection connection = store.connect(); ResultSet result = connection.createStatement().executeQuery(sql)) {
            while (result.next()) {
                values.add(result.getString(1));
            }
        }
        return values;
    }
}
