package xiaokang.employment.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static xiaokang.ui.testing.Workbench.page;
import static xiaokang.ui.testing.Workbench.settle;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.forms.editor.FormEditor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import xiaokang.core.ui.HouseholdEditors;
import xiaokang.employment.EmploymentGap;
import xiaokang.employment.MemberJobs;
import xiaokang.employment.ReturnProgress;
import xiaokang.employment.Workshops;
import xiaokang.employment.ui.internal.EmploymentView;
import xiaokang.employment.ui.internal.HouseholdEmploymentPage;
import xiaokang.employment.ui.internal.WorkshopEditor;
import xiaokang.store.Store;
import xiaokang.ui.testing.Workbench;
import java.util.Map;
import xiaokang.ui.testing.GenericForms;
import xiaokang.employment.model.EmploymentPackage;

/** A user opens a workshop from the employment view, takes on a person from the gap list, and sees the job on the household. */
class EmploymentWorkbenchTest {

    private static Store store;

    @BeforeAll
    static void demoCounty() throws Exception {
        store = Workbench.demoCounty("xiaokang-employment-ui-");
    }

    private static String householdNumber(long id) throws Exception {
        try (Connection connection = store.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT NUMBER FROM CORE.HOUSEHOLD WHERE ID = " + id)) {
            rows.next();
            return rows.getString(1);
        }
    }

    @Test
    void aPersonOnTheGapListIsTakenOnAtAWorkshop() throws Exception {
        EmploymentView view = (EmploymentView) page().showView(EmploymentView.ID);
        settle(view.refresh());
        EmploymentView.Overview overview = view.overview();
        assertEquals(115, overview.workshops().size());
        assertEquals(40, overview.gap().size());
        assertEquals(21_025, overview.progress().stream().mapToInt(ReturnProgress.Township::back).sum());

        Workshops.Row kanghui = overview.workshops().stream().filter(w -> "康汇服装有限公司".equals(w.operator())).findFirst().orElseThrow();
        WorkshopEditor editor = view.open(kanghui);
        assertEquals(kanghui.poorWorkers(), editor.workers().size());

        EmploymentGap.Person person = overview.gap().get(0);
        Optional<String> unknown = editor.addWorker(new Workshops.NewWorker("430521000000000000", LocalDate.now(), null, null));
        assertTrue(unknown.orElseThrow().contains("430521000000000000"), unknown.get());
        assertEquals(Optional.empty(), editor.addWorker(new Workshops.NewWorker(person.idNumber(), LocalDate.of(2026, 3, 1),
                new BigDecimal("2300"), new BigDecimal("20000"))));
        assertEquals(kanghui.poorWorkers() + 1, editor.workers().size());
        assertTrue(editor.workers().stream().anyMatch(w -> w.idNumber().equals(person.idNumber())));
        Optional<String> twice = editor.addWorker(new Workshops.NewWorker(person.idNumber(), LocalDate.of(2026, 3, 1), null, null));
        assertTrue(twice.orElseThrow().contains("已在本车间务工"), twice.get());

        settle(view.refresh());
        assertEquals(39, view.overview().gap().size(), "taken off the gap list");

        IEditorPart household = HouseholdEditors.open(page(), store, person.householdId(), householdNumber(person.householdId()));
        HouseholdEmploymentPage page = Adapters.adapt(((FormEditor) household).setActivePage("employment.jobs"), HouseholdEmploymentPage.class);
        settle(page.reading());
        List<MemberJobs.Entry> jobs = page.shown().stream().filter(e -> e.member().equals(person.name()) && e.job()).toList();
        assertEquals(List.of("康汇服装有限公司扶贫车间"), jobs.stream().map(MemberJobs.Entry::what).toList());
        page().closeAllEditors(false);
    }

    @Test
    void aWorkshopIsCreatedEditedSavedReopenedAndDeletedInItsGenericForm() throws Exception {
        page().showView(EmploymentView.ID);
        GenericForms.roundTrip(store, EmploymentPackage.Literals.WORKSHOP, "EMPLOYMENT.WORKSHOP", editor -> {
            GenericForms.type(editor, "name", "邵东市测试箱包扶贫车间");
            GenericForms.type(editor, "opened", "2020-05-01");
        }, "capacity", "三十", "30", Map.of(EmploymentPackage.Literals.WORKSHOP__NAME, "邵东市测试箱包扶贫车间",
                EmploymentPackage.Literals.WORKSHOP__CAPACITY, 30, EmploymentPackage.Literals.WORKSHOP__OPENED, LocalDate.of(2020, 5, 1)));
    }
}
