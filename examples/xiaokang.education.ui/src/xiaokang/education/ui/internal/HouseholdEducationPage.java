package xiaokang.education.ui.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;

import xiaokang.core.ui.HouseholdRecordsPage;
import xiaokang.edit.ui.RecordTables;
import xiaokang.education.HouseholdAid;
import xiaokang.education.Labels;

/** 教育资助, the household editor's page the example plug-in adds: each member's school years and the aid paid. */
public final class HouseholdEducationPage extends HouseholdRecordsPage<List<HouseholdAid.Row>> {

    private TableViewer table;

    @Override
    protected void createTables(Composite body, FormToolkit toolkit) {
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
    }

    @Override
    protected List<HouseholdAid.Row> read(Connection connection, long householdId) throws SQLException {
        return HouseholdAid.of(connection, householdId);
    }

    @Override
    protected String show(List<HouseholdAid.Row> rows) {
        table.setInput(rows);
        return rows.isEmpty() ? Messages.Page_none
                : NLS.bind(Messages.Page_summary, rows.size(),
                        RecordTables.money(rows.stream().map(HouseholdAid.Row::amount).reduce(BigDecimal.ZERO, BigDecimal::add), "")); //$NON-NLS-1$
    }
}
