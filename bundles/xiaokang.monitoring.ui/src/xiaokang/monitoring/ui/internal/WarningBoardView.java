package xiaokang.monitoring.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;

import xiaokang.core.ui.StoreReadingView;
import xiaokang.data.WorkbenchStore;
import xiaokang.edit.ui.RecordTables;
import xiaokang.edit.ui.TableColumns;
import xiaokang.monitoring.Labels;
import xiaokang.monitoring.MonitoringLifecycle;
import xiaokang.monitoring.MonitoringLists;
import xiaokang.monitoring.StepRefusedException;
import xiaokang.monitoring.Triage;
import xiaokang.monitoring.WarningEntry;
import xiaokang.monitoring.WarningRun;
import xiaokang.monitoring.model.WarningKind;
import xiaokang.monitoring.model.WarningStatus;
import xiaokang.store.Store;
import xiaokang.store.StoreException;

/**
 * 监测预警: the warnings by township with their visit and decision days, the overdue ones red;
 * each open warning is triaged here: dismissed with a reason, or its household's identification
 * started. The rules run again on demand.
 */
public final class WarningBoardView extends StoreReadingView {

    public static final String ID = "xiaokang.monitoring.ui.warnings"; //$NON-NLS-1$

    /** A township's line on the left: how many of its warnings are open and overdue. */
    public record TownshipLine(Long townshipId, String township, long open, long overdue) {
    }

