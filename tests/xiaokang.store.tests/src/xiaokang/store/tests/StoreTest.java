package xiaokang.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import xiaokang.core.model.Cadre;
import xiaokang.core.model.City;
import xiaokang.core.model.CoreFactory;
import xiaokang.core.model.CorePackage;
import xiaokang.core.model.Household;
import xiaokang.core.model.Person;
import xiaokang.core.model.PovertyCause;
import xiaokang.core.model.Township;
import xiaokang.core.model.Village;
import xiaokang.core.model.WorkUnit;
import xiaokang.store.ConflictException;
import xiaokang.store.Database;
import xiaokang.store.Session;
import xiaokang.store.Store;
import xiaokang.store.StoreException;

class StoreTest {

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

    private Village village(Session session) throws StoreException {
        City city = session.<City>roots(CorePackage.Literals.CITY).get(0);
        Township township = session.<Township>children(city, CorePackage.Literals.CITY__TOWNSHIPS).get(0);
        return session.<Village>children(township, CorePackage.Literals.TOWNSHIP__VILLAGES).get(0);
    }

    private List<List<Object>> rows(String sql) throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        try (Connection connection = store.connect(); ResultSet result = connection.createStatement().executeQuery(sql)) {
            while (result.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= result.getMetaData().getColumnCount(); i++) {
                    row.add(result.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    @Test
    void anObjectLoadedAloneKeepsItsPlaceInItsList() throws Exception {
        List<List<Object>> before = rows("SELECT ID, POS FROM CORE.HOUSEHOLD ORDER BY ID");
        long second = ((Number) before.stream().filter(r -> ((Number) r.get(1)).intValue() > 0).findFirst().orElseThrow().get(0)).longValue();
        try (Session session = store.openSession("测试")) {
            Household household = session.get(CorePackage.Literals.HOUSEHOLD, second);
            household.setPhone("13800001234");
            session.commit();
        }
        assertEquals(before, rows("SELECT ID, POS FROM CORE.HOUSEHOLD ORDER BY ID"));
    }

    @Test
    void everyAttributeAndReferenceKindRoundTrips() throws StoreException {
        try (Session session = store.openSession("测试")) {
            City loaded = session.<City>roots(CorePackage.Literals.CITY).get(0);
            SampleCity.loadAll(session, loaded);

            assertTrue(EcoreUtil.equals(SampleCity.create(), loaded), "the loaded city differs from the stored one");
            Household h = loaded.getTownships().get(0).getVillages().get(0).getHouseholds().get(0);
            assertEquals(List.of(PovertyCause.ILLNESS, PovertyCause.LACK_OF_SKILLS), h.getCauses());
            assertEquals(loaded.getWorkUnits().get(0).getCadres().get(0), h.getCadre(), "one object per row");
        }
    }

    @Test
    void loadingIsScopedToWhatIsAskedFor() throws StoreException {
        try (Session session = store.openSession("测试")) {
            City city = session.<City>roots(CorePackage.Literals.CITY).get(0);
            assertTrue(city.getTownships().isEmpty(), "townships are read only when asked for");

            Village village = village(session);
            assertTrue(village.getHouseholds().isEmpty());
            assertEquals(2, session.children(village, CorePackage.Literals.VILLAGE__HOUSEHOLDS).size());
        }
    }

    @Test
    void findsPeopleByIdNumberThroughTheIndex() throws Exception {
        String id;
        try (Session session = store.openSession("测试")) {
            Household h = session.<Household>children(village(session), CorePackage.Literals.VILLAGE__HOUSEHOLDS).get(1);
            id = session.<Person>children(h, CorePackage.Literals.HOUSEHOLD__MEMBERS).get(0).getIdNumber();
        }
        try (Session session = store.openSession("测试")) {
            List<Person> found = session.find(CorePackage.Literals.PERSON__ID_NUMBER, id);
            assertEquals(1, found.size());
            assertEquals("王秀英", found.get(0).getName());
        }
        assertEquals(1, rows("SELECT * FROM SYS.SYSCONGLOMERATES WHERE CONGLOMERATENAME = 'IX_PERSON_ID_NUMBER'").size());
    }

    @Test
    void searchFindsByOwnTextByContainedTextAndById() throws Exception {
        try (Session session = store.openSession("测试")) {
            List<Household> byMember = session.search(CorePackage.Literals.HOUSEHOLD, "秀英", 10);
            long counted = ((Number) rows("SELECT COUNT(DISTINCT HOUSEHOLD_ID) FROM CORE.PERSON WHERE NAME LIKE '%秀英%'").get(0).get(0))
                    .longValue();
            assertTrue(counted > 0);
            assertEquals(counted, byMember.size(), "a household is found by its member's name");
            String number = byMember.get(0).getNumber();
            assertEquals(List.of(byMember.get(0)), session.search(CorePackage.Literals.HOUSEHOLD, number, 10), "and by its number");
            long id = session.id(byMember.get(0));
            assertTrue(session.search(CorePackage.Literals.HOUSEHOLD, String.valueOf(id), 10).contains(byMember.get(0)), "and by its id");
            long people = ((Number) rows("SELECT COUNT(*) FROM CORE.PERSON").get(0).get(0)).longValue();
            assertEquals(Math.min(people, 3), session.search(CorePackage.Literals.PERSON, "", 3).size(), "an empty text lists the first");
            assertEquals(List.of(), session.search(CorePackage.Literals.PERSON, "100%_!", 3), "the text's wildcards are taken literally");
        }
    }

    @Test
    void findsTheObjectsThatReferToAStoredObject() throws Exception {
        try (Session session = store.openSession("测试")) {
            City city = session.<City>roots(CorePackage.Literals.CITY).get(0);
            Cadre cadre = session.<Cadre>children(session.<WorkUnit>children(city, CorePackage.Literals.CITY__WORK_UNITS).get(0),
                    CorePackage.Literals.WORK_UNIT__CADRES).get(0);
            List<Household> found = session.find(CorePackage.Literals.HOUSEHOLD__CADRE, cadre);
            long counted = ((Number) rows("SELECT COUNT(*) FROM CORE.HOUSEHOLD WHERE CADRE_ID = " + session.id(cadre)).get(0).get(0)).longValue();
            assertTrue(counted > 0);
            assertEquals(counted, found.size());
            assertTrue(found.stream().allMatch(h -> h.getCadre() == cadre), "one object per row");
            assertEquals(List.of(), session.find(CorePackage.Literals.HOUSEHOLD__CADRE, CoreFactory.eINSTANCE.createCadre()),
                    "nothing refers to an object not stored");
        }
    }

    @Test
    void updatesAreAuditedWithOldAndNewValues() throws Exception {
        try (Session session = store.openSession("李干部")) {
            Household h = session.<Household>children(village(session), CorePackage.Literals.VILLAGE__HOUSEHOLDS).get(0);
            h.setAddress("斫曹乡长流村二组");
            h.getCauses().add(PovertyCause.DISASTER);
            session.commit();
        }
        List<List<Object>> audit = rows("SELECT WHO, ACTION, ATTRIBUTE, OLD_VALUE, NEW_VALUE FROM XK.AUDIT "
                + "WHERE ACTION = 'UPDATE' ORDER BY ID");
        assertEquals(List.of("李干部", "UPDATE", "ADDRESS", "斫曹乡长流村一组", "斫曹乡长流村二组"), audit.get(0));
        assertEquals("HOUSEHOLD_CAUSES", audit.get(1).get(2));
        try (Session session = store.openSession("测试")) {
            Household h = session.<Household>children(village(session), CorePackage.Literals.VILLAGE__HOUSEHOLDS).get(0);
            assertEquals("斫曹乡长流村二组", h.getAddress());
            assertEquals(3, h.getCauses().size());
        }
    }

    @Test
    void movingAHouseholdToAnotherVillageRewritesItsLinkAndAuditsBothVillages() throws Exception {
        long from;
        long to;
        try (Session session = store.openSession("测试")) {
            Village village = village(session);
            Village other = CoreFactory.eINSTANCE.createVillage();
            other.setName("永华村");
            village.getTownship().getVillages().add(other);
            session.commit();
            Household moved = session.<Household>children(village, CorePackage.Literals.VILLAGE__HOUSEHOLDS).get(0);
            other.getHouseholds().add(moved);
            session.commit();
            from = session.id(village);
            to = session.id(other);
        }
        assertEquals(List.of(List.of(String.valueOf(from), String.valueOf(to))),
                rows("SELECT OLD_VALUE, NEW_VALUE FROM XK.AUDIT WHERE ATTRIBUTE = 'VILLAGE_ID'"));
        assertEquals(List.of(List.of(to)), rows("SELECT VILLAGE_ID FROM CORE.HOUSEHOLD WHERE NUMBER = '4305821042010001'"));
    }

    @Test
    void aConcurrentChangeIsAConflictAndNothingIsWritten() throws Exception {
        try (Session first = store.openSession("甲"); Session second = store.openSession("乙")) {
            Household mine = first.<Household>children(village(first), CorePackage.Literals.VILLAGE__HOUSEHOLDS).get(0);
            Household theirs = second.<Household>children(village(second), CorePackage.Literals.VILLAGE__HOUSEHOLDS).get(0);
            theirs.setAddress("乙改的地址");
            second.commit();

            mine.setAddress("甲改的地址");
            mine.setYearLifted(2018);
            ConflictException conflict = assertThrows(ConflictException.class, first::commit);

            assertTrue(conflict.getMessage().contains("4305821042010001"), conflict.getMessage());
            assertEquals(mine, conflict.object());
            assertEquals("甲改的地址", mine.getAddress(), "the user's change stays in memory");
        }
        assertEquals(List.of(List.of("乙改的地址", 2017)),
                rows("SELECT ADDRESS, YEAR_LIFTED FROM CORE.HOUSEHOLD WHERE NUMBER = '4305821042010001'"));
    }

    @Test
    void removingAHouseholdDeletesItAndEverythingItContains() throws Exception {
        try (Session session = store.openSession("测试")) {
            Village village = village(session);
            session.children(village, CorePackage.Literals.VILLAGE__HOUSEHOLDS);
            village.getHouseholds().remove(0);
            session.commit();
        }
        assertEquals(1, ((Number) rows("SELECT COUNT(*) FROM CORE.HOUSEHOLD").get(0).get(0)).intValue());
        assertEquals(1, ((Number) rows("SELECT COUNT(*) FROM CORE.PERSON").get(0).get(0)).intValue());
        assertEquals(2, ((Number) rows("SELECT COUNT(*) FROM CORE.HOUSEHOLD_CAUSES").get(0).get(0)).intValue());
        assertEquals(6, rows("SELECT * FROM XK.AUDIT WHERE ACTION = 'DELETE'").size(),
                "the household, its member, income, assessment with its result, assistance measure");
    }

    @Test
    void aFailedCommitLeavesTheDatabaseAsItWas() throws Exception {
        try (Session session = store.openSession("测试")) {
            Village village = village(session);
            Household h = session.<Household>children(village, CorePackage.Literals.VILLAGE__HOUSEHOLDS).get(0);
            h.setAddress("不应写入");
            h.setNumber("x".repeat(2000));
            assertThrows(StoreException.class, session::commit);
        }
        assertEquals(0, rows("SELECT * FROM CORE.HOUSEHOLD WHERE ADDRESS = '不应写入'").size());
        assertEquals(0, rows("SELECT * FROM XK.AUDIT WHERE ACTION = 'UPDATE'").size());
    }

    @Test
    void aDatabaseShutDownOpensAgainOnTheNextConnectionWithItsData() throws Exception {
        store.database().shutdown();
        store.database().shutdown();

        assertEquals(List.of(List.of(1)), rows("SELECT COUNT(*) FROM CORE.CITY"));
        try (Session session = store.openSession("测试")) {
            City city = session.<City>roots(CorePackage.Literals.CITY).get(0);
            assertEquals(SampleCity.create().getTownships().size(), session.children(city, CorePackage.Literals.CITY__TOWNSHIPS).size());
        }
    }

    @Test
    void aFolderThatCannotBeWrittenIsNamed() {
        StoreException e = assertThrows(StoreException.class,
                () -> Store.open(Database.embedded(Path.of("/proc/xiaokang/db")), List.of(CorePackage.eINSTANCE)));

        assertTrue(e.getMessage().contains("/proc/xiaokang/db"), e.getMessage());
        assertTrue(e.getMessage().contains("不可写"), e.getMessage());
    }

    @Test
    void schemaIsReadableSql() throws Exception {
        List<List<Object>> villages = rows("SELECT V.NAME, V.POOR, V.YEAR_EXITED, T.NAME FROM CORE.VILLAGE V "
                + "JOIN CORE.TOWNSHIP T ON V.TOWNSHIP_ID = T.ID");
        assertEquals(List.of(List.of("长流村", true, 2018, "斫曹乡")), villages);
        assertNotEquals(0, rows("SELECT * FROM CORE.HOUSEHOLD H JOIN CORE.CADRE C ON H.CADRE_ID = C.ID").size());
    }
}
