package xiaokang.publicity.ui.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;

import xiaokang.core.ui.HouseholdPage;
import xiaokang.edit.ui.RecordTables;
import xiaokang.publicity.FourOnes;
import xiaokang.publicity.Labels;
import xiaokang.store.StoreException;

/** 帮扶记录, the household editor's page that publicity adds: the visits and help the household received. */
public final class HouseholdHelpPage implements HouseholdPage {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM"); //$NON-NLS-1$

    private Context context;
    private Label summary;
    private TableViewer table;
    private List<FourOnes.Received> received = List.of();

    @Override
    public void createContents(Composite body, FormToolkit toolkit, Context household) {
        context = household;
        GridLayoutFactory.swtDefaults().applyTo(body);
        summary = toolkit.createLabel(body, "", SWT.WRAP); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
        table = RecordTables.create(body, 260);
        RecordTables.column(table, Messages.Column_month, 80, FourOnes.Received.class, r -> r.month().format(MONTH), FourOnes.Received::month);
        RecordTables.column(table, Messages.Column_kind, 100, FourOnes.Received.class, r -> Labels.of(r.kind()));
        RecordTables.column(table, Messages.Column_cadre, 90, FourOnes.Received.class, FourOnes.Received::cadre);
        RecordTables.column(table, Messages.Column_notes, 300, FourOnes.Received.class, FourOnes.Received::notes);
        refresh();
    }

    @Override
    public void refresh() {
        try (Connection connection = context.store().connect()) {
            received = FourOnes.ofHousehold(connection, context.householdId());
        } catch (StoreException | SQLException e) {
            Platform.getLog(getClass()).error(e.getMessage(), e);
            return;
        }
        summary.setText(received.isEmpty() ? Messages.Page_none
                : NLS.bind(Messages.Page_summary, received.size(), received.get(0).month().format(MONTH)));
        table.setInput(received);
        summary.getParent().layout(true, true);
    }

    public List<FourOnes.Received> received() {
        return received;
    }
}
