package xiaokang.core.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import xiaokang.core.Models;
import xiaokang.core.model.Assessment;
import xiaokang.core.model.Check;
import xiaokang.core.model.CheckResult;
import xiaokang.core.model.City;
import xiaokang.core.model.CoreFactory;
import xiaokang.core.model.CorePackage;
import xiaokang.core.model.Household;
import xiaokang.core.model.HouseholdStatus;
import xiaokang.core.model.Township;
import xiaokang.core.model.Village;
import xiaokang.core.ui.internal.CountyNavigator;
import xiaokang.core.ui.internal.PlaceEditor;
import xiaokang.data.Places;
import xiaokang.store.Database;
import xiaokang.store.Session;
import xiaokang.store.Store;

class CountyNavigatorTest {

    private static final CoreFactory F = CoreFactory.eINSTANCE;

    @TempDir
    Path folder;
    private CountyNavigator navigator;

    private static void storeSmallCounty(Path db) throws Exception {
        City city = F.createCity();
        city.setName("邵东市");
        Township township = F.createTownship();
        township.setName("廉桥镇");
        city.getTownships().add(township);
        for (String name : List.of("长流村", "永华村")) {
            Village village = F.createVillage();
            village.setName(name);
            township.getVillages().add(village);
        }
        for (int i = 0; i < 3; i++) {
            Household household = F.createHousehold();
            household.setNumber("43058200" + i);
            household.setStatus(HouseholdStatus.LIFTED_OUT);
            township.getVillages().get(0).getHouseholds().add(household);
        }
        Assessment assessment = F.createAssessment();
        assessment.setDate(LocalDate.of(2020, 10, 1));
        CheckResult water = F.createCheckResult();
        water.setCheck(Check.DRINKING_WATER);
        water.setPassed(false);
        assessment.getResults().add(water);
        township.getVillages().get(0).getHouseholds().get(2).getAssessments().add(assessment);
        Store store = Store.open(Database.embedded(db), List.of(CorePackage.eINSTANCE));
        try (Session session = store.openSession("test")) {
            session.add(city);
            session.commit();
        }
    }

    /** The navigator reads the database in a job: wait until the city shows. */
    private static void waitForTheCity(Tree tree) throws InterruptedException {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + 30_000;
        while (!(tree.getItemCount() > 0 && tree.getItem(0).getText().startsWith("邵东市"))) {
            assertTrue(System.currentTimeMillis() < deadline, "the city did not show in the navigator within 30 s");
            if (!display.readAndDispatch()) {
                Thread.sleep(20);
            }
        }
    }

    @AfterEach
    void close() {
        if (navigator != null) {
            navigator.getSite().getPage().hideView(navigator);
        }
    }

    @Test
    void aTownshipAndAVillageOpenInTheirEditorWithFiguresAndLists() throws Exception {
        Path db = folder.resolve("db");
        storeSmallCounty(db);
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        navigator = (CountyNavigator) page.showView(CountyNavigator.ID);
        TreeViewer viewer = navigator.viewer();
        Tree tree = viewer.getTree();
        navigator.load(() -> Store.open(Database.embedded(db), Models.read(Platform.getExtensionRegistry())));
        waitForTheCity(tree);
        Object township = tree.getItem(0).getItem(0).getData();
        navigator.open(township);
        PlaceEditor townshipEditor = (PlaceEditor) page.getActiveEditor();
        assertEquals("廉桥镇", townshipEditor.getPartName());
        assertEquals(List.of("长流村", "永华村"), townshipEditor.children().stream().map(Places.Child::name).toList());
        assertEquals(3, townshipEditor.figures().households());
        assertEquals(2, townshipEditor.figures().villages());
        assertEquals(3, townshipEditor.figures().householdsByStatus().get("LIFTED_OUT"));

        viewer.expandToLevel(township, 1);
        navigator.open(tree.getItem(0).getItem(0).getItem(0).getData());
        PlaceEditor villageEditor = (PlaceEditor) page.getActiveEditor();
        assertEquals("长流村", villageEditor.getPartName());
        assertEquals(List.of("430582000", "430582001", "430582002"), villageEditor.children().stream().map(Places.Child::name).toList());
        assertEquals(3, villageEditor.figures().households());
        page.closeAllEditors(false);
    }

