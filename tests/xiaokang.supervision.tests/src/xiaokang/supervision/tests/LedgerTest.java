package xiaokang.supervision.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import xiaokang.core.Models;
import xiaokang.core.model.City;
import xiaokang.core.model.CoreFactory;
import xiaokang.core.model.Household;
import xiaokang.core.model.HouseholdStatus;
import xiaokang.core.model.Township;
import xiaokang.core.model.TownshipKind;
import xiaokang.core.model.Village;
import xiaokang.core.model.WorkUnit;
import xiaokang.data.Choices;
import xiaokang.store.Database;
import xiaokang.store.Session;
import xiaokang.store.Store;
import xiaokang.store.StoreException;
import xiaokang.supervision.Ledger;
import xiaokang.supervision.LedgerEntry;
import xiaokang.supervision.LedgerFilter;
import xiaokang.supervision.NewProblem;
import xiaokang.supervision.model.Problem;
import xiaokang.supervision.model.ProblemArea;
import xiaokang.supervision.model.ProblemSource;
import xiaokang.supervision.model.ProblemStatus;
import xiaokang.supervision.model.ProblemTransition;
import xiaokang.supervision.model.SupervisionFactory;
import xiaokang.supervision.model.SupervisionPackage;

/** The ledger as the view lists it, its filters, and assigning several problems at once. */
class LedgerTest {

    private static final LocalDate DAY = LocalDate.of(2020, 6, 1);

    private static Problem problem(String number, Township township, ProblemArea area, ProblemStatus status, LocalDate deadline) {
        Problem problem = SupervisionFactory.eINSTANCE.createProblem();
        problem.setNumber(number);
        problem.setFound(DAY);
        problem.setSource(ProblemSource.SELF_CHECK);
        problem.setArea(area);
        problem.setTownship(township);
        problem.setDescription("问题 " + number);
        problem.setStatus(status);
        problem.setDeadline(deadline);
        return problem;
    }

    @Test
    void theLedgerIsListedFilteredAndAssigned(@TempDir Path folder) throws Exception {
        Store store = Store.open(Database.embedded(folder.resolve("db")), Models.read(Platform.getExtensionRegistry()));
        City city = CoreFactory.eINSTANCE.createCity();
        city.setCode("430582");
        city.setName("邵东市");
        Township first = township(city, "430582001", "两市塘街道");
        Township second = township(city, "430582002", "宋家塘街道");
        Village village = CoreFactory.eINSTANCE.createVillage();
        village.setCode("430582001001");
        village.setName("长流村");
        first.getVillages().add(village);
        Household household = CoreFactory.eINSTANCE.createHousehold();
        household.setNumber("H9");
        household.setStatus(HouseholdStatus.LIFTED_OUT);
        village.getHouseholds().add(household);
        WorkUnit unit = CoreFactory.eINSTANCE.createWorkUnit();
        unit.setName("市住建局");
        city.getWorkUnits().add(unit);
        try (Session session = store.openSession("test")) {
            session.add(city);
            session.add(problem("2020-00001", first, ProblemArea.HOUSING_SAFETY, ProblemStatus.OPEN, DAY.plusDays(10)));
            session.add(problem("2020-00002", first, ProblemArea.VILLAGE_ROADS, ProblemStatus.RECTIFYING, DAY.plusDays(40)));
            session.add(problem("2020-00003", second, ProblemArea.HOUSING_SAFETY, ProblemStatus.CLOSED, DAY.plusDays(10)));
            session.commit();
        }
        List<LedgerEntry> entries;
        long unitId;
        try (Connection connection = store.connect()) {
            entries = Ledger.read(connection);
            assertEquals(List.of("两市塘街道", "宋家塘街道"), Choices.townships(connection).stream().map(Choices.Choice::name).toList());
            unitId = Choices.workUnits(connection).get(0).id();
        }
        assertEquals(List.of("2020-00003", "2020-00002", "2020-00001"), entries.stream().map(LedgerEntry::number).toList());
        LocalDate later = DAY.plusDays(20);
        assertEquals(List.of("2020-00001"), numbers(entries, new LedgerFilter(null, null, null, null, true), later));
        assertEquals(List.of("2020-00003", "2020-00001"),
                numbers(entries, new LedgerFilter(null, ProblemArea.HOUSING_SAFETY, null, null, false), later));
        assertEquals(List.of("2020-00002", "2020-00001"),
                numbers(entries, new LedgerFilter(entries.get(2).townshipId(), null, null, null, false), later));
        assertEquals(List.of("2020-00002"), numbers(entries, new LedgerFilter(null, null, ProblemStatus.RECTIFYING, null, false), later));

        List<Long> all = entries.stream().map(LedgerEntry::id).toList();
        assertEquals(2, Ledger.assign(store, all, unitId, " 李建国 ", LocalDate.of(2020, 12, 31), "test"), "the closed problem stays");
        try (Connection connection = store.connect()) {
            for (LedgerEntry entry : Ledger.read(connection)) {
                boolean closed = entry.status() == ProblemStatus.CLOSED;
                assertEquals(closed ? null : "李建国", entry.person(), entry.number());
                assertEquals(closed ? null : "市住建局", entry.unit(), entry.number());
                assertEquals(closed ? DAY.plusDays(10) : LocalDate.of(2020, 12, 31), entry.deadline(), entry.number());
            }
        }
        StoreException noPerson = assertThrows(StoreException.class, () -> Ledger.assign(store, all, null, " ", null, "test"));
        assertTrue(noPerson.getMessage().contains("责任人"), noPerson.getMessage());

        LocalDate july = LocalDate.of(2020, 7, 1);
        String number = Ledger.register(store, new NewProblem(july, ProblemSource.PROVINCE_FEEDBACK, ProblemArea.VILLAGE_ROADS,
                null, null, "H9", " 通组道路未硬化 ", unitId, "王秀英", july.plusDays(30)), "test");
        assertEquals("2020-00004", number, "the next number of the year");
        try (Session session = store.openSession("test")) {
            Problem registered = session.<Problem>find(SupervisionPackage.Literals.PROBLEM__NUMBER, number).get(0);
            assertEquals("H9", registered.getHousehold().getNumber());
            assertEquals("长流村", registered.getVillage().getName(), "the household's village");
            assertEquals("两市塘街道", registered.getTownship().getName(), "the village's township");
            assertEquals(ProblemStatus.OPEN, registered.getStatus());
            assertEquals("通组道路未硬化", registered.getDescription());
            session.children(registered, SupervisionPackage.Literals.PROBLEM__EVENTS);
            assertEquals(ProblemTransition.FIND, registered.getEvents().get(0).getTransition());
        }
        StoreException unknown = assertThrows(StoreException.class, () -> Ledger.register(store, new NewProblem(july,
                ProblemSource.SELF_CHECK, ProblemArea.OTHER, null, null, "NO-SUCH", "问题", null, null, null), "test"));
        assertTrue(unknown.getMessage().contains("NO-SUCH"), unknown.getMessage());
        StoreException empty = assertThrows(StoreException.class, () -> Ledger.register(store, new NewProblem(july,
                ProblemSource.SELF_CHECK, ProblemArea.OTHER, null, null, null, " ", null, null, null), "test"));
        assertTrue(empty.getMessage().contains("问题描述"), empty.getMessage());
        try (Connection connection = store.connect()) {
            assertEquals(4, Ledger.read(connection).size(), "nothing written by the refused registrations");
        }
    }

