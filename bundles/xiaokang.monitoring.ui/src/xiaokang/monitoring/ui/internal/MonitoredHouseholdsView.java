package xiaokang.monitoring.ui.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import xiaokang.core.ui.StoreReadingView;
import xiaokang.edit.ui.RecordTables;
import xiaokang.edit.ui.TableColumns;
import xiaokang.monitoring.Labels;
import xiaokang.monitoring.MonitoredEntry;
import xiaokang.monitoring.MonitoringLists;
import xiaokang.monitoring.model.MonitoringCategory;
import xiaokang.monitoring.model.MonitoringStage;
import xiaokang.monitoring.model.RiskType;

/**
 * 监测对象: every household under identification or monitoring, filtered by category, risk, step
 * and overdue (the overdue ones red); a double-click opens the household's monitoring editor.
 */
public final class MonitoredHouseholdsView extends StoreReadingView {

    public static final String ID = "xiaokang.monitoring.ui.monitored"; //$NON-NLS-1$

    private TableViewer table;
    private Combo category;
    private Combo risk;
    private Combo stage;
    private Button overdue;
    private Label count;
    private List<MonitoredEntry> entries = List.of();

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
        Composite filters = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(8).applyTo(filters);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filters);
        category = Filters.combo(filters, Messages.Monitored_category, MonitoringCategory.values(), this::filterChanged);
        risk = Filters.combo(filters, Messages.Monitored_risks, RiskType.values(), this::filterChanged);
        stage = Filters.combo(filters, Messages.Monitored_stage, MonitoringStage.values(), this::filterChanged);
        overdue = new Button(filters, SWT.CHECK);
        overdue.setText(Messages.Board_overdueOnly);
        overdue.addListener(SWT.Selection, event -> filterChanged());
        count = new Label(filters, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(count);

        table = RecordTables.create(parent, SWT.DEFAULT, MonitoredEntry.class, this::open);
        RecordTables.column(table, Messages.Board_township, 90, MonitoredEntry.class, MonitoredEntry::township);
        RecordTables.column(table, Messages.Board_village, 80, MonitoredEntry.class, MonitoredEntry::village);
        RecordTables.column(table, Messages.Board_household, 110, MonitoredEntry.class, MonitoredEntry::household);
        RecordTables.column(table, Messages.Board_head, 60, MonitoredEntry.class, MonitoredEntry::head);
        RecordTables.column(table, Messages.Monitored_category, 100, MonitoredEntry.class, e -> Labels.of(e.category()));
        RecordTables.column(table, Messages.Monitored_risks, 120, MonitoredEntry.class,
                e -> e.risks().stream().map(Labels::of).collect(Collectors.joining("、"))); //$NON-NLS-1$
        RecordTables.column(table, Messages.Monitored_found, 85, MonitoredEntry.class, e -> String.valueOf(e.foundOn()),
                MonitoredEntry::foundOn);
        RecordTables.column(table, Messages.Monitored_how, 80, MonitoredEntry.class, e -> e.foundBy() == null ? null : Labels.of(e.foundBy()));
        RecordTables.column(table, Messages.Monitored_stage, 100, MonitoredEntry.class,
                e -> e.overdue(LocalDate.now()) ? NLS.bind(Messages.Board_overdueStatus, Labels.of(e.stage())) : Labels.of(e.stage()),
                e -> e.stage().ordinal());
        RecordTables.column(table, Messages.Monitored_due, 85, MonitoredEntry.class, e -> e.stageDue() == null ? null : e.stageDue().toString(),
                MonitoredEntry::stageDue);
        RecordTables.column(table, Messages.Monitored_measures, 80, MonitoredEntry.class,
                e -> NLS.bind(Messages.Monitored_measuresGiven, e.measuresGiven(), e.measures()), MonitoredEntry::measuresGiven);
        TableColumns.alert(table, MonitoredEntry.class, e -> e.overdue(LocalDate.now()));
        getSite().setSelectionProvider(table);
        IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
        toolBar.add(WarningBoardView.action(Messages.Board_refresh, this::refresh));
        toolBar.add(WarningBoardView.action(Messages.Monitored_open, () -> selected().ifPresent(this::open)));
        toolBar.add(WarningBoardView.action(Messages.Board_openHousehold, () -> selected().ifPresent(this::openHousehold)));
        refresh();
    }

    /** Reads the monitored households again in a job and shows them; returns the job. */
    public Job refresh() {
        return read(Messages.Monitored_reading, MonitoringLists::monitored, read -> {
            if (!table.getControl().isDisposed()) {
                entries = read;
                filterChanged();
            }
        });
    }

    private void filterChanged() {
        List<MonitoredEntry> visible = visible();
        table.setInput(visible);
        LocalDate today = LocalDate.now();
        count.setText(NLS.bind(Messages.Monitored_count, new Object[] { visible.size(),
                visible.stream().filter(MonitoredEntry::active).count(), visible.stream().filter(e -> e.overdue(today)).count() }));
        count.getParent().layout();
    }

    /** Shows the households of a category, risk and stage (null: any), or the overdue ones only. */
    public void setFilter(MonitoringCategory categoryShown, RiskType riskShown, MonitoringStage stageShown, boolean overdueOnly) {
        category.select(categoryShown == null ? 0 : 1 + categoryShown.ordinal());
        risk.select(riskShown == null ? 0 : 1 + riskShown.ordinal());
        stage.select(stageShown == null ? 0 : 1 + stageShown.ordinal());
        overdue.setSelection(overdueOnly);
        filterChanged();
    }

    /** The households the table shows now. */
    public List<MonitoredEntry> visible() {
        MonitoringCategory c = Filters.pick(MonitoringCategory.values(), category);
        RiskType r = Filters.pick(RiskType.values(), risk);
        MonitoringStage s = Filters.pick(MonitoringStage.values(), stage);
        boolean lateOnly = overdue.getSelection();
        LocalDate today = LocalDate.now();
        return entries.stream().filter(e -> (c == null || e.category() == c) && (r == null || e.risks().contains(r))
                && (s == null || e.stage() == s) && (!lateOnly || e.overdue(today))).toList();
    }

    private Optional<MonitoredEntry> selected() {
        Object row = ((IStructuredSelection) table.getSelection()).getFirstElement();
        return row instanceof MonitoredEntry entry ? Optional.of(entry) : Optional.empty();
    }

    /** Opens the household's monitoring editor. */
    public MonitoredHouseholdEditor open(MonitoredEntry entry) {
        try {
            return MonitoredHouseholdEditor.open(getSite().getPage(), store(), entry.id(), entry.household());
        } catch (Exception e) {
            MessageDialog.openError(getSite().getShell(), Messages.Monitored_open, e.getMessage());
            return null;
        }
    }

    private void openHousehold(MonitoredEntry entry) {
        HouseholdLinks.open(getSite(), this::store, entry.householdId(), entry.household());
    }

    @Override
    public void setFocus() {
        table.getControl().setFocus();
    }
}
