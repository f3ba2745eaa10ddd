package xiaokang.publicity.ui.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;

import xiaokang.core.ui.HouseholdRecordsPage;
import xiaokang.edit.ui.RecordTables;
import xiaokang.publicity.FourOnes;
import xiaokang.publicity.Labels;

/** 帮扶记录, the household editor's page that publicity adds: the visits and help the household received. */
public final class HouseholdHelpPage extends HouseholdRecordsPage<List<FourOnes.Received>> {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM"); //$NON-NLS-1$

    private TableViewer table;

    @Override
    protected void createTables(Composite body, FormToolkit toolkit) {
        table = RecordTables.create(body, 260);
        RecordTables.column(table, Messages.Column_month, 80, FourOnes.Received.class, r -> r.month().format(MONTH), FourOnes.Received::month);
        RecordTables.column(table, Messages.Column_kind, 100, FourOnes.Received.class, r -> Labels.of(r.kind()));
        RecordTables.column(table, Messages.Column_cadre, 90, FourOnes.Received.class, FourOnes.Received::cadre);
        RecordTables.column(table, Messages.Column_notes, 300, FourOnes.Received.class, FourOnes.Received::notes);
    }

    @Override
    protected List<FourOnes.Received> read(Connection connection, long householdId) throws SQLException {
        return FourOnes.ofHousehold(connection, householdId);
    }

    @Override
    protected String show(List<FourOnes.Received> received) {
        table.setInput(received);
        return received.isEmpty() ? Messages.Page_none
                : NLS.bind(Messages.Page_summary, received.size(), received.get(0).month().format(MONTH));
    }
}