    @Test
    void desksRegisteringAtOnceGetDistinctNumbers(@TempDir Path folder) throws Exception {
        Store store = Store.open(Database.embedded(folder.resolve("db")), Models.read(Platform.getExtensionRegistry()));
        int desks = 4;
        int each = 15;
        ExecutorService pool = Executors.newFixedThreadPool(desks);
        List<Future<List<String>>> registered = new ArrayList<>();
        for (int desk = 0; desk < desks; desk++) {
            String user = "desk" + desk;
            registered.add(pool.submit(() -> {
                List<String> numbers = new ArrayList<>();
                for (int i = 0; i < each; i++) {
                    numbers.add(Ledger.register(store, new NewProblem(DAY, ProblemSource.SELF_CHECK, ProblemArea.OTHER, null, null,
                            null, "问题 " + user + ' ' + i, null, null, null), user));
                }
                return numbers;
            }));
        }
        Set<String> numbers = new HashSet<>();
        for (Future<List<String>> desk : registered) {
            numbers.addAll(desk.get(2, TimeUnit.MINUTES));
        }
        pool.shutdown();
        assertEquals(desks * each, numbers.size(), "every registration got its own number: " + numbers);
        try (Connection connection = store.connect(); Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT COUNT(DISTINCT NUMBER), COUNT(*) FROM SUPERVISION.PROBLEM")) {
                rows.next();
                assertEquals(desks * each, rows.getInt(1));
                assertEquals(desks * each, rows.getInt(2));
            }
            SQLException twice = assertThrows(SQLException.class,
                    () -> statement.executeUpdate("UPDATE SUPERVISION.PROBLEM SET NUMBER = '2020-00001'"));
            assertEquals("23505", twice.getSQLState(), "a unique index stands behind the numbers");
        }
    }

    private static Township township(City city, String code, String name) {
        Township township = CoreFactory.eINSTANCE.createTownship();
        township.setCode(code);
        township.setName(name);
        township.setKind(TownshipKind.SUBDISTRICT);
        city.getTownships().add(township);
        return township;
    }

    private static List<String> numbers(List<LedgerEntry> entries, LedgerFilter filter, LocalDate today) {
        return entries.stream().filter(filter.on(today)).map(LedgerEntry::number).toList();
    }
}