    @Test
    void showsThePlacesWithCountsAndOpensThemLazily() throws Exception {
        Path db = folder.resolve("db");
        storeSmallCounty(db);
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        navigator = (CountyNavigator) page.showView(CountyNavigator.ID);
        TreeViewer viewer = navigator.viewer();
        Tree tree = viewer.getTree();

        navigator.load(() -> Store.open(Database.embedded(db), Models.read(Platform.getExtensionRegistry())));
        waitForTheCity(tree);
        Display display = Display.getCurrent();

        assertEquals("邵东市（1 个乡镇）", tree.getItem(0).getText());
        TreeItem township = tree.getItem(0).getItem(0);
        assertEquals("廉桥镇（2 个村，1 户未达标）", township.getText());
        viewer.expandToLevel(township.getData(), 1);
        TreeItem village = township.getItem(0);
        assertEquals("长流村（3 户，1 户未达标）", village.getText());
        viewer.expandToLevel(village.getData(), 1);
        assertEquals(3, village.getItemCount());
        assertTrue(village.getItem(0).getText().endsWith("已脱贫"), village.getItem(0).getText());
        assertTrue(village.getItem(2).getText().endsWith("未达标"), "the failing household is marked: " + village.getItem(2).getText());
        assertEquals(display.getSystemColor(org.eclipse.swt.SWT.COLOR_DARK_RED), village.getItem(2).getForeground(0));
        assertTrue(village.getItem(0).getData() instanceof Household);
        assertEquals("永华村（0 户）", township.getItem(1).getText());
        assertEquals(false, viewer.isExpandable(township.getItem(1).getData()), "an empty village cannot be opened");

        navigator.filter("永华");
        assertEquals(1, township.getItemCount(), "only the village whose name matches");
        assertEquals("永华村（0 户）", township.getItem(0).getText());
        navigator.filter("廉桥");
        assertEquals(2, township.getItemCount(), "a township's name brings all its villages");
        navigator.filter("没有这个村");
        assertEquals(0, tree.getItem(0).getItemCount());
        navigator.filter("");
        assertEquals(1, tree.getItem(0).getItemCount());

        viewer.expandToLevel(tree.getItem(0).getItem(0).getData(), 1);
        Village empty = (Village) tree.getItem(0).getItem(0).getItem(1).getData();
        settle(navigator.newHousehold(empty, " 430582999001 "));
        assertTrue(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor() != null,
                "the new household opens in its editor");
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
        viewer.expandToLevel(tree.getItem(0).getItem(0).getData(), 1);
        assertEquals("永华村（1 户）", tree.getItem(0).getItem(0).getItem(1).getText());
        viewer.expandToLevel(tree.getItem(0).getItem(0).getItem(1).getData(), 1);
        Household added = (Household) tree.getItem(0).getItem(0).getItem(1).getItem(0).getData();
        assertEquals("430582999001", added.getNumber());
        settle(navigator.deleteHousehold(added));
        viewer.expandToLevel(tree.getItem(0).getItem(0).getData(), 1);
        assertEquals("永华村（0 户）", tree.getItem(0).getItem(0).getItem(1).getText());
    }

    private static void settle(Job job) throws InterruptedException {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + 60_000;
        while (job.getState() != Job.NONE) {
            assertTrue(System.currentTimeMillis() < deadline, "the job \"" + job.getName() + "\" did not end within a minute");
            if (!display.readAndDispatch()) {
                Thread.sleep(20);
            }
        }
        while (display.readAndDispatch()) {
            // show what the job read
        }
    }

    @Test
    void anySelectedModelObjectHasChineseProperties() {
        Household household = F.createHousehold();
        household.setNumber("430582000001");
        household.setStatus(HouseholdStatus.LIFTED_OUT);

        IPropertySource properties = Adapters.adapt(household, IPropertySource.class);

        List<String> names = Arrays.stream(properties.getPropertyDescriptors()).map(IPropertyDescriptor::getDisplayName).toList();
        assertTrue(names.containsAll(List.of("编号", "状态", "建档立卡", "帮扶干部")), names::toString);
        assertEquals("430582000001", labelOf(properties, "编号"));
        assertEquals("已脱贫", labelOf(properties, "状态"));
    }

    private static String labelOf(IPropertySource properties, String displayName) {
        IPropertyDescriptor descriptor = Arrays.stream(properties.getPropertyDescriptors())
                .filter(d -> d.getDisplayName().equals(displayName)).findFirst().orElseThrow();
        return descriptor.getLabelProvider().getText(properties.getPropertyValue(descriptor.getId()));
    }
}
