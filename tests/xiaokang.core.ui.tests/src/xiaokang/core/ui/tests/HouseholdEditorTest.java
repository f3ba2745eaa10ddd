package xiaokang.core.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import xiaokang.core.IdNumbers;
import xiaokang.core.model.AnnualIncome;
import xiaokang.core.model.Cadre;
import xiaokang.core.model.City;
import xiaokang.core.model.CoreFactory;
import xiaokang.core.model.CorePackage;
import xiaokang.core.model.Household;
import xiaokang.core.model.HouseholdStatus;
import xiaokang.core.model.Person;
import xiaokang.core.model.Relation;
import xiaokang.core.model.Township;
import xiaokang.core.model.Village;
import xiaokang.core.model.WorkUnit;
import xiaokang.core.ui.HouseholdEditors;
import xiaokang.core.ui.internal.HouseholdEditor;
import xiaokang.core.ui.internal.HouseholdHistoryPage;
import xiaokang.core.ui.internal.HouseholdMembersPage;
import xiaokang.core.ui.internal.ProblemsView;
import xiaokang.edit.ui.EditCommands;
import xiaokang.core.ui.internal.SearchView;
import xiaokang.store.Database;
import xiaokang.store.Session;
import xiaokang.store.Store;
import java.util.function.Consumer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import xiaokang.edit.ui.FeatureFields;
import xiaokang.edit.ui.RecordFormDialog;
import xiaokang.core.ui.internal.HouseholdChecksPage;
import xiaokang.core.ui.internal.HouseholdFactsPage;
import xiaokang.core.model.Assessment;
import xiaokang.core.model.CheckResult;
import xiaokang.core.model.Check;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import xiaokang.edit.ui.ItemPropertySource;
import xiaokang.core.model.Health;

/** A user corrects a household: a wrong ID number is caught, the fix is saved, undone and redone; search finds it; two desks conflict. */
class HouseholdEditorTest {

    private static final CoreFactory F = CoreFactory.eINSTANCE;
    private static final String HEAD_ID = IdNumbers.of("430582", LocalDate.of(1968, 3, 9), 13);
    private static final String CHILD_ID = IdNumbers.of("430582", LocalDate.of(2008, 9, 1), 24);
    private static final String NEWBORN_ID = IdNumbers.of("430582", LocalDate.of(2020, 5, 4), 31);

    @TempDir
    Path folder;
    private Store store;
    private long householdId;

    @BeforeEach
    void storeOneHousehold() throws Exception {
        City city = F.createCity();
        city.setName("邵东市");
        Township township = F.createTownship();
        township.setName("廉桥镇");
        city.getTownships().add(township);
        Village village = F.createVillage();
        village.setName("长流村");
        township.getVillages().add(village);
        Household household = F.createHousehold();
        household.setNumber("430582100001");
        household.setStatus(HouseholdStatus.LIFTED_OUT);
        household.setAddress("长流村三组");
        village.getHouseholds().add(household);
        household.getMembers().add(person("曾建国", HEAD_ID, Relation.HEAD));
        household.getMembers().add(person("曾小雨", CHILD_ID, Relation.CHILD));
        AnnualIncome income = F.createAnnualIncome();
        income.setYear(2020);
        income.setPerCapitaNetIncome(new BigDecimal("9800.00"));
        household.getIncomes().add(income);
        store = Store.open(Database.embedded(folder.resolve("db")), List.of(CorePackage.eINSTANCE));
        try (Session session = store.openSession("test")) {
            session.add(city);
            session.commit();
            householdId = session.id(household);
        }
    }

