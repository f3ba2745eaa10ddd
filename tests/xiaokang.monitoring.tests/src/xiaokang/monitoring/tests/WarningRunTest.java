package xiaokang.monitoring.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.ecore.EPackage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import xiaokang.core.model.AnnualIncome;
import xiaokang.core.model.City;
import xiaokang.core.model.CoreFactory;
import xiaokang.core.model.CorePackage;
import xiaokang.core.model.Household;
import xiaokang.core.model.HouseholdStatus;
import xiaokang.core.model.LabourAbility;
import xiaokang.core.model.Person;
import xiaokang.core.model.Relation;
import xiaokang.exchange.ImportResult;
import xiaokang.exchange.ModelLabels;
import xiaokang.exchange.RecordImport;
import xiaokang.monitoring.MonitoringLifecycle;
import xiaokang.monitoring.MonitoringLifecycle.StepInput;
import xiaokang.monitoring.WarningRun;
import xiaokang.monitoring.Warnings;
import xiaokang.monitoring.model.HowFound;
import xiaokang.monitoring.model.MonitoringCategory;
import xiaokang.monitoring.model.MonitoringPackage;
import xiaokang.monitoring.model.PolicyYear;
import xiaokang.monitoring.model.RiskType;
import xiaokang.monitoring.model.Warning;
import xiaokang.store.Database;
import xiaokang.store.Session;
import xiaokang.store.Store;

/**
 * The warnings of a year over a stored county of four households: one below the line, one whose
 * member a department's list (imported as a sheet) names, one well off, and one below the line but
 * already monitored; each count checked against the database.
 */
class WarningRunTest {

    private static final List<EPackage> PACKAGES = List.of(CorePackage.eINSTANCE, MonitoringPackage.eINSTANCE);
    private static final LocalDate DAY = LocalDate.of(2025, 1, 10);
    private static final String NAMED_ID = "430582198001010017";

    @TempDir
    Path folder;
    private Store store;

    @BeforeEach
    void county() throws Exception {
        store = Store.open(Database.embedded(folder.resolve("db")), PACKAGES);
        City city = OneVillage.county(household("H1", "430582197001010011", "8000", "6500"), household("H2", NAMED_ID, null, "10000"),
                household("H3", "430582196001010013", null, "12000"), household("H4", "430582195001010019", null, "5000"));
        PolicyYear policy = IncomeAccountTest.policy(2024, "6900", "40", "40", "15", "20");
        try (Session session = store.openSession("测试")) {
            session.add(city);
            session.add(policy);
            session.commit();
        }
        try (Session session = store.openSession("测试")) {
            Household stored = session.<Household>find(CorePackage.Literals.HOUSEHOLD__NUMBER, "H4").get(0);
            session.add(MonitoringLifecycle.start(stored, MonitoringCategory.UNSTABLE, List.of(RiskType.ILLNESS), HowFound.CADRE_VISIT,
                    new StepInput("王干部", null, DAY.minusDays(30)), policy));
            session.commit();
        }
    }

    private static Household household(String number, String id, String income2023, String income2024) {
        CoreFactory f = CoreFactory.eINSTANCE;
        Household household = f.createHousehold();
        household.setNumber(number);
        household.setStatus(HouseholdStatus.LIFTED_OUT);
        household.setRegistered(true);
        Person head = f.createPerson();
        head.setName("户主" + number);
        head.setIdNumber(id);
        head.setRelation(Relation.HEAD);
        head.setLabourAbility(LabourAbility.FULL);
        head.setMedicalInsurance(true);
        household.getMembers().add(head);
        for (int year = 2023; year <= 2024; year++) {
            String value = year == 2023 ? income2023 : income2024;
            if (value != null) {
                AnnualIncome income = f.createAnnualIncome();
                income.setYear(year);
                income.setPerCapitaNetIncome(new BigDecimal(value));
                household.getIncomes().add(income);
            }
        }
        return household;
    }

    private WarningRun.Summary run() throws Exception {
        return WarningRun.run(store, "测试", DAY, 0, new NullProgressMonitor());
    }

