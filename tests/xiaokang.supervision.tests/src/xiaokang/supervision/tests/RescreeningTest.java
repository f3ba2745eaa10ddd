package xiaokang.supervision.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import xiaokang.core.IdNumbers;
import xiaokang.core.Models;
import xiaokang.core.Rules;
import xiaokang.core.Severity;
import xiaokang.core.Validator;
import xiaokang.core.Violation;
import xiaokang.core.model.City;
import xiaokang.core.model.CoreFactory;
import xiaokang.core.model.Household;
import xiaokang.core.model.HouseholdStatus;
import xiaokang.core.model.Person;
import xiaokang.core.model.Relation;
import xiaokang.core.model.Township;
import xiaokang.core.model.TownshipKind;
import xiaokang.core.model.Village;
import xiaokang.data.FindingSource;
import xiaokang.reports.testing.TestServices;
import xiaokang.store.Database;
import xiaokang.store.Session;
import xiaokang.store.Store;
import xiaokang.store.StoreException;
import xiaokang.supervision.ProblemLifecycle;
import xiaokang.supervision.Rescreening;
import xiaokang.supervision.RescreeningRun;
import xiaokang.supervision.model.Problem;
import xiaokang.supervision.model.ProblemArea;
import xiaokang.supervision.model.ProblemSource;
import xiaokang.supervision.model.ProblemStatus;
import xiaokang.supervision.model.ProblemTransition;
import xiaokang.supervision.model.RescreeningRound;
import xiaokang.supervision.model.SupervisionFactory;
import xiaokang.supervision.model.SupervisionPackage;

/** Re-screening records every household in scope and opens one problem per breach, never twice while open. */
class RescreeningTest {

    private static final LocalDate DAY = LocalDate.of(2020, 10, 1);
    private static final CoreFactory F = CoreFactory.eINSTANCE;

    /** One village: an uninsured lifted-out household, a sound one, and a household outside the round's groups. */
    private static City county() {
        City city = F.createCity();
        city.setCode("430582");
        city.setName("邵东市");
        Township township = F.createTownship();
        township.setCode("430582001");
        township.setName("两市塘街道");
        township.setKind(TownshipKind.SUBDISTRICT);
        city.getTownships().add(township);
        Village village = F.createVillage();
        village.setCode("430582001001");
        village.setName("长流村");
        township.getVillages().add(village);
        village.getHouseholds().add(household("H1", HouseholdStatus.LIFTED_OUT, false, 1));
        village.getHouseholds().add(household("H2", HouseholdStatus.LIFTED_OUT, true, 2));
        village.getHouseholds().add(household("H3", HouseholdStatus.NOT_YET_LIFTED, false, 3));
        return city;
    }

    private static Household household(String number, HouseholdStatus status, boolean insured, int sequence) {
        Household household = F.createHousehold();
        household.setNumber(number);
        household.setStatus(status);
        Person head = F.createPerson();
        head.setName("户主" + number);
        head.setIdNumber(IdNumbers.of("430521", LocalDate.of(1970, 3, sequence), sequence));
        head.setRelation(Relation.HEAD);
        head.setMedicalInsurance(insured);
        household.getMembers().add(head);
        return household;
    }

    private static RescreeningRound round() {
        RescreeningRound round = SupervisionFactory.eINSTANCE.createRescreeningRound();
        round.setName("回头看");
        round.setStartDate(DAY);
        round.getGroups().add(HouseholdStatus.LIFTED_OUT);
        return round;
    }

    private static Validator validator() {
        return new Validator(Rules.read(Platform.getExtensionRegistry()), DAY);
    }

    private static List<Household> households(City city) {
        return city.getTownships().get(0).getVillages().get(0).getHouseholds();
    }

    @Test
    void aRoundOpensOneProblemPerBreachAndNoneWhileItIsStillOpen() throws Exception {
        City city = county();
        RescreeningRound round = round();
        List<Problem> ledger = new ArrayList<>();
        screenAll(city, round, ledger);
        assertEquals(2, round.getRecords().size(), "only the lifted-out households are in scope");
        assertEquals(1, ledger.size());
        Problem problem = ledger.get(0);
        assertEquals("core.basic-medical", problem.getRule());
        assertEquals(ProblemArea.BASIC_MEDICAL, problem.getArea());
        assertEquals(ProblemSource.RESCREENING, problem.getSource());
        assertEquals("H1", problem.getHousehold().getNumber());
        assertEquals("长流村", problem.getVillage().getName());
        assertEquals("2020-00001", problem.getNumber());
        assertEquals(DAY.plusDays(Rescreening.DEADLINE_DAYS), problem.getDeadline());
        assertFalse(round.getRecords().get(0).isPassed());
        assertTrue(round.getRecords().get(1).isPassed());

        screenAll(city, round, ledger);
        assertEquals(1, ledger.size(), "the open problem is not opened again");
        assertEquals(2, round.getRecords().size(), "a second screening replaces the household's record");

        problem.setResponsiblePerson("李建国");
        ProblemLifecycle.apply(problem, ProblemTransition.START, "李建国", null, DAY);
        problem.setRectification("已代缴医保");
        ProblemLifecycle.apply(problem, ProblemTransition.SUBMIT, "李建国", null, DAY);
        problem.setEvidence("缴费凭证");
        ProblemLifecycle.apply(problem, ProblemTransition.CLOSE, "王秀英", null, DAY);
        screenAll(city, round, ledger);
        assertEquals(2, ledger.size(), "still uninsured after the problem was closed: a new problem");
        assertEquals("2020-00002", ledger.get(1).getNumber());
    }