    private static Person person(String name, String id, Relation relation) {
        Person person = F.createPerson();
        person.setName(name);
        person.setIdNumber(id);
        person.setRelation(relation);
        return person;
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    private HouseholdEditor open() throws Exception {
        HouseholdEditor editor = (HouseholdEditor) HouseholdEditors.open(page(), store, householdId, "430582100001 曾建国");
        settle();
        return editor;
    }

    private static void settle() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // run the editor's pending refreshes
        }
    }

    private Household stored() throws Exception {
        try (Session session = store.openSession("check")) {
            Household household = session.get(CorePackage.Literals.HOUSEHOLD, householdId);
            session.children(household, CorePackage.Literals.HOUSEHOLD__MEMBERS);
            session.children(household, CorePackage.Literals.HOUSEHOLD__INCOMES);
            return household;
        }
    }

    @AfterEach
    void close() {
        page().closeAllEditors(false);
    }

    @Test
    void aWrongIdNumberIsShownAndRefusedThenTheFixIsSavedUndoneAndRedone() throws Exception {
        HouseholdEditor editor = open();
        assertFalse(editor.isDirty(), "opening changes nothing");
        HouseholdMembersPage members = (HouseholdMembersPage) editor.setActivePage(HouseholdMembersPage.ID);
        settle();
        Person child = editor.household().getMembers().get(1);
        String wrong = CHILD_ID.substring(0, 17) + (CHILD_ID.charAt(17) == '1' ? '2' : '1');

        members.setMember(child, CorePackage.Literals.PERSON__ID_NUMBER, wrong);
        settle();
        assertTrue(members.problemMessage().contains(wrong), members.problemMessage());
        assertTrue(members.problemMessage().contains("校验码不符"), members.problemMessage());
        assertEquals(HouseholdEditor.SaveOutcome.REFUSED, editor.trySave());
        assertTrue(editor.lastProblem().contains(wrong), editor.lastProblem());
        assertTrue(editor.isDirty());
        assertEquals(CHILD_ID, stored().getMembers().get(1).getIdNumber(), "nothing written");

        members.setMember(child, CorePackage.Literals.PERSON__ID_NUMBER, CHILD_ID.substring(0, 17) + CHILD_ID.charAt(17));
        members.setMember(child, CorePackage.Literals.PERSON__NAME, "曾晓雨");
        settle();
        assertNull(members.problemMessage());
        assertEquals(HouseholdEditor.SaveOutcome.SAVED, editor.trySave());
        assertFalse(editor.isDirty());
        assertEquals("曾晓雨", stored().getMembers().get(1).getName());

        AnnualIncome income = editor.household().getIncomes().get(0);
        editor.domain().getCommandStack().execute(EditCommands.set(editor.domain(), income,
                CorePackage.Literals.ANNUAL_INCOME__PER_CAPITA_NET_INCOME, new BigDecimal("10200.00")));
        assertEquals("撤销 修改 人均纯收入", editor.undoRedo().undo().getText());
        editor.undoRedo().undo().run();
        assertEquals(new BigDecimal("9800.00"), editor.household().getIncomes().get(0).getPerCapitaNetIncome());
        assertFalse(editor.isDirty(), "undone back to the last save");
        assertEquals("重做 修改 人均纯收入", editor.undoRedo().redo().getText());
        editor.undoRedo().redo().run();
        assertEquals(new BigDecimal("10200.00"), editor.household().getIncomes().get(0).getPerCapitaNetIncome());
        assertEquals(HouseholdEditor.SaveOutcome.SAVED, editor.trySave());
        assertEquals(0, new BigDecimal("10200.00").compareTo(stored().getIncomes().get(0).getPerCapitaNetIncome()));
    }

    @Test
    void theCadreFieldShowsTheCadreWithoutRepeatingTheFieldsName() throws Exception {
        try (Session session = store.openSession("test")) {
            City city = session.<City>roots(CorePackage.Literals.CITY).get(0);
            session.children(city, CorePackage.Literals.CITY__WORK_UNITS);
            WorkUnit unit = F.createWorkUnit();
            unit.setName("市农业农村局");
            Cadre cadre = F.createCadre();
            cadre.setName("杨然军");
            unit.getCadres().add(cadre);
            city.getWorkUnits().add(unit);
            session.<Household>get(CorePackage.Literals.HOUSEHOLD, householdId).setCadre(cadre);
            session.commit();
        }
        HouseholdEditor editor = open();

        List<String> labels = widgets(editor.getSite().getShell()).filter(Label.class::isInstance).map(w -> ((Label) w).getText()).toList();
        assertTrue(labels.contains("杨然军"), labels::toString);
        assertFalse(labels.contains("帮扶干部 杨然军"), labels::toString);
    }

    private static Stream<Control> widgets(Control control) {
        Stream<Control> children = control instanceof Composite composite
                ? Arrays.stream(composite.getChildren()).flatMap(HouseholdEditorTest::widgets)
                : Stream.empty();
        return Stream.concat(Stream.of(control), children);
    }

    @Test
    void aMemberIsAddedWhenItsIdNumberIsRightAndRemovedWithTheRecordKept() throws Exception {
        HouseholdEditor editor = open();
        HouseholdMembersPage members = (HouseholdMembersPage) editor.setActivePage(HouseholdMembersPage.ID);
        settle();
        int before = editor.household().getMembers().size();
        Person born = members.addMember();
        settle();
        assertTrue(editor.undoRedo().undo().getText().startsWith("撤销 添加 "), editor.undoRedo().undo().getText());
        assertEquals(HouseholdEditor.SaveOutcome.REFUSED, editor.trySave(), "a member without an ID number is not saved");
        members.setMember(born, CorePackage.Literals.PERSON__NAME, "曾小满");
        members.setMember(born, CorePackage.Literals.PERSON__ID_NUMBER, NEWBORN_ID);
        settle();
        assertEquals(HouseholdEditor.SaveOutcome.SAVED, editor.trySave());
        assertEquals(before + 1, stored().getMembers().size());

        members.removeMember(editor.household().getMembers().get(before));
        assertEquals(HouseholdEditor.SaveOutcome.SAVED, editor.trySave());
        assertEquals(before, stored().getMembers().size());
        HouseholdHistoryPage history = (HouseholdHistoryPage) editor.findPage("history");
        List<HouseholdHistoryPage.Entry> removed = history.read().stream()
                .filter(e -> e.action().equals("DELETE") && e.table().equals("CORE.PERSON")).toList();
        assertEquals(1, removed.size(), "the change history keeps the removed member");
        assertTrue(removed.get(0).oldValue().contains("\"NAME\":\"曾小满\"") && removed.get(0).oldValue().contains(NEWBORN_ID),
                "with its values: " + removed.get(0).oldValue());
    }

    @Test
    void aMemberOfAnotherHouseholdOrAnotherHouseholdsNumberIsRefused() throws Exception {
        try (Session session = store.openSession("test")) {
            City city = session.<City>roots(CorePackage.Literals.CITY).get(0);
            Township township = session.<Township>children(city, CorePackage.Literals.CITY__TOWNSHIPS).get(0);
            Village village = session.<Village>children(township, CorePackage.Literals.TOWNSHIP__VILLAGES).get(0);
            session.children(village, CorePackage.Literals.VILLAGE__HOUSEHOLDS);
            Household other = F.createHousehold();
            other.setNumber("430582100002");
            other.getMembers().add(person("曾建军", NEWBORN_ID, Relation.HEAD));
            village.getHouseholds().add(other);
            session.commit();
        }
        HouseholdEditor editor = open();
        HouseholdMembersPage members = (HouseholdMembersPage) editor.setActivePage(HouseholdMembersPage.ID);
        settle();
        Person again = members.addMember();
        members.setMember(again, CorePackage.Literals.PERSON__NAME, "曾建军");
        members.setMember(again, CorePackage.Literals.PERSON__ID_NUMBER, NEWBORN_ID);
        settle();
        assertEquals(HouseholdEditor.SaveOutcome.REFUSED, editor.trySave());
        assertTrue(editor.lastProblem().contains(NEWBORN_ID) && editor.lastProblem().contains("430582100002"), editor.lastProblem());
        members.removeMember(again);
        EditCommands.apply(editor.domain(), editor.household(), CorePackage.Literals.HOUSEHOLD__NUMBER, "430582100002");
        assertEquals(HouseholdEditor.SaveOutcome.REFUSED, editor.trySave());
        assertTrue(editor.lastProblem().contains("430582100002"), editor.lastProblem());
        assertEquals(2, stored().getMembers().size(), "nothing was saved");
    }

    @Test
    void searchFindsTheHouseholdByNameIdDigitsAndNumber() throws Exception {
        SearchView search = (SearchView) page().showView(SearchView.ID);
        search.use(store);
        for (String query : List.of("曾建", HEAD_ID.substring(14), HEAD_ID, "430582100001")) {
            Job job = search.search(query);
            while (job.getState() != Job.NONE) {
                settle();
                Thread.sleep(10);
            }
            settle();
            System.out.println("search \"" + query + "\": " + search.status());
            List<String> names = Arrays.stream(search.results().getTable().getItems()).map(item -> item.getText(0)).toList();
            assertTrue(names.contains("曾建国"), query + " -> " + names + " " + search.status());
        }
        TableItem first = search.results().getTable().getItem(0);
        assertEquals("430582100001", first.getText(2));
        page().hideView(search);
    }

    @Test
    void aConflictWithAnotherDeskIsDetectedAndOverwriteKeepsBothChanges() throws Exception {
        HouseholdEditor editor = open();
        editor.domain().getCommandStack().execute(EditCommands.set(editor.domain(), editor.household(),
                CorePackage.Literals.HOUSEHOLD__ADDRESS, "长流村五组"));
        try (Session other = store.openSession("另一台电脑")) {
            Household household = other.get(CorePackage.Literals.HOUSEHOLD, householdId);
            household.setYearLifted(2019);
            other.commit();
        }

        assertEquals(HouseholdEditor.SaveOutcome.CONFLICT, editor.trySave());
        assertTrue(editor.isDirty(), "the user's change is kept");
        assertTrue(editor.overwrite());
        Household stored = stored();
        assertEquals("长流村五组", stored.getAddress());
        assertEquals(2019, stored.getYearLifted(), "the other desk's change stays");
        assertFalse(editor.isDirty());
    }

    @Test
    void theProblemsViewListsBreachesAndChecksASavedHouseholdAgain() throws Exception {
        ProblemsView problems = (ProblemsView) page().showView(ProblemsView.ID);
        problems.use(store);
        Job check = problems.checkCounty();
        long deadline = System.currentTimeMillis() + 120_000;
        while (check.getResult() == null) {
            assertTrue(System.currentTimeMillis() < deadline, "the county check did not end within two minutes");
            settle();
            Thread.sleep(20);
        }
        settle();
        ProblemsView.Problem uninsured = problems.problems().stream().filter(problem -> problem.violation().ruleId()
                .equals("core.basic-medical") && problem.household().equals("430582100001")).findFirst()
                .orElseThrow(() -> new AssertionError(problems.problems().toString()));

        problems.open(uninsured);
        settle();
        HouseholdEditor editor = (HouseholdEditor) page().getActiveEditor();
        assertEquals(HouseholdMembersPage.ID, editor.getActivePageInstance().getId(), "opened at the members");
        Person selected = (Person) ((HouseholdMembersPage) editor.getActivePageInstance()).table().getStructuredSelection()
                .getFirstElement();
        assertEquals(((Person) uninsured.violation().target()).getIdNumber(), selected.getIdNumber(), "the member at fault is selected");
        HouseholdMembersPage membersPage = (HouseholdMembersPage) editor.getActivePageInstance();
        assertTrue(membersPage.ruleMarks().shown().stream().anyMatch(message -> message.contains("未参加基本医疗保险")),
                "the rule's finding at the member's field: " + membersPage.ruleMarks().shown());
        for (Person member : editor.household().getMembers()) {
            editor.domain().getCommandStack().execute(EditCommands.set(editor.domain(), member,
                    CorePackage.Literals.PERSON__MEDICAL_INSURANCE, true));
        }
        settle();
        assertTrue(membersPage.ruleMarks().shown().stream().noneMatch(message -> message.contains("未参加基本医疗保险")),
                "the mark goes as the field is corrected, before the save: " + membersPage.ruleMarks().shown());
        assertEquals(HouseholdEditor.SaveOutcome.SAVED, editor.trySave());
        assertTrue(problems.problems().stream().noneMatch(problem -> problem.violation().ruleId().equals("core.basic-medical")),
                problems.problems()::toString);
        page().hideView(problems);
    }

    /** Runs {@code open} (which opens a record's form dialog), and in the dialog {@code fill}, then 完成. */
    private static void inDialog(Runnable open, Consumer<RecordFormDialog> fill) {
        Display display = Display.getCurrent();
        display.asyncExec(new Runnable() {
            @Override
            public void run() {
                for (Shell shell : display.getShells()) {
                    if (shell.getData() instanceof RecordFormDialog dialog) {
                        fill.accept(dialog);
                        dialog.done();
                        return;
                    }
                }
                display.asyncExec(this);
            }
        });
        open.run();
        settle();
    }

    private static void type(Control root, String feature, String value) {
        Text text = (Text) FeatureFields.find(root, feature).orElseThrow(() -> new AssertionError("no field " + feature));
        text.setFocus();
        text.setText(value);
        text.notifyListeners(SWT.DefaultSelection, null);
        settle();
    }

    private static boolean finds(ProblemsView problems, String rule) {
        return problems.problems().stream().anyMatch(problem -> problem.violation().ruleId().equals(rule)
                && problem.household().equals("430582100001"));
    }

    @Test
    void memberFactsANewAssessmentAnIncomeYearAndAnAssistanceMeasureAreEnteredInTheFormsAndTheProblemsViewFollows() throws Exception {
        ProblemsView problems = (ProblemsView) page().showView(ProblemsView.ID);
        problems.use(store);
        Job check = problems.checkCounty();
        while (check.getResult() == null) {
            settle();
            Thread.sleep(20);
        }
        settle();
        assertTrue(finds(problems, "core.basic-medical") && !finds(problems, "core.drinking-water"), problems.problems()::toString);
        HouseholdEditor editor = open();

        HouseholdMembersPage members = (HouseholdMembersPage) editor.setActivePage(HouseholdMembersPage.ID);
        settle();
        for (Person member : editor.household().getMembers()) {
            members.select(member);
            settle();
            Button insured = (Button) FeatureFields.find(members.getPartControl(), "medicalInsurance").orElseThrow();
            insured.setSelection(true);
            insured.notifyListeners(SWT.Selection, null);
            Combo health = (Combo) FeatureFields.find(members.getPartControl(), "health").orElseThrow();
            health.select(1);
            health.notifyListeners(SWT.Selection, null);
        }
        assertTrue(editor.household().getMembers().stream().allMatch(Person::isMedicalInsurance), "every member insured in the form");

        HouseholdChecksPage checks = (HouseholdChecksPage) editor.setActivePage(HouseholdChecksPage.ID);
        settle();
        inDialog(checks::addAssessment, dialog -> {
            type(dialog.getShell(), "assessor", "村第一书记");
            Assessment assessment = editor.household().getAssessments().get(editor.household().getAssessments().size() - 1);
            CheckResult water = assessment.getResults().stream().filter(r -> r.getCheck() == Check.DRINKING_WATER).findFirst().orElseThrow();
            EditCommands.apply(editor.domain(), water, CorePackage.Literals.CHECK_RESULT__PASSED, false);
        });
        assertEquals(1, editor.household().getAssessments().size(), "the new assessment is kept");
        assertEquals(6, editor.household().getAssessments().get(0).getResults().size(), "with its six checks");

        HouseholdFactsPage facts = (HouseholdFactsPage) editor.setActivePage(HouseholdFactsPage.ID);
        settle();
        inDialog(() -> facts.records(CorePackage.Literals.HOUSEHOLD__INCOMES).add(), dialog -> {
            type(dialog.getShell(), "year", "2024");
            type(dialog.getShell(), "perCapitaNetIncome", "12,600");
        });
        inDialog(() -> facts.records(CorePackage.Literals.HOUSEHOLD__ASSISTANCE).add(), dialog -> {
            type(dialog.getShell(), "kind", "core.medical-aid");
            type(dialog.getShell(), "date", "2024-05-01");
            type(dialog.getShell(), "amount", "2000");
        });
        assertEquals(HouseholdEditor.SaveOutcome.SAVED, editor.trySave(), editor::lastProblem);

        assertTrue(!finds(problems, "core.basic-medical"), "the insured members' findings went: " + problems.problems());
        assertTrue(finds(problems, "core.drinking-water"), "the new assessment's failed check is found: " + problems.problems());
        assertEquals(1, count("SELECT COUNT(*) FROM CORE.ASSESSMENT"));
        assertEquals(6, count("SELECT COUNT(*) FROM CORE.CHECK_RESULT WHERE ASSESSMENT_ID IS NOT NULL"));
        assertEquals(1, count("SELECT COUNT(*) FROM CORE.ANNUAL_INCOME WHERE YEAR_ = 2024 AND PER_CAPITA_NET_INCOME = 12600"));
        assertEquals(1, count("SELECT COUNT(*) FROM CORE.ASSISTANCE_MEASURE WHERE AMOUNT = 2000 AND KIND = 'core.medical-aid'"));
        assertEquals(2, count("SELECT COUNT(*) FROM CORE.PERSON WHERE MEDICAL_INSURANCE = TRUE"));
        page().hideView(problems);
    }

    private long count(String sql) throws Exception {
        try (Connection connection = store.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void aMembersFactIsEditedInThePropertiesViewThroughTheEditorsCommands() throws Exception {
        HouseholdEditor editor = open();
        assertTrue(editor.getAdapter(IPropertySheetPage.class) != null, "the editor gives the Properties view its own page");
        Person member = editor.household().getMembers().get(1);
        IPropertySource source = ItemPropertySource.editable(member, editor.domain());
        PropertyDescriptor health = (PropertyDescriptor) Arrays.stream(source.getPropertyDescriptors())
                .filter(d -> d.getId().equals("health")).findFirst().orElseThrow();
        CellEditor cell = health.createPropertyEditor(page().getWorkbenchWindow().getShell());
        assertTrue(cell != null, "health is edited in the view");
        cell.setValue(Health.SERIOUS_ILLNESS);
        source.setPropertyValue(health.getId(), cell.getValue());
        assertEquals(Health.SERIOUS_ILLNESS, member.getHealth());
        assertTrue(editor.isDirty());
        assertEquals("修改 健康状况", editor.domain().getCommandStack().getUndoCommand().getLabel(), "an undoable command of the editor");
        editor.domain().getCommandStack().undo();
        assertTrue(member.getHealth() != Health.SERIOUS_ILLNESS && !editor.isDirty(), "undone");
        PropertyDescriptor name = (PropertyDescriptor) Arrays.stream(source.getPropertyDescriptors()).filter(d -> d.getId().equals("idNumber"))
                .findFirst().orElseThrow();
        CellEditor text = name.createPropertyEditor(page().getWorkbenchWindow().getShell());
        text.setValue("4305");
        assertTrue(text.getErrorMessage() != null || !text.isValueValid(), "a wrong ID number is refused in the view, with why");
        cell.dispose();
        text.dispose();
    }
}
