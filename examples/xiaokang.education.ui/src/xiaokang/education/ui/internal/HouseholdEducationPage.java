package xiaokang.education.ui.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

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
import xiaokang.education.HouseholdAid;
import xiaokang.education.Labels;
import xiaokang.store.StoreException;

/** 教育资助, the household editor's page the example plug-in adds: each member's school years and the aid paid. */
public final class HouseholdEducationPage implements HouseholdPage {

    private Context context;
    private Label summary;
    private TableViewer table;
    private List<HouseholdAid.Row> rows = List.of();

    @Override
    public void createContents(Composite body, FormToolkit toolkit, Context household) {
        context = household;
        GridLayoutFactory.swtDefaults().applyTo(body);
        summary = toolkit.createLabel(body, "", SWT.WRAP); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
        table = RecordTables.create(body, 260);
        RecordTables.column(table, Messages.Column_pupil, 80, HouseholdAid.Row.class, HouseholdAid.Row::pupil);
        RecordTables.column(table, Messages.Column_year, 60, HouseholdAid.Row.class, r -> Integer.toString(r.schoolYear()),
                HouseholdAid.Row::schoolYear);
        RecordTables.column(table, Messages.Column_stage, 80, HouseholdAid.Row.class, r -> Labels.of(r.stage()));
        RecordTables.column(table, Messages.Column_school, 150, HouseholdAid.Row.class, HouseholdAid.Row::school);
        RecordTables.column(table, Messages.Column_status, 90, HouseholdAid.Row.class, r -> Labels.of(r.status()));
        RecordTables.column(table, Messages.Column_aid, 220, HouseholdAid.Row.class,
                r -> r.aid().stream().map(a -> Labels.of(a.kind())).collect(Collectors.joining("、"))); //$NON-NLS-1$
        RecordTables.column(table, Messages.Column_amount, 80, HouseholdAid.Row.class, r -> RecordTables.money(r.amount(), ""),
                HouseholdAid.Row::amount);
        refresh();
    }

    @Override
    public void refresh() {
        try (Connection connection = context.store().connect()) {
            rows = HouseholdAid.of(connection, context.householdId());
        } catch (StoreException | SQLException e) {
            Platform.getLog(getClass()).error(e.getMessage(), e);
            return;
        }
        summary.setText(rows.isEmpty() ? Messages.Page_none
                : NLS.bind(Messages.Page_summary, rows.size(),
                        RecordTables.money(rows.stream().map(HouseholdAid.Row::amount).reduce(BigDecimal.ZERO, BigDecimal::add), "")));
        table.setInput(rows);
        summary.getParent().layout(true, true);
    }

    /** What the page shows, for tests. */
    public List<HouseholdAid.Row> rows() {
        return rows;
    }
}
