package xiaokang.industry.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static xiaokang.ui.testing.Workbench.page;
import static xiaokang.ui.testing.Workbench.settle;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.IFormPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import xiaokang.core.model.Township;
import xiaokang.core.ui.HouseholdEditors;
import xiaokang.core.ui.RecordActions;
import xiaokang.industry.IndustryDirectory;
import xiaokang.industry.LinkRow;
import xiaokang.industry.NewLink;
import xiaokang.industry.model.IndustryPackage;
import xiaokang.industry.model.LinkMode;
import xiaokang.industry.ui.internal.HouseholdIndustryPage;
import xiaokang.industry.ui.internal.IndustryView;
import xiaokang.industry.ui.internal.PartnerEditor;
import xiaokang.store.Store;
import xiaokang.ui.testing.GenericForms;
import xiaokang.ui.testing.Workbench;
import xiaokang.core.ui.ObjectEditor;
import xiaokang.core.ui.StoredObjectInput;
import xiaokang.store.Session;
import xiaokang.industry.model.Cooperative;

/** A user finds a cooperative in the directory, links a household to it, and sees the link on both editors. */
class IndustryWorkbenchTest {

    private static Store store;

    @BeforeAll
    static void demoCounty() throws Exception {
        store = Workbench.demoCounty("xiaokang-industry-ui-");
    }

