package xiaokang.monitoring.ui.internal;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;

import xiaokang.core.ui.HouseholdRecordsPage;
import xiaokang.edit.ui.RecordTables;
import xiaokang.edit.ui.TableColumns;
import xiaokang.monitoring.Labels;
import xiaokang.monitoring.MonitoredEntry;
import xiaokang.monitoring.MonitoringLists;
import xiaokang.monitoring.WarningEntry;
import xiaokang.monitoring.model.WarningStatus;

/** 监测帮扶, the household editor's page that monitoring adds: its identifications and its warnings. */
public final class HouseholdMonitoringPage extends HouseholdRecordsPage<HouseholdMonitoringPage.Read> {

    /** What the page reads about the household. */
    public record Read(List<MonitoredEntry> monitored, List<WarningEntry> warnings) {
    }

    private TableViewer monitored;
    private TableViewer warnings;

    @Override
    protected void createTables(Composite body, FormToolkit toolkit) {
        monitored = RecordTables.create(body, 90, MonitoredEntry.class, this::open);
        RecordTables.column(monitored, Messages.Monitored_category, 100, MonitoredEntry.class, e -> Labels.of(e.category()));
        RecordTables.column(monitored, Messages.Monitored_risks, 120, MonitoredEntry.class,
                e -> e.risks().stream().map(Labels::of).collect(Collectors.joining("、"))); //$NON-NLS-1$
        RecordTables.column(monitored, Messages.Monitored_found, 85, MonitoredEntry.class, e -> String.valueOf(e.foundOn()));
        RecordTables.column(monitored, Messages.Monitored_stage, 100, MonitoredEntry.class, e -> Labels.of(e.stage()));
        RecordTables.column(monitored, Messages.Monitored_due, 85, MonitoredEntry.class, e -> e.stageDue() == null ? null : e.stageDue().toString());
        RecordTables.column(monitored, Messages.Monitored_measures, 80, MonitoredEntry.class,
                e -> NLS.bind(Messages.Monitored_measuresGiven, e.measuresGiven(), e.measures()));
        TableColumns.alert(monitored, MonitoredEntry.class, e -> e.active() && e.overdue(LocalDate.now()));
        warnings = RecordTables.create(body, 120);
        RecordTables.column(warnings, Messages.Board_kind, 110, WarningEntry.class, e -> Labels.of(e.kind()));
        RecordTables.column(warnings, Messages.Board_raised, 85, WarningEntry.class, e -> String.valueOf(e.raisedOn()));
        RecordTables.column(warnings, Messages.Board_status, 80, WarningEntry.class, e -> Labels.of(e.status()));
        RecordTables.column(warnings, Messages.Board_decideBy, 85, WarningEntry.class, e -> e.decideBy() == null ? null : e.decideBy().toString());
        RecordTables.column(warnings, Messages.Board_reason, 380, WarningEntry.class, WarningEntry::reason);
        TableColumns.alert(warnings, WarningEntry.class, e -> e.overdue(LocalDate.now()));
    }

    @Override
    protected Read read(Connection connection, long householdId) throws Exception {
        return new Read(MonitoringLists.monitoredOf(connection, householdId), MonitoringLists.warningsOf(connection, householdId));
    }

    @Override
    protected String show(Read read) {
        monitored.setInput(read.monitored());
        warnings.setInput(read.warnings());
        if (read.monitored().isEmpty() && read.warnings().isEmpty()) {
            return Messages.Page_none;
        }
        long open = read.warnings().stream().filter(w -> w.status() == WarningStatus.OPEN).count();
        return read.monitored().stream().filter(MonitoredEntry::active).findFirst()
                .map(m -> NLS.bind(Messages.Page_monitored, new Object[] { Labels.of(m.category()), Labels.of(m.stage()), open }))
                .orElse(NLS.bind(Messages.Page_warningsOnly, open));
    }

    private void open(MonitoredEntry entry) {
        try {
            MonitoredHouseholdEditor.open(context().page(), context().store(), entry.id(), entry.household());
        } catch (Exception e) {
            MessageDialog.openError(monitored.getControl().getShell(), Messages.Monitored_open, e.getMessage());
        }
    }
}