    private TableViewer townships;
    private TableViewer table;
    private Combo kind;
    private Combo status;
    private Button overdue;
    private Label count;
    private List<WarningEntry> entries = List.of();
    private Long township;

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
        Composite filters = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(6).applyTo(filters);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filters);
        kind = Filters.combo(filters, Messages.Board_kind, WarningKind.values(), this::filterChanged);
        status = Filters.combo(filters, Messages.Board_status, WarningStatus.values(), this::filterChanged);
        status.select(1 + WarningStatus.OPEN.ordinal());
        overdue = new Button(filters, SWT.CHECK);
        overdue.setText(Messages.Board_overdueOnly);
        overdue.addListener(SWT.Selection, event -> filterChanged());
        count = new Label(filters, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(count);

        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        townships = RecordTables.create(sash, SWT.DEFAULT);
        RecordTables.column(townships, Messages.Board_township, 110, TownshipLine.class, TownshipLine::township);
        RecordTables.column(townships, Messages.Board_open, 60, TownshipLine.class, l -> String.valueOf(l.open()), TownshipLine::open);
        RecordTables.column(townships, Messages.Board_overdue, 60, TownshipLine.class, l -> String.valueOf(l.overdue()),
                TownshipLine::overdue);
        TableColumns.alert(townships, TownshipLine.class, l -> l.overdue() > 0);
        townships.addSelectionChangedListener(event -> {
            Object line = ((IStructuredSelection) event.getSelection()).getFirstElement();
            township = line instanceof TownshipLine chosen ? chosen.townshipId() : null;
            showWarnings();
        });

        table = new TableViewer(sash, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.setContentProvider(org.eclipse.jface.viewers.ArrayContentProvider.getInstance());
        RecordTables.exportMenu(table);
        RecordTables.column(table, Messages.Board_township, 90, WarningEntry.class, WarningEntry::township);
        RecordTables.column(table, Messages.Board_village, 80, WarningEntry.class, WarningEntry::village);
        RecordTables.column(table, Messages.Board_household, 110, WarningEntry.class, WarningEntry::household);
        RecordTables.column(table, Messages.Board_head, 60, WarningEntry.class, WarningEntry::head);
        RecordTables.column(table, Messages.Board_kind, 110, WarningEntry.class, e -> Labels.of(e.kind()));
        RecordTables.column(table, Messages.Board_status, 90, WarningEntry.class,
                e -> e.overdue(LocalDate.now()) ? NLS.bind(Messages.Board_overdueStatus, Labels.of(e.status())) : Labels.of(e.status()),
                e -> e.status().ordinal());
        RecordTables.column(table, Messages.Board_raised, 85, WarningEntry.class, e -> text(e.raisedOn()), WarningEntry::raisedOn);
        RecordTables.column(table, Messages.Board_visitBy, 85, WarningEntry.class, e -> text(e.visitBy()), WarningEntry::visitBy);
        RecordTables.column(table, Messages.Board_decideBy, 85, WarningEntry.class, e -> text(e.decideBy()), WarningEntry::decideBy);
        RecordTables.column(table, Messages.Board_reason, 420, WarningEntry.class, WarningEntry::reason);
        RecordTables.column(table, Messages.Board_handled, 160, WarningEntry.class,
                e -> e.handledBy() == null ? null : e.note() == null ? e.handledBy() : e.handledBy() + "：" + e.note()); //$NON-NLS-1$
        TableColumns.alert(table, WarningEntry.class, e -> e.overdue(LocalDate.now()));
        table.addDoubleClickListener(event -> openHousehold());
        sash.setWeights(22, 78);
        getSite().setSelectionProvider(table);
        actions(getViewSite().getActionBars().getToolBarManager());
        refresh();
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private void actions(IToolBarManager toolBar) {
        toolBar.add(action(Messages.Board_refresh, this::refresh));
        toolBar.add(action(Messages.Board_run, this::run));
        toolBar.add(action(Messages.Board_identify, this::identifySelected));
        toolBar.add(action(Messages.Board_dismiss, this::dismissSelected));
        toolBar.add(action(Messages.Board_openHousehold, this::openHousehold));
    }

    static Action action(String text, Runnable run) {
        return new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
    }

    /** What a refresh did: the rules' run when the data had changed since the last one, and the warnings read. */
    private record Read(Optional<WarningRun.Summary> ran, List<WarningEntry> warnings) {
    }

    /**
     * Reads the warnings again in a job and shows them, running the rules first when the data
     * changed since they last ran (a save on any desk, an import); returns the job.
     */
    public Job refresh() {
        WorkbenchStore database;
        try {
            database = database();
        } catch (StoreException e) {
            setContentDescription(e.getMessage());
            return Job.create(Messages.Board_reading, monitor -> Status.OK_STATUS);
        }
        String user = user();
        return read(Messages.Board_reading,
                connection -> new Read(WarningRun.runIfChanged(database.store(), user, LocalDate.now(), new NullProgressMonitor()),
                        MonitoringLists.warnings(connection)),
                this::show);
    }

    private void show(Read read) {
        if (table.getControl().isDisposed()) {
            return;
        }
        read.ran().ifPresent(this::ran);
        entries = read.warnings();
        filterChanged();
    }

    private void ran(WarningRun.Summary summary) {
        setContentDescription(NLS.bind(Messages.Board_ran, new Object[] { summary.year(), summary.households(), summary.opened(),
                summary.reopened(), summary.cleared(), summary.open() }));
    }

    private void filterChanged() {
        LocalDate today = LocalDate.now();
        Map<Long, TownshipLine> lines = new LinkedHashMap<>();
        long open = 0;
        long late = 0;
        for (WarningEntry entry : entries.stream().filter(byChoices()).sorted(Comparator.comparingLong(WarningEntry::townshipId)).toList()) {
            boolean isOpen = entry.status() == WarningStatus.OPEN;
            boolean isLate = entry.overdue(today);
            open += isOpen ? 1 : 0;
            late += isLate ? 1 : 0;
            lines.merge(entry.townshipId(), new TownshipLine(entry.townshipId(), entry.township(), isOpen ? 1 : 0, isLate ? 1 : 0),
                    (a, b) -> new TownshipLine(a.townshipId(), a.township(), a.open() + b.open(), a.overdue() + b.overdue()));
        }
        List<TownshipLine> shown = new ArrayList<>();
        shown.add(new TownshipLine(null, Messages.Board_wholeCity, open, late));
        shown.addAll(lines.values());
        townships.setInput(shown);
        showWarnings();
    }

    private Predicate<WarningEntry> byChoices() {
        WarningKind k = Filters.pick(WarningKind.values(), kind);
        WarningStatus s = Filters.pick(WarningStatus.values(), status);
        boolean lateOnly = overdue.getSelection();
        LocalDate today = LocalDate.now();
        return e -> (k == null || e.kind() == k) && (s == null || e.status() == s) && (!lateOnly || e.overdue(today));
    }

    private void showWarnings() {
        List<WarningEntry> visible = visible();
        table.setInput(visible);
        long late = visible.stream().filter(e -> e.overdue(LocalDate.now())).count();
        count.setText(NLS.bind(Messages.Board_count, visible.size(), late));
        count.getParent().layout();
    }

    /** Shows the warnings of one township (null: the whole city) of a kind and status (null: any), or overdue only. */
    public void setFilter(Long townshipId, WarningKind kindShown, WarningStatus statusShown, boolean overdueOnly) {
        kind.select(kindShown == null ? 0 : 1 + kindShown.ordinal());
        status.select(statusShown == null ? 0 : 1 + statusShown.ordinal());
        overdue.setSelection(overdueOnly);
        filterChanged();
        township = townshipId;
        showWarnings();
    }

    /** The warnings the table shows now. */
    public List<WarningEntry> visible() {
        return entries.stream().filter(byChoices()).filter(e -> township == null || township == e.townshipId()).toList();
    }

    /** The townships' lines the left table shows now, the whole city first. */
    @SuppressWarnings("unchecked")
    public List<TownshipLine> townshipLines() {
        return (List<TownshipLine>) townships.getInput();
    }

    public TableViewer table() {
        return table;
    }

    @SuppressWarnings("unchecked")
    private List<WarningEntry> selected() {
        return ((IStructuredSelection) table.getSelection()).toList();
    }

    private static String user() {
        return System.getProperty("user.name"); //$NON-NLS-1$
    }

    /** Runs the warning rules over the county in a job, then reads the board again; returns the job. */
    public Job run() {
        Store store;
        try {
            store = store();
        } catch (Exception e) {
            MessageDialog.openError(getSite().getShell(), Messages.Board_run, e.getMessage());
            return Job.create(Messages.Board_run, monitor -> Status.OK_STATUS);
        }
        Display display = getSite().getShell().getDisplay();
        Job job = Job.create(Messages.Board_run, monitor -> {
            try {
                WarningRun.Summary summary = WarningRun.run(store, user(), LocalDate.now(), 0, monitor);
                display.asyncExec(() -> {
                    if (!table.getControl().isDisposed()) {
                        ran(summary);
                        refresh();
                    }
                });
                return Status.OK_STATUS;
            } catch (Exception e) {
                return new Status(IStatus.ERROR, "xiaokang.monitoring.ui", e.getMessage(), e); //$NON-NLS-1$
            }
        });
        job.setUser(true);
        job.schedule();
        return job;
    }

    private void dismissSelected() {
        List<WarningEntry> chosen = selected();
        if (chosen.isEmpty()) {
            return;
        }
        InputDialog reason = new InputDialog(getSite().getShell(), Messages.Board_dismiss,
                NLS.bind(Messages.Board_dismissReason, chosen.size()), "", null); //$NON-NLS-1$
        if (reason.open() == Window.OK) {
            report(Messages.Board_dismiss, dismiss(chosen, reason.getValue(), user()));
        }
    }

    /**
     * Dismisses each warning with the reason, each in its own transaction; returns what was refused,
     * one line per warning (empty when all were dismissed).
     */
    public List<String> dismiss(List<WarningEntry> chosen, String reason, String actor) {
        List<String> refused = new ArrayList<>();
        for (WarningEntry entry : chosen) {
            try {
                Triage.dismiss(store(), entry.id(), new MonitoringLifecycle.StepInput(actor, reason, LocalDate.now()));
            } catch (Exception e) {
                refused.add(entry.household() + "：" + e.getMessage()); //$NON-NLS-1$
            }
        }
        refresh();
        return refused;
    }

    private void identifySelected() {
        WarningEntry entry = selected().stream().findFirst().orElse(null);
        if (entry == null) {
            return;
        }
        IdentifyDialog dialog = new IdentifyDialog(getSite().getShell(), entry);
        if (dialog.open() != Window.OK) {
            return;
        }
        try {
            long id = Triage.identify(store(), entry.id(), dialog.category(), dialog.risks(), dialog.how(),
                    new MonitoringLifecycle.StepInput(user(), dialog.note(), LocalDate.now()));
            refresh();
            MonitoredHouseholdEditor.open(getSite().getPage(), store(), id, entry.household());
        } catch (StepRefusedException e) {
            MessageDialog.openWarning(getSite().getShell(), Messages.Board_identify, e.getMessage());
        } catch (Exception e) {
            MessageDialog.openError(getSite().getShell(), Messages.Board_identify, e.getMessage());
        }
    }

    private void report(String title, List<String> refused) {
        if (!refused.isEmpty()) {
            MessageDialog.openWarning(getSite().getShell(), title, String.join("\n", refused)); //$NON-NLS-1$
        }
    }

    private void openHousehold() {
        selected().stream().findFirst().ifPresent(entry -> HouseholdLinks.open(getSite(), this::store, entry.householdId(), entry.household()));
    }

    @Override
    public void setFocus() {
        table.getControl().setFocus();
    }
}
