package xiaokang.monitoring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static xiaokang.ui.testing.Workbench.page;
import static xiaokang.ui.testing.Workbench.settle;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.forms.editor.FormEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import xiaokang.core.model.AnnualIncome;
import xiaokang.core.model.CorePackage;
import xiaokang.core.model.Household;
import xiaokang.core.ui.HouseholdEditors;
import xiaokang.core.ui.ObjectEditor;
import xiaokang.edit.ui.EditCommands;
import xiaokang.monitoring.MonitoredEntry;
import xiaokang.monitoring.MonitoringLifecycle;
import xiaokang.monitoring.MonitoringLists;
import xiaokang.monitoring.PolicyYears;
import xiaokang.monitoring.Triage;
import xiaokang.monitoring.WarningEntry;
import xiaokang.monitoring.model.HelpMeasure;
import xiaokang.monitoring.model.HowFound;
import xiaokang.monitoring.model.IncomeCard;
import xiaokang.monitoring.model.MeasureKind;
import xiaokang.monitoring.model.MonitoringCategory;
import xiaokang.monitoring.model.MonitoringFactory;
import xiaokang.monitoring.model.MonitoringPackage;
import xiaokang.monitoring.model.MonitoringStage;
import xiaokang.monitoring.model.MonitoringStep;
import xiaokang.monitoring.model.RiskType;
import xiaokang.monitoring.model.WarningKind;
import xiaokang.monitoring.model.WarningStatus;
import xiaokang.monitoring.ui.internal.HouseholdMonitoringPage;
import xiaokang.monitoring.ui.internal.MonitoredHouseholdEditor;
import xiaokang.monitoring.ui.internal.MonitoredHouseholdsView;
import xiaokang.monitoring.ui.internal.PolicyYearsView;
import xiaokang.monitoring.ui.internal.WarningBoardView;
import xiaokang.store.Session;
import xiaokang.store.Store;
import xiaokang.ui.testing.Workbench;
import java.util.Map;
import java.sql.Statement;
import xiaokang.ui.testing.GenericForms;

/**
 * A township user triages the demo county's warnings on the 监测预警 board, takes a household
 * through its first identification steps in its editor, adds a help measure, and begins a new
 * policy year; each figure is checked against the test's own count of the database.
 */
class MonitoringWorkbenchTest {

    private static Store store;

    @BeforeAll
    static void demoCounty() throws Exception {
        store = Workbench.demoCounty("xiaokang-monitoring-ui-");
    }

    @AfterEach
    void closeEditors() {
        page().closeAllEditors(false);
    }

