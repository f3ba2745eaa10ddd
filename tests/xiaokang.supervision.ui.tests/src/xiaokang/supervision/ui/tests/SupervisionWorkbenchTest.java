package xiaokang.supervision.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static xiaokang.ui.testing.Workbench.page;
import static xiaokang.ui.testing.Workbench.settle;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import xiaokang.core.ui.ObjectEditor;
import xiaokang.edit.ui.EditCommands;
import xiaokang.store.Store;
import xiaokang.supervision.LedgerEntry;
import xiaokang.supervision.LedgerFilter;
import xiaokang.supervision.SupervisionRecords;
import xiaokang.supervision.model.ProblemStatus;
import xiaokang.supervision.model.ProblemTransition;
import xiaokang.supervision.model.SupervisionPackage;
import xiaokang.supervision.ui.internal.ProblemEditor;
import xiaokang.supervision.ui.internal.ProblemLedgerView;
import xiaokang.supervision.ui.internal.RescreeningView;
import xiaokang.supervision.ui.internal.SupervisionRecordsView;
import xiaokang.ui.testing.Workbench;
import java.util.Map;
import xiaokang.ui.testing.GenericForms;
import xiaokang.core.ui.RecordEditors;
import xiaokang.core.ui.StoredObjectInput;
import org.eclipse.ui.IEditorPart;

/** A user finds an open problem in the ledger and takes it to closed; the re-screening view shows its round. */
class SupervisionWorkbenchTest {

    private static Store store;

    @BeforeAll
    static void demoCounty() throws Exception {
        store = Workbench.demoCounty("xiaokang-supervision-ui-");
    }