    private List<String> warnings() throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection connection = store.connect();
                ResultSet result = connection.createStatement().executeQuery(
                        "SELECT H.NUMBER, W.KIND, W.STATUS, W.VISIT_BY, W.DECIDE_BY FROM MONITORING.WARNING W "
                                + "JOIN CORE.HOUSEHOLD H ON H.ID = W.HOUSEHOLD_ID ORDER BY H.NUMBER, W.KIND")) {
            while (result.next()) {
                rows.add(result.getString(1) + " " + result.getString(2) + " " + result.getString(3) + " " + result.getDate(4) + " "
                        + result.getDate(5));
            }
        }
        return rows;
    }

    private void setIncome(String number, String value) throws Exception {
        try (Session session = store.openSession("测试")) {
            Household household = session.<Household>find(CorePackage.Literals.HOUSEHOLD__NUMBER, number).get(0);
            session.<AnnualIncome>children(household, CorePackage.Literals.HOUSEHOLD__INCOMES).stream().filter(i -> i.getYear() == 2024)
                    .findFirst().orElseThrow().setPerCapitaNetIncome(new BigDecimal(value));
            session.commit();
        }
    }

    @Test
    void theYearsWarningsWithTheirDaysAndADepartmentsListNamingAMember() throws Exception {
        Path list = folder.resolve("医保大额费用.csv");
        Files.writeString(list, "名单,身份证号,姓名,日期,金额（元）\n医保大额医疗费用," + NAMED_ID + ",户主H2,2024-11-02,68000\n"
                + "医保大额医疗费用,430582199901010014,外县人员,2024-11-03,50000\n", StandardCharsets.UTF_8);
        ImportResult imported = RecordImport.run(store, PACKAGES, ModelLabels.read(Platform.getExtensionRegistry(), PACKAGES),
                MonitoringPackage.Literals.DEPARTMENT_RECORD, list, RecordImport.Options.defaults("测试"), new NullProgressMonitor());
        assertFalse(imported.hasProblems(), imported.toString());

        WarningRun.Summary summary = run();

        assertEquals(List.of("H1 BELOW_LINE OPEN 2025-01-13 2025-01-25", "H2 DEPARTMENT_LIST OPEN 2025-01-13 2025-01-25"), warnings(),
                "H3 is well off, H4 is already monitored, the list's second person lives elsewhere");
        assertEquals(new WarningRun.Summary(2024, 4, 2, 2, 0, 0, 0, 2), summary);
    }

    @Test
    void aRunAgainKeepsItsWarningsClearsWhatNoLongerHoldsAndReopensWhatHoldsAgain() throws Exception {
        run();
        assertEquals(new WarningRun.Summary(2024, 4, 1, 0, 0, 0, 0, 1), run(), "nothing new");
        assertEquals(List.of("H1 BELOW_LINE OPEN 2025-01-13 2025-01-25"), warnings());

        setIncome("H1", "9000");
        assertEquals(new WarningRun.Summary(2024, 4, 0, 0, 0, 1, 0, 0), run());
        assertEquals(List.of("H1 BELOW_LINE CLEARED 2025-01-13 2025-01-25"), warnings());

        setIncome("H1", "6000");
        assertEquals(new WarningRun.Summary(2024, 4, 1, 0, 1, 0, 0, 1), run());
        assertEquals(List.of("H1 BELOW_LINE OPEN 2025-01-13 2025-01-25"), warnings());
    }

    @Test
    void theOpenWarningsOfAHouseholdWhoseIdentificationStartedJoinIt() throws Exception {
        run();
        try (Session session = store.openSession("测试")) {
            Household household = session.<Household>find(CorePackage.Literals.HOUSEHOLD__NUMBER, "H1").get(0);
            session.add(MonitoringLifecycle.start(household, MonitoringCategory.UNSTABLE, List.of(RiskType.UNEMPLOYMENT), HowFound.SELF_REPORT,
                    new StepInput("王干部", "本人申报", DAY), session.<PolicyYear>roots(MonitoringPackage.Literals.POLICY_YEAR).get(0)));
            session.commit();
        }
        assertEquals(new WarningRun.Summary(2024, 4, 0, 0, 0, 0, 1, 0), run());
        assertEquals(List.of("H1 BELOW_LINE IDENTIFYING 2025-01-13 2025-01-25"), warnings());
        assertEquals(1, count("SELECT COUNT(*) FROM MONITORING.WARNING W JOIN MONITORING.MONITORED_HOUSEHOLD M ON W.MONITORED_ID = M.ID "
                + "AND M.HOUSEHOLD_ID = W.HOUSEHOLD_ID"), "the warning names its identification");
    }

    private long count(String sql) throws Exception {
        try (Connection connection = store.connect(); ResultSet result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    @Test
    void theRulesRunAgainOnlyWhenTheDataChangedSinceTheLastRun() throws Exception {
        assertEquals(1, WarningRun.runIfChanged(store, "测试", DAY, new NullProgressMonitor()).orElseThrow().opened(), "never ran here");
        // its own save moved the data version: one more run, which finds nothing to do and saves nothing
        assertEquals(0, WarningRun.runIfChanged(store, "测试", DAY, new NullProgressMonitor()).orElseThrow().opened());
        assertEquals(Optional.empty(), WarningRun.runIfChanged(store, "测试", DAY, new NullProgressMonitor()), "nothing changed since");

        setIncome("H3", "5000");
        assertEquals(1, WarningRun.runIfChanged(store, "测试", DAY, new NullProgressMonitor()).orElseThrow().opened(), "a save of the data");
        assertEquals(List.of("H1 BELOW_LINE OPEN 2025-01-13 2025-01-25", "H3 BELOW_LINE OPEN 2025-01-13 2025-01-25"), warnings());
    }

    @Test
    void aTriagedWarningStaysAsItWasLeft() throws Exception {
        run();
        try (Session session = store.openSession("测试")) {
            Warning warning = session.<Warning>roots(MonitoringPackage.Literals.WARNING).get(0);
            Warnings.dismiss(warning, new StepInput("刘乡长", "家中有人在外务工，年底工资到账后收入高于监测线", DAY.plusDays(1)));
            session.commit();
        }
        assertEquals(new WarningRun.Summary(2024, 4, 1, 0, 0, 0, 0, 0), run());
        assertEquals(List.of("H1 BELOW_LINE DISMISSED 2025-01-13 2025-01-25"), warnings());
    }
}