    private static void screenAll(City city, RescreeningRound round, List<Problem> ledger) {
        Rescreening rescreening = new Rescreening(round, ledger, validator(), DAY, "回头看工作组");
        for (Household household : households(city)) {
            if (rescreening.inScope(household)) {
                ledger.addAll(rescreening.screen(household).opened());
            }
        }
    }

    @Test
    void aRunOnTheStoreWritesRecordsAndProblemsOnceEach(@TempDir Path folder) throws Exception {
        Store store = Store.open(Database.embedded(folder.resolve("db")), Models.read(Platform.getExtensionRegistry()));
        long roundId;
        try (Session session = store.openSession("test")) {
            session.add(county());
            RescreeningRound round = round();
            session.add(round);
            session.commit();
            roundId = session.id(round);
        }
        RescreeningRun.Summary first = RescreeningRun.run(store, TestServices.findingSources(), roundId, "tester", DAY, new NullProgressMonitor());
        assertEquals(new RescreeningRun.Summary(2, 1, 1), first);
        RescreeningRun.Summary second = RescreeningRun.run(store, TestServices.findingSources(), roundId, "tester", DAY, new NullProgressMonitor());
        assertEquals(new RescreeningRun.Summary(2, 1, 0), second);
        try (Session session = store.openSession("test")) {
            List<Problem> problems = session.roots(SupervisionPackage.Literals.PROBLEM);
            assertEquals(1, problems.size());
            assertEquals(ProblemStatus.OPEN, problems.get(0).getStatus());
            assertEquals("H1", problems.get(0).getHousehold().getNumber());
            RescreeningRound round = session.get(SupervisionPackage.Literals.RESCREENING_ROUND, roundId);
            assertEquals(2, session.children(round, SupervisionPackage.Literals.RESCREENING_ROUND__RECORDS).size());
        }
        assertTrue(Files.isDirectory(folder.resolve("db")));

        long next = RescreeningRun.newRound(store, "2021年回头看", DAY.plusYears(1), null,
                List.of(HouseholdStatus.NOT_YET_LIFTED), "tester");
        assertEquals(new RescreeningRun.Summary(1, 1, 1),
                RescreeningRun.run(store, TestServices.findingSources(), next, "tester", DAY, new NullProgressMonitor()),
                "a new round screens only its group: the not-yet-lifted, uninsured H3");
        assertThrows(StoreException.class, () -> RescreeningRun.newRound(store, " ", DAY, null, List.of(HouseholdStatus.EDGE), "tester"));
    }

    @Test
    void aRoundScreensAgainstThePlugInsFindingsToo(@TempDir Path folder) throws Exception {
        Store store = Store.open(Database.embedded(folder.resolve("db")), Models.read(Platform.getExtensionRegistry()));
        long roundId;
        long sound;
        try (Session session = store.openSession("test")) {
            City city = county();
            session.add(city);
            RescreeningRound round = round();
            session.add(round);
            session.commit();
            roundId = session.id(round);
            sound = session.id(households(city).get(1));
        }
        // A plug-in that finds what no rule of the core sees: the sound household H2 missed its visits.
        FindingSource missedVisits = (connection, today) -> List.of(new FindingSource.Finding(
                new Violation("test.missed-visit", Severity.WARNING, null, null, "本季度没有走访", null), "长流村", "H2", sound));
        BundleContext context = FrameworkUtil.getBundle(RescreeningTest.class).getBundleContext();
        ServiceRegistration<FindingSource> registration = context.registerService(FindingSource.class, missedVisits, null);
        try {
            assertEquals(new RescreeningRun.Summary(2, 2, 2),
                    RescreeningRun.run(store, TestServices.findingSources(), roundId, "tester", DAY, new NullProgressMonitor()),
                    "H1 fails a rule, H2 the plug-in's finding");
            assertEquals(new RescreeningRun.Summary(2, 2, 0),
                    RescreeningRun.run(store, TestServices.findingSources(), roundId, "tester", DAY, new NullProgressMonitor()),
                    "neither is opened again while open, and an open problem is no new problem about itself");
        } finally {
            registration.unregister();
        }
        try (Session session = store.openSession("test")) {
            Problem visit = session.<Problem>roots(SupervisionPackage.Literals.PROBLEM).stream()
                    .filter(p -> "test.missed-visit".equals(p.getRule())).findFirst().orElseThrow();
            assertEquals("H2", visit.getHousehold().getNumber());
            assertEquals(ProblemArea.OTHER, visit.getArea());
            assertTrue(visit.getDescription().contains("本季度没有走访"), visit.getDescription());
        }
    }
}
