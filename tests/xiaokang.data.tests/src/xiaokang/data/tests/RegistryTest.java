package xiaokang.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import xiaokang.core.IdNumbers;
import xiaokang.core.Severity;
import xiaokang.core.model.City;
import xiaokang.core.model.CoreFactory;
import xiaokang.core.model.CorePackage;
import xiaokang.core.model.Household;
import xiaokang.core.model.Person;
import xiaokang.core.model.Township;
import xiaokang.core.model.Village;
import xiaokang.data.FindingSource;
import xiaokang.data.FindingSources;
import xiaokang.data.Registry;
import xiaokang.store.Database;
import xiaokang.store.Session;
import xiaokang.store.Store;

/** One person, one household: the registry refuses a second, and a database that has one shows it as an error. */
class RegistryTest {

    private static final CoreFactory F = CoreFactory.eINSTANCE;
    private static final String SHARED = IdNumbers.of("430521", LocalDate.of(1980, 6, 1), 101);
    private static final String OWN = IdNumbers.of("430521", LocalDate.of(1982, 7, 2), 202);

    @TempDir
    Path folder;
    private Store store;
    private long first;
    private long second;

    @BeforeEach
    void twoHouseholds() throws Exception {
        store = Store.open(Database.embedded(folder.resolve("db")), List.of(CorePackage.eINSTANCE));
        City city = F.createCity();
        Township township = F.createTownship();
        township.setName("廉桥镇");
        city.getTownships().add(township);
        Village village = F.createVillage();
        village.setName("长流村");
        township.getVillages().add(village);
        Household a = household("430582100001", SHARED);
        Household b = household("430582100002", OWN);
        village.getHouseholds().add(a);
        village.getHouseholds().add(b);
        try (Session session = store.openSession("test")) {
            session.add(city);
            session.commit();
            first = session.id(a);
            second = session.id(b);
        }
    }

    private static Household household(String number, String idNumber) {
        Household household = F.createHousehold();
        household.setNumber(number);
        Person person = F.createPerson();
        person.setName("户主" + number.substring(number.length() - 1));
        person.setIdNumber(idNumber);
        household.getMembers().add(person);
        return household;
    }

    @Test
    void aMemberOfAnotherHouseholdAndAnotherHouseholdsNumberAreRefused() throws Exception {
        assertEquals(Optional.empty(), Registry.conflicts(store, second, "430582100002", List.of(OWN)));
        Optional<String> member = Registry.conflicts(store, second, "430582100002", List.of(OWN, SHARED));
        assertTrue(member.isPresent() && member.get().contains(SHARED) && member.get().contains("430582100001"), member.toString());
        Optional<String> number = Registry.conflicts(store, second, "430582100001", List.of(OWN));
        assertTrue(number.isPresent() && number.get().contains("430582100001"), number.toString());
        assertEquals(Optional.empty(), Registry.conflicts(store, first, "430582100001", List.of(SHARED)), "its own number and member");
    }

    @Test
    void onePersonInTwoHouseholdsIsAnErrorOnBoth() throws Exception {
        try (Connection connection = store.connect()) {
            assertTrue(duplicates(connection).isEmpty());
            connection.createStatement().executeUpdate("UPDATE CORE.PERSON SET ID_NUMBER = '" + SHARED + "' WHERE ID_NUMBER = '" + OWN + "'");
            List<FindingSource.Finding> found = duplicates(connection);
            assertEquals(List.of(first, second), found.stream().map(FindingSource.Finding::householdId).sorted().toList());
            assertTrue(found.stream().allMatch(f -> f.violation().severity() == Severity.ERROR && f.violation().message().contains(SHARED)));
            assertTrue(found.get(0).violation().message().contains(found.get(1).household()), "each names the other household");
        }
    }

    /** The product's service, as the Problems view gets it. */
    private static FindingSources findingSources() {
        BundleContext context = FrameworkUtil.getBundle(RegistryTest.class).getBundleContext();
        return context.getService(context.getServiceReference(FindingSources.class));
    }

    private static List<FindingSource.Finding> duplicates(Connection connection) throws Exception {
        return findingSources().all(connection, LocalDate.now()).stream()
                .filter(f -> f.violation().ruleId().equals("core.duplicate-id-number")).toList();
    }
}
