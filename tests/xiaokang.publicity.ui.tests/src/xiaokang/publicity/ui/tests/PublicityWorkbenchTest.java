package xiaokang.publicity.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static xiaokang.ui.testing.Workbench.page;
import static xiaokang.ui.testing.Workbench.settle;

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
import xiaokang.publicity.FourOnes;
import xiaokang.publicity.model.FourOnesKind;
import xiaokang.publicity.ui.internal.FourOnesBoardView;
import xiaokang.publicity.ui.internal.HouseholdHelpPage;
import xiaokang.publicity.ui.internal.PublicityRecordsView;
import xiaokang.store.Store;
import xiaokang.ui.testing.Workbench;
import java.util.Map;
import java.math.BigDecimal;
import xiaokang.ui.testing.GenericForms;
import xiaokang.publicity.model.PublicityPackage;

/** A user finds a December gap on a township's "four ones" board, records the visit, and sees the gap close. */
class PublicityWorkbenchTest {

    private static Store store;

    @BeforeAll
    static void demoCounty() throws Exception {
        store = Workbench.demoCounty("xiaokang-publicity-ui-");
    }

    private static long townshipOf(long household) throws Exception {
        try (Connection connection = store.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT V.TOWNSHIP_ID FROM CORE.HOUSEHOLD H JOIN CORE.VILLAGE V"
                        + " ON H.VILLAGE_ID = V.ID WHERE H.ID = " + household)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void aRecordedVisitClosesTheGapOnTheBoard() throws Exception {
        FourOnes.Missed missed;
        try (Connection connection = store.connect()) {
            missed = FourOnes.missed(connection, LocalDate.of(2020, 12, 1)).get(0);
        }
        FourOnesBoardView board = (FourOnesBoardView) page().showView(FourOnesBoardView.ID);
        settle(board.show(townshipOf(missed.householdId()), 2020));
        FourOnes.BoardRow row = board.rows().stream().filter(r -> r.cadreId() == missed.cadreId()).findFirst().orElseThrow();
        assertFalse(row.complete(12), "the December gap is on the board");

        assertEquals(Optional.empty(), board.recordVisit(row, 12, "补记：12月走访"));
        settle(board.show(townshipOf(missed.householdId()), 2020));
        assertTrue(board.rows().stream().filter(r -> r.cadreId() == missed.cadreId()).findFirst().orElseThrow().complete(12),
                "the gap is closed");

        IEditorPart household = HouseholdEditors.open(page(), store, missed.householdId(), missed.household());
        HouseholdHelpPage help = Adapters.adapt(((FormEditor) household).setActivePage("publicity.help"), HouseholdHelpPage.class);
        settle(help.reading());
        List<FourOnes.Received> received = help.shown();
        assertEquals(LocalDate.of(2020, 12, 1), received.get(0).month());
        assertTrue(received.stream().anyMatch(r -> r.kind() == FourOnesKind.VISIT && "补记：12月走访".equals(r.notes())));
        page().closeAllEditors(false);

        PublicityRecordsView records = (PublicityRecordsView) page().showView(PublicityRecordsView.ID);
        settle(records.refresh());
        assertEquals(32, records.records().reports().size());
        assertTrue(records.records().charity().stream().anyMatch(c -> c.donor().equals("创业新村家具城")));
    }

    @Test
    void aCharityEventIsCreatedEditedSavedReopenedAndDeletedInItsGenericForm() throws Exception {
        page().showView(PublicityRecordsView.ID);
        GenericForms.roundTrip(store, PublicityPackage.Literals.CHARITY_EVENT, "PUBLICITY.CHARITY_EVENT", editor -> {
            GenericForms.type(editor, "donor", "邵东市某商会");
            GenericForms.type(editor, "date", "2024-10-17");
        }, "amount", "-100", "5,000", Map.of(PublicityPackage.Literals.CHARITY_EVENT__DONOR, "邵东市某商会",
                PublicityPackage.Literals.CHARITY_EVENT__AMOUNT, new BigDecimal("5000.00"), PublicityPackage.Literals.CHARITY_EVENT__DATE,
                LocalDate.of(2024, 10, 17)));
    }
}