    /** A lifted-out household with no benefit link yet: its id and number. */
    private static String[] unlinkedHousehold() throws Exception {
        try (Connection connection = store.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT H.ID, H.NUMBER FROM CORE.HOUSEHOLD H"
                        + " LEFT JOIN INDUSTRY.BENEFIT_LINK L ON L.HOUSEHOLD_ID = H.ID"
                        + " WHERE L.ID IS NULL AND H.STATUS = 'LIFTED_OUT' ORDER BY H.NUMBER FETCH FIRST 1 ROWS ONLY")) {
            rows.next();
            return new String[] { rows.getString(1), rows.getString(2) };
        }
    }

    @Test
    void aHouseholdLinkedToACooperativeShowsOnBothEditors() throws Exception {
        IndustryView view = (IndustryView) page().showView(IndustryView.ID);
        settle(view.refresh());
        List<IndustryDirectory.Township> townships = view.townships();
        assertEquals(26, townships.size());
        assertEquals(1_091, townships.stream().mapToInt(IndustryDirectory.Township::cooperatives).sum());

        IndustryDirectory.Township zhuoshicao = townships.stream().filter(t -> t.name().equals("斫石曹乡")).findFirst().orElseThrow();
        List<IndustryDirectory.Entry> cooperatives;
        try (Connection connection = store.connect()) {
            cooperatives = IndustryDirectory.of(connection, IndustryPackage.Literals.COOPERATIVE, zhuoshicao.id());
        }
        IndustryDirectory.Entry cooperative = cooperatives.get(0);
        PartnerEditor editor = view.open(cooperative);
        assertEquals(cooperative.name(), editor.getPartName());
        assertEquals(cooperative.links(), editor.links().size());

        String[] household = unlinkedHousehold();
        Optional<String> unknown = editor.link(new NewLink("4305829999", IndustryPackage.Literals.COOPERATIVE, cooperative.id(),
                LinkMode.LABOUR, 2020, 1, null));
        assertTrue(unknown.orElseThrow().contains("4305829999"), unknown.get());
        assertEquals(Optional.empty(), editor.link(new NewLink(household[1], IndustryPackage.Literals.COOPERATIVE, cooperative.id(),
                LinkMode.CAPITAL_SHARE, 2020, 1, new BigDecimal("2500"))));
        LinkRow added = editor.links().stream().filter(row -> row.householdNumber().equals(household[1])).findFirst().orElseThrow();
        assertEquals(cooperative.links() + 1, editor.links().size());
        assertEquals(LinkMode.CAPITAL_SHARE, added.mode());

        IEditorPart householdEditor = HouseholdEditors.open(page(), store, Long.parseLong(household[0]), household[1]);
        IFormPage industry = ((FormEditor) householdEditor).setActivePage("industry.links");
        HouseholdIndustryPage page = Adapters.adapt(industry, HouseholdIndustryPage.class);
        settle(page.reading());
        assertEquals(List.of(cooperative.name()), page.links().stream().map(LinkRow::partner).toList(), "the household editor's industry page");
        assertEquals(0, new BigDecimal("2500").compareTo(page.links().get(0).incomeGain()));

        assertEquals(Optional.empty(), editor.unlink(added));
        assertEquals(cooperative.links(), editor.links().size());
        page.refresh();
        settle(page.reading());
        assertTrue(page.links().isEmpty(), "unlinked on both sides");
        page().closeAllEditors(false);
    }

    @Test
    void aCooperativeIsCreatedEditedSavedReopenedAndDeletedInItsGenericForm() throws Exception {
        page().showView(IndustryView.ID);
        GenericForms.roundTrip(store, IndustryPackage.Literals.COOPERATIVE, "INDUSTRY.COOPERATIVE", editor -> {
            GenericForms.type(editor, "name", "邵东市测试种养专业合作社");
            GenericForms.choose(editor, "township", "仙槎桥");
            assertEquals("仙槎桥镇", ((Township) editor.object().eGet(IndustryPackage.Literals.COOPERATIVE__TOWNSHIP)).getName(),
                    "the chooser found the township by part of its name");
        }, "members", "-3", "12", Map.of(IndustryPackage.Literals.COOPERATIVE__NAME, "邵东市测试种养专业合作社",
                IndustryPackage.Literals.COOPERATIVE__MEMBERS, 12));
    }

    @Test
    void aCooperativeThatHouseholdsAreLinkedToCannotBeDeletedAndTheMessageSaysByWhat() throws Exception {
        long cooperative = GenericForms.count(store, "SELECT MIN(COOPERATIVE_ID) FROM INDUSTRY.BENEFIT_LINK");
        long links = GenericForms.count(store, "SELECT COUNT(*) FROM INDUSTRY.BENEFIT_LINK WHERE COOPERATIVE_ID = " + cooperative);
        Optional<String> refused = RecordActions.delete(store, IndustryPackage.Literals.COOPERATIVE, cooperative);
        assertTrue(refused.orElseThrow().contains("引用"), refused.get());
        assertEquals(links, GenericForms.count(store, "SELECT COUNT(*) FROM INDUSTRY.BENEFIT_LINK WHERE COOPERATIVE_ID = " + cooperative));
        assertEquals(1, GenericForms.count(store, "SELECT COUNT(*) FROM INDUSTRY.COOPERATIVE WHERE ID = " + cooperative), "still there");
    }

    @Test
    void aGenericFormsSaveThatConflictsWithAnotherDeskIsRefusedAndOverwriteKeepsBothChanges() throws Exception {
        long id = GenericForms.count(store, "SELECT MAX(ID) FROM INDUSTRY.COOPERATIVE");
        long members = GenericForms.count(store, "SELECT MEMBERS FROM INDUSTRY.COOPERATIVE WHERE ID = " + id);
        ObjectEditor editor = (ObjectEditor) ObjectEditor.open(page(), new StoredObjectInput(store, IndustryPackage.Literals.COOPERATIVE, id, "合作社"));
        GenericForms.type(editor, "mainProducts", "茶油");
        try (Session other = store.openSession("另一台电脑")) {
            Cooperative cooperative = other.get(IndustryPackage.Literals.COOPERATIVE, id);
            cooperative.setMembers(cooperative.getMembers() + 1);
            other.commit();
        }
        Optional<String> conflict = editor.save();
        assertTrue(conflict.isPresent() && editor.conflicted(), "the second save is a conflict, not an overwrite: " + conflict);
        assertEquals(Optional.empty(), editor.overwrite(), "overwrite: this form's change made again on what the other desk saved");
        assertEquals(members + 1, GenericForms.count(store, "SELECT MEMBERS FROM INDUSTRY.COOPERATIVE WHERE ID = " + id), "theirs kept");
        assertEquals(1, GenericForms.count(store, "SELECT COUNT(*) FROM INDUSTRY.COOPERATIVE WHERE ID = " + id + " AND MAIN_PRODUCTS = '茶油'"),
                "ours saved");
        page().closeEditor(editor, false);
    }
}
