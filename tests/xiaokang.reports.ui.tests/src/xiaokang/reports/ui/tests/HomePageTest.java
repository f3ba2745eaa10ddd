package xiaokang.reports.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static xiaokang.ui.testing.Workbench.page;
import static xiaokang.ui.testing.Workbench.waitFor;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import xiaokang.cli.Folders;
import xiaokang.core.Rules;
import xiaokang.core.Severity;
import xiaokang.core.Validator;
import xiaokang.core.model.City;
import xiaokang.core.model.CorePackage;
import xiaokang.core.model.Household;
import xiaokang.core.model.Township;
import xiaokang.core.model.Village;
import xiaokang.data.CountyWalk;
import xiaokang.reports.testing.TestDemoDatabase;
import xiaokang.reports.testing.TestWorkbenchStore;
import xiaokang.reports.ui.internal.HomePage;
import xiaokang.store.Session;
import xiaokang.store.Store;

/** The home page opens by its command, shows the figures the plug-ins put on it, its tasks, and follows the selected place. */
class HomePageTest {

    private static Store store;

    @BeforeAll
    static void demoCounty() throws Exception {
        store = TestDemoDatabase.create(Folders.deletedAtExit(Files.createTempDirectory("xiaokang-home-")).resolve("db"));
        TestWorkbenchStore.serve(store);
    }

    private static HomePage openHome() throws Exception {
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(IHandlerService.class).executeCommand(HomePage.ID, null);
        return (HomePage) page().getActiveEditor();
    }

    @Test
    void theCityFiguresComeFirstAndOnlyTasksWithSomethingToDoAreListed() throws Exception {
        HomePage home = openHome();
        openHome();
        assertEquals(1, Arrays.stream(page().getEditorReferences()).map(IEditorReference::getId).filter(HomePage.ID::equals).count(),
                "the home page is opened once");
        waitFor("the city's figures", () -> home.figures().contains("core.households-lifted"));
        assertEquals(List.of("core.households-lifted", "core.people-lifted"), home.figures().subList(0, 2));
        List<String> expected = new ArrayList<>();
        try (Connection connection = store.connect();
                ResultSet rows = connection.createStatement().executeQuery(
                        "SELECT INDICATOR_ID FROM REPORTS.INDICATOR_VALUE WHERE LEVEL_ = 'CITY' AND VALUE_ > 0 "
                                + "AND RUN_ID = (SELECT MAX(ID) FROM REPORTS.INDICATOR_RUN)")) {
            while (rows.next()) {
                expected.add(rows.getString(1));
            }
        }
        for (String task : home.tasks()) {
            assertTrue(expected.contains(task), task + " is listed with nothing to do");
        }
        page().closeAllEditors(false);
    }

    @Test
    void aVillageSelectedShowsItsFiguresAndItsHouseholdsFindings() throws Exception {
        HomePage home = openHome();
        Village village;
        int errors = 0;
        Validator validator = new Validator(Rules.read(Platform.getExtensionRegistry()), LocalDate.now());
        try (Session session = store.openSession("test")) {
            City city = session.<City>roots(CorePackage.Literals.CITY).get(0);
            Township township = session.<Township>children(city, CorePackage.Literals.CITY__TOWNSHIPS).get(0);
            village = session.<Village>children(township, CorePackage.Literals.TOWNSHIP__VILLAGES).get(0);
            for (Household household : session.<Household>children(village, CorePackage.Literals.VILLAGE__HOUSEHOLDS)) {
                CountyWalk.loadForRules(session, household);
                errors += (int) validator.validateTree(household).stream().filter(v -> v.severity() == Severity.ERROR).count();
            }
        }
        home.selectionChanged(null, new StructuredSelection(village));
        waitFor("the village's findings", () -> home.findingsText().startsWith("规则检查："));
        assertTrue(home.findingsText().startsWith("规则检查：错误 " + errors + " 项"), home.findingsText());
        assertTrue(home.getTitle().equals("首页"), home.getTitle());
        assertTrue(home.figures().contains("core.households-lifted"), "a village has the figures too");
        page().closeAllEditors(false);
    }
}