    private static long count(String sql, Object... values) throws Exception {
        try (Connection connection = store.connect(); PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                query.setObject(i + 1, values[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static String text(String sql, long id) throws Exception {
        try (Connection connection = store.connect(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    @Test
    void theBoardListsTheOpenWarningsByTownshipAndTriagesThem() throws Exception {
        WarningBoardView board = (WarningBoardView) page().showView(WarningBoardView.ID);
        settle(board.refresh());
        board.setFilter(null, null, WarningStatus.OPEN, false); // as it opens: another test may have chosen otherwise
        long open = count("SELECT COUNT(*) FROM MONITORING.WARNING WHERE STATUS = 'OPEN'");
        assertTrue(open > 20, "the demo has open warnings: " + open);
        assertEquals(open, board.visible().size(), "the open warnings");
        assertEquals(open, board.townshipLines().get(0).open(), "the whole city's line");
        LocalDate today = LocalDate.now();
        long late = count("SELECT COUNT(*) FROM MONITORING.WARNING WHERE STATUS = 'OPEN' AND (VISIT_BY < ? OR DECIDE_BY < ?)",
                Date.valueOf(today), Date.valueOf(today));
        assertTrue(late > 0, "the demo has overdue warnings");
        assertEquals(late, board.townshipLines().get(0).overdue());
        assertEquals(board.townshipLines().stream().skip(1).mapToLong(WarningBoardView.TownshipLine::open).sum(), open,
                "the townships' lines add up to the city's");

        WarningBoardView.TownshipLine first = board.townshipLines().get(1);
        board.setFilter(first.townshipId(), null, WarningStatus.OPEN, true);
        List<WarningEntry> shown = board.visible();
        assertEquals(first.overdue(), shown.size());
        assertTrue(shown.stream().allMatch(e -> e.overdue(today) && e.townshipId() == first.townshipId()));

        board.setFilter(null, null, WarningStatus.OPEN, false);
        WarningEntry dismissed = board.visible().get(0);
        assertEquals(List.of(), board.dismiss(List.of(dismissed), "入户核实：务工收入已恢复", "乡镇业务员"));
        assertEquals("DISMISSED", text("SELECT STATUS FROM MONITORING.WARNING WHERE ID = ?", dismissed.id()));
        assertEquals("入户核实：务工收入已恢复", text("SELECT NOTE FROM MONITORING.WARNING WHERE ID = ?", dismissed.id()));
        List<String> again = board.dismiss(List.of(dismissed), "再次", "乡镇业务员");
        assertEquals(1, again.size());
        assertTrue(again.get(0).contains("不再研判"), again.get(0));
        assertTrue(board.dismiss(List.of(board.visible().get(1)), " ", "乡镇业务员").get(0).contains("理由"), "a reason is needed");

        settle(board.refresh());
        assertEquals(open - 1, board.townshipLines().get(0).open());
    }

    @Test
    void aHouseholdIsIdentifiedFromItsWarningAndTakenThroughTheVisitInItsEditor() throws Exception {
        WarningEntry warning;
        try (Connection connection = store.connect()) {
            warning = MonitoringLists.warnings(connection).stream().filter(w -> w.status() == WarningStatus.OPEN)
                    .filter(w -> !hasMonitoring(w.householdId())).findFirst().orElseThrow();
        }
        long before = count("SELECT COUNT(*) FROM MONITORING.MONITORED_HOUSEHOLD");
        long id = Triage.identify(store, warning.id(), MonitoringCategory.EDGE,
                List.of(RiskType.ILLNESS), HowFound.CADRE_VISIT,
                new MonitoringLifecycle.StepInput("乡镇业务员", null, LocalDate.now()));
        assertEquals(before + 1, count("SELECT COUNT(*) FROM MONITORING.MONITORED_HOUSEHOLD"));
        assertEquals("IDENTIFYING", text("SELECT STATUS FROM MONITORING.WARNING WHERE ID = ?", warning.id()));

        MonitoredHouseholdsView view = (MonitoredHouseholdsView) page().showView(MonitoredHouseholdsView.ID);
        settle(view.refresh());
        assertEquals(before + 1, view.visible().size(), "every monitored household is listed");
        view.setFilter(null, null, MonitoringStage.WARNED, false);
        assertEquals(count("SELECT COUNT(*) FROM MONITORING.MONITORED_HOUSEHOLD WHERE STAGE = 'WARNED'"), view.visible().size());
        view.setFilter(null, null, null, true);
        assertEquals(count("SELECT COUNT(*) FROM MONITORING.MONITORED_HOUSEHOLD WHERE STAGE_DUE < ?", Date.valueOf(LocalDate.now())),
                view.visible().size(), "the overdue filter");
        view.setFilter(null, null, null, false);
        MonitoredEntry entry = view.visible().stream().filter(e -> e.id() == id).findFirst().orElseThrow();
        MonitoredHouseholdEditor editor = view.open(entry);

        Optional<String> illegal = editor.perform(MonitoringStep.COUNTY_APPROVE, "县乡村振兴局", null, LocalDate.now());
        assertTrue(illegal.orElseThrow().contains("入户核实"), "the refusal names the steps allowed: " + illegal.get());
        Optional<String> unsigned = editor.perform(MonitoringStep.VISIT, "帮扶干部", "入户核实", LocalDate.now());
        assertTrue(unsigned.orElseThrow().contains("授权"), unsigned.get());
        assertEquals("WARNED", text("SELECT STAGE FROM MONITORING.MONITORED_HOUSEHOLD WHERE ID = ?", id));

        EditCommands.apply(editor.domain(), editor.monitored(), MonitoringPackage.Literals.MONITORED_HOUSEHOLD__AUTHORISATION_SIGNED, true);
        assertEquals(Optional.empty(), editor.perform(MonitoringStep.VISIT, "帮扶干部", "入户核实：住院费用自付 2.1 万元", LocalDate.now()));
        assertEquals("VISITED", text("SELECT STAGE FROM MONITORING.MONITORED_HOUSEHOLD WHERE ID = ?", id));
        assertEquals(2, count("SELECT COUNT(*) FROM MONITORING.MONITORING_EVENT WHERE MONITORED_HOUSEHOLD_ID = ?", id));

        HelpMeasure measure = MonitoringFactory.eINSTANCE.createHelpMeasure();
        measure.setKind(MeasureKind.HEALTH);
        measure.setDescription("大病医疗救助");
        measure.setPlannedOn(LocalDate.now());
        editor.addMeasure(measure);
        assertTrue(editor.isDirty());
        editor.domain().getCommandStack().undo();
        assertTrue(!editor.isDirty(), "adding a measure can be undone");
        editor.domain().getCommandStack().redo();
        assertEquals(Optional.empty(), editor.save());
        assertEquals(1, count("SELECT COUNT(*) FROM MONITORING.HELP_MEASURE WHERE MONITORED_HOUSEHOLD_ID = ?", id));

        // the test's workbench has the core and the monitoring; in the product, industry.BenefitLink#12 and the like
        long link = count("SELECT MIN(ID) FROM CORE.CADRE");
        assertEquals(Optional.empty(), editor.checkLink("core.Cadre#" + link), "a stored record of another model");
        assertEquals(Optional.empty(), editor.checkLink(" "), "no link");
        assertTrue(editor.checkLink("core.Cadre#999999999").orElseThrow().contains("999999999"));
        assertTrue(editor.checkLink("core.NoSuchClass#1").orElseThrow().contains("NoSuchClass"));
        assertTrue(editor.checkLink("第12号").orElseThrow().contains("industry.BenefitLink#12"), "the form it takes");

        assertEquals(6, editor.conditions().size(), "every elimination condition is shown");
        assertTrue(editor.conditions().stream().anyMatch(c -> !c.holds()), "a household just found is not eliminated");
        assertEquals(count("SELECT COUNT(*) FROM MONITORING.INCOME_CARD WHERE HOUSEHOLD_ID = ?", warning.householdId()),
                editor.cards().size(), "the household's income cards by year");
    }

    @Test
    void theBoardRunsTheRulesAgainWhenTheDataChanged() throws Exception {
        WarningBoardView board = (WarningBoardView) page().showView(WarningBoardView.ID);
        settle(board.refresh());
        long householdId = count("SELECT MIN(I.HOUSEHOLD_ID) FROM CORE.ANNUAL_INCOME I WHERE I.YEAR_ = 2024 AND I.PER_CAPITA_NET_INCOME > 20000"
                + " AND I.HOUSEHOLD_ID NOT IN (SELECT HOUSEHOLD_ID FROM MONITORING.WARNING)"
                + " AND I.HOUSEHOLD_ID NOT IN (SELECT HOUSEHOLD_ID FROM MONITORING.MONITORED_HOUSEHOLD)");
        try (Session session = store.openSession("帮扶干部")) {
            Household household = session.get(CorePackage.Literals.HOUSEHOLD, householdId);
            session.<AnnualIncome>children(household, CorePackage.Literals.HOUSEHOLD__INCOMES).stream().filter(i -> i.getYear() == 2024)
                    .findFirst().orElseThrow().setPerCapitaNetIncome(new BigDecimal("3000"));
            session.commit();
        }
        settle(board.refresh());
        board.setFilter(null, WarningKind.BELOW_LINE, WarningStatus.OPEN, false);
        assertTrue(board.visible().stream().anyMatch(w -> w.householdId() == householdId), "the income saved below the line is warned");
        assertEquals(1, count("SELECT COUNT(*) FROM MONITORING.WARNING WHERE HOUSEHOLD_ID = ? AND KIND = 'BELOW_LINE'", householdId));
    }

    private static boolean hasMonitoring(long householdId) {
        try {
            return count("SELECT COUNT(*) FROM MONITORING.MONITORED_HOUSEHOLD WHERE HOUSEHOLD_ID = ?", householdId) > 0;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theHouseholdEditorShowsItsMonitoringPage() throws Exception {
        long householdId = count("SELECT MIN(HOUSEHOLD_ID) FROM MONITORING.MONITORED_HOUSEHOLD");
        IEditorPart household = HouseholdEditors.open(page(), store, householdId,
                text("SELECT NUMBER FROM CORE.HOUSEHOLD WHERE ID = ?", householdId));
        HouseholdMonitoringPage page = Adapters.adapt(((FormEditor) household).setActivePage("monitoring.monitoring"),
                HouseholdMonitoringPage.class);
        settle(page.reading());
        assertEquals(count("SELECT COUNT(*) FROM MONITORING.MONITORED_HOUSEHOLD WHERE HOUSEHOLD_ID = ?", householdId),
                page.shown().monitored().size());
        assertEquals(count("SELECT COUNT(*) FROM MONITORING.WARNING WHERE HOUSEHOLD_ID = ?", householdId), page.shown().warnings().size());
        assertEquals(count("SELECT COUNT(*) FROM MONITORING.INCOME_CARD WHERE HOUSEHOLD_ID = ?", householdId), page.shown().cards().size());

        IncomeCard next = EcoreUtil.copy(page.shown().cards().get(0).card());
        int latest = next.getYear();
        next.setYear(latest + 5);
        next.setWages(new BigDecimal("30000"));
        Optional<String> refused = page.enter(next);
        assertTrue(refused.orElseThrow().contains(String.valueOf(next.getYear())), "no parameters for the year yet: " + refused.get());
        next.setYear(latest);
        assertEquals(Optional.empty(), page.enter(next), "the latest year's card changed");
        settle(page.reading());
        assertEquals(new BigDecimal("30000.00"), page.shown().cards().get(0).card().getWages());
        assertEquals(page.shown().cards().get(0).account().perCapitaNet().toPlainString(),
                text("SELECT CHAR(PER_CAPITA_NET_INCOME) FROM CORE.ANNUAL_INCOME WHERE HOUSEHOLD_ID = ? AND YEAR_ = " + next.getYear(), householdId)
                        .strip(),
                "the card's figure is the household's income");
    }

    @Test
    void aNewPolicyYearBeginsFromTheLastAndIsEditedInItsForm() throws Exception {
        PolicyYearsView view = (PolicyYearsView) page().showView(PolicyYearsView.ID);
        settle(view.refresh());
        long years = count("SELECT COUNT(*) FROM MONITORING.POLICY_YEAR");
        assertEquals(years, view.years().size());
        int last = view.years().get(0).year();
        PolicyYears.addNextYear(store, "市级业务员");
        settle(view.refresh());
        assertEquals(last + 1, view.years().get(0).year());
        assertEquals(view.years().get(1).incomeLine(), view.years().get(0).incomeLine(), "the new year starts from the last one's line");

        ObjectEditor editor = view.edit(view.years().get(0));
        EditCommands.apply(editor.domain(), editor.object(), MonitoringPackage.Literals.POLICY_YEAR__INCOME_LINE, new BigDecimal("7200"));
        assertEquals("修改 监测收入线（元/人）", editor.domain().getCommandStack().getUndoCommand().getLabel(), "the form speaks the user's words");
        assertEquals(Optional.empty(), editor.save());
        assertEquals(1, count("SELECT COUNT(*) FROM MONITORING.POLICY_YEAR WHERE YEAR_ = ? AND INCOME_LINE = 7200", last + 1));
    }

    @Test
    void aRigidExpenditureIsCreatedEditedSavedReopenedAndDeletedInItsGenericForm() throws Exception {
        String number = householdNumber();
        GenericForms.roundTrip(store, MonitoringPackage.Literals.RIGID_EXPENDITURE, "MONITORING.RIGID_EXPENDITURE", editor -> {
            GenericForms.choose(editor, "household", number);
            assertEquals(number, ((Household) editor.object().eGet(MonitoringPackage.Literals.RIGID_EXPENDITURE__HOUSEHOLD)).getNumber());
            GenericForms.type(editor, "date", "2024-08-09");
        }, "amount", "八千", "8000", Map.of(MonitoringPackage.Literals.RIGID_EXPENDITURE__AMOUNT, new BigDecimal("8000.00"),
                MonitoringPackage.Literals.RIGID_EXPENDITURE__DATE, LocalDate.of(2024, 8, 9)));
    }

    private static String householdNumber() throws Exception {
        try (Connection connection = store.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT MAX(NUMBER) FROM CORE.HOUSEHOLD")) {
            rows.next();
            return rows.getString(1);
        }
    }
}
