package xiaokang.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import xiaokang.core.model.City;
import xiaokang.core.model.CoreFactory;
import xiaokang.core.model.CorePackage;
import xiaokang.core.model.Household;
import xiaokang.core.model.Person;
import xiaokang.core.model.Township;
import xiaokang.core.model.Village;
import xiaokang.data.HouseholdSearch;
import xiaokang.store.Database;
import xiaokang.store.Session;
import xiaokang.store.Store;

/** The search view's queries: an ID ending answered from the store's indexed column of endings. */
class HouseholdSearchTest {

    private static final CoreFactory F = CoreFactory.eINSTANCE;

    @TempDir
    Path folder;
    private Store store;

    @BeforeEach
    void aVillageOfThreeHundredHouseholds() throws Exception {
        store = Store.open(Database.embedded(folder.resolve("db")), List.of(CorePackage.eINSTANCE));
        City city = F.createCity();
        Township township = F.createTownship();
        township.setName("廉桥镇");
        city.getTownships().add(township);
        Village village = F.createVillage();
        village.setName("长流村");
        township.getVillages().add(village);
        for (int i = 0; i < 300; i++) {
            Household household = F.createHousehold();
            household.setNumber(String.format("43058210%04d", i));
            Person person = F.createPerson();
            person.setName(i % 2 == 0 ? "张" + i : "李" + i);
            // endings 0000 .. 0099 three times over, some with a check letter
            person.setIdNumber(String.format("4305211970%04d%03d", i, i % 100) + (i % 7 == 0 ? "x" : "1"));
            household.getMembers().add(person);
            village.getHouseholds().add(household);
        }
        try (Session session = store.openSession("test")) {
            session.add(city);
            session.commit();
        }
    }

    private long count(String sql) throws Exception {
        try (Connection connection = store.connect(); ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void anIdEndingFindsEveryoneWhoseNumberEndsSoThroughTheIndex() throws Exception {
        for (String ending : List.of("0421", "00421", "0281", "042X", "042x", "9999")) {
            long expected = count("SELECT COUNT(*) FROM CORE.PERSON WHERE UPPER(ID_NUMBER) LIKE '%" + ending.toUpperCase() + "'");
            try (Connection connection = store.connect()) {
                assertEquals(expected, HouseholdSearch.find(connection, ending).size(), ending);
            }
        }
        assertTrue(count("SELECT COUNT(*) FROM CORE.PERSON WHERE ID_NUMBER LIKE '%0421'") > 1);
        try (Connection connection = store.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(1)");
            HouseholdSearch.find(connection, "0421");
            try (ResultSet plan = statement.executeQuery("VALUES SYSCS_UTIL.SYSCS_GET_RUNTIMESTATISTICS()")) {
                plan.next();
                assertTrue(plan.getString(1).contains("using index IX_PERSON_ID_NUMBER_ENDING"), plan.getString(1));
            }
        }
    }

    @Test
    void aChangedIdNumberIsFoundByItsNewEnding() throws Exception {
        try (Session session = store.openSession("test")) {
            City city = session.<City>roots(CorePackage.Literals.CITY).get(0);
            Township township = session.<Township>children(city, CorePackage.Literals.CITY__TOWNSHIPS).get(0);
            Village village = session.<Village>children(township, CorePackage.Literals.TOWNSHIP__VILLAGES).get(0);
            Household household = session.<Household>children(village, CorePackage.Literals.VILLAGE__HOUSEHOLDS).get(5);
            session.<Person>children(household, CorePackage.Literals.HOUSEHOLD__MEMBERS).get(0).setIdNumber("430521197001017777");
            session.commit();
        }
        try (Connection connection = store.connect()) {
            List<HouseholdSearch.Hit> hits = HouseholdSearch.find(connection, "017777");
            assertEquals(1, hits.size());
            assertEquals("430521197001017777", hits.get(0).idNumber());
        }
    }

    @Test
    void aHouseholdNumberOrANameBeginningFindsTheirPeople() throws Exception {
        try (Connection connection = store.connect()) {
            assertEquals("430582100042", HouseholdSearch.find(connection, "430582100042").get(0).householdNumber());
            assertEquals(count("SELECT COUNT(*) FROM CORE.PERSON WHERE NAME LIKE '张1%'"), HouseholdSearch.find(connection, "张1").size());
        }
    }
}