    private static String storedStatus(String number) throws Exception {
        try (Connection connection = store.connect();
                PreparedStatement query = connection.prepareStatement("SELECT STATUS FROM SUPERVISION.PROBLEM WHERE NUMBER = ?")) {
            query.setString(1, number);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    @Test
    void anOpenProblemIsRectifiedReviewedAndClosedFromTheLedger() throws Exception {
        ProblemLedgerView ledger = (ProblemLedgerView) page().showView(ProblemLedgerView.ID);
        settle(ledger.refresh());
        assertTrue(ledger.visible().size() > 3_000, "the whole ledger is listed: " + ledger.visible().size());

        ledger.setFilter(new LedgerFilter(null, null, ProblemStatus.OPEN, null, false));
        List<LedgerEntry> open = ledger.visible();
        assertTrue(!open.isEmpty() && open.stream().allMatch(e -> e.status() == ProblemStatus.OPEN));
        ledger.setFilter(new LedgerFilter(null, null, null, null, true));
        assertTrue(ledger.visible().stream().allMatch(e -> e.overdue(LocalDate.now())), "the overdue filter");

        LedgerEntry entry = open.get(0);
        ProblemEditor editor = ledger.open(entry);
        assertEquals(entry.number(), editor.getPartName());
        String responsible = editor.problem().getResponsiblePerson();
        assertTrue(responsible != null && !responsible.isBlank(), "the demo assigns every problem");

        Optional<String> early = editor.perform(ProblemTransition.CLOSE, "王秀英", null);
        assertTrue(early.orElseThrow().contains("不能"), early.get());
        assertEquals(Optional.empty(), editor.perform(ProblemTransition.START, responsible, null));
        EditCommands.apply(editor.domain(), editor.problem(), SupervisionPackage.Literals.PROBLEM__RECTIFICATION, "已整改到位");
        assertTrue(editor.isDirty());
        assertEquals(Optional.empty(), editor.perform(ProblemTransition.SUBMIT, responsible, null));
        EditCommands.apply(editor.domain(), editor.problem(), SupervisionPackage.Literals.PROBLEM__EVIDENCE, "现场照片和签字确认表");

        Optional<String> ownReview = editor.perform(ProblemTransition.CLOSE, responsible, null);
        assertTrue(ownReview.orElseThrow().contains("不能自己验收"), ownReview.get());
        assertEquals("AWAITING_REVIEW", storedStatus(entry.number()));

        assertEquals(Optional.empty(), editor.perform(ProblemTransition.CLOSE, "市督查组王秀英", null));
        assertEquals("CLOSED", storedStatus(entry.number()));
        assertTrue(!editor.isDirty(), "the step saved the evidence with it");
        assertEquals(4, editor.problem().getEvents().size(), "found, started, submitted, closed");

        settle(ledger.refresh());
        ledger.setFilter(LedgerFilter.ALL);
        assertEquals(ProblemStatus.CLOSED, ledger.visible().stream().filter(e -> e.number().equals(entry.number()))
                .findFirst().orElseThrow().status());
    }

    @Test
    void aListingIsEditedInTheRecordEditorWithUndoAndSaved() throws Exception {
        SupervisionRecordsView view = (SupervisionRecordsView) page().showView(SupervisionRecordsView.ID);
        settle(view.refresh());
        List<?> listings = (List<?>) view.listings().getInput();
        assertEquals(15, listings.size(), "6 province and 4 city villages, 5 city townships");
        SupervisionRecords.Listing first = (SupervisionRecords.Listing) listings.get(0);
        ObjectEditor editor = view.edit(SupervisionPackage.Literals.LISTED_SUPERVISION, first.id(), first.village());
        Object before = editor.object().eGet(SupervisionPackage.Literals.LISTED_SUPERVISION__REASONS);
        EditCommands.apply(editor.domain(), editor.object(), SupervisionPackage.Literals.LISTED_SUPERVISION__REASONS, "饮水工程滞后");
        assertTrue(editor.isDirty());
        assertEquals("修改 挂牌原因", editor.domain().getCommandStack().getUndoCommand().getLabel(), "what Undo names");
        editor.domain().getCommandStack().undo();
        assertEquals(before, editor.object().eGet(SupervisionPackage.Literals.LISTED_SUPERVISION__REASONS), "undo restores the reasons");
        assertTrue(!editor.isDirty(), "nothing left to save after undoing the only change");
        editor.domain().getCommandStack().redo();
        assertEquals("饮水工程滞后", editor.object().eGet(SupervisionPackage.Literals.LISTED_SUPERVISION__REASONS), "redo");
        assertTrue(editor.isDirty());
        assertEquals(Optional.empty(), editor.save());
        assertTrue(!editor.isDirty());
        try (Connection connection = store.connect();
                PreparedStatement query = connection.prepareStatement("SELECT REASONS FROM SUPERVISION.LISTED_SUPERVISION WHERE ID = ?")) {
            query.setLong(1, first.id());
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                assertEquals("饮水工程滞后", rows.getString(1));
            }
        }
    }

    @Test
    void theRescreeningViewShowsTheRoundsProgressAndRunsIt() throws Exception {
        RescreeningView view = (RescreeningView) page().showView(RescreeningView.ID);
        settle(view.refresh());
        String figure = view.figure();
        assertTrue(figure.contains("已筛") && figure.contains("应筛"), figure);
        assertTrue(!figure.contains("100.0%"), "the demo round is not finished: " + figure);
        settle(view.run(view.rounds().get(0)));
        settle(view.refresh());
        assertTrue(view.figure().contains("100.0%"), view.figure());
    }

    @Test
    void aListingIsCreatedEditedSavedReopenedAndDeletedInItsGenericForm() throws Exception {
        page().showView(SupervisionRecordsView.ID);
        GenericForms.roundTrip(store, SupervisionPackage.Literals.LISTED_SUPERVISION, "SUPERVISION.LISTED_SUPERVISION", editor -> {
            GenericForms.choose(editor, "township", "黑田铺");
            GenericForms.type(editor, "reasons", "安全饮水工程进度滞后");
        }, "listedOn", "2024-13-45", "2024-03-01", Map.of(SupervisionPackage.Literals.LISTED_SUPERVISION__LISTED_ON, LocalDate.of(2024, 3, 1),
                SupervisionPackage.Literals.LISTED_SUPERVISION__REASONS, "安全饮水工程进度滞后"));
    }

    @Test
    void aProblemOpensInTheLedgersEditorWhereverItIsOpenedAndIsNotCreatedInAGenericForm() throws Exception {
        assertEquals(ProblemEditor.ID, RecordEditors.editorId(SupervisionPackage.Literals.PROBLEM));
        assertTrue(!RecordEditors.creatable(SupervisionPackage.Literals.PROBLEM), "a problem is registered in the ledger");
        assertEquals(ObjectEditor.ID, RecordEditors.editorId(SupervisionPackage.Literals.LISTED_SUPERVISION), "the generic form by default");
        assertTrue(RecordEditors.creatable(SupervisionPackage.Literals.LISTED_SUPERVISION));
        long id = GenericForms.count(store, "SELECT MIN(ID) FROM SUPERVISION.PROBLEM");
        IEditorPart editor = RecordEditors.open(page(), new StoredObjectInput(store, SupervisionPackage.Literals.PROBLEM, id, "问题"));
        assertTrue(editor instanceof ProblemEditor, "its status moves only through the ledger's steps: " + editor);
        page().closeEditor(editor, false);
    }
}
