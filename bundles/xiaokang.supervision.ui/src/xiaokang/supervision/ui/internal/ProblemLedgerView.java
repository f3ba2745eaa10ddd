package xiaokang.supervision.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import xiaokang.core.ui.HouseholdEditors;
import xiaokang.core.ui.StoreReadingView;
import xiaokang.data.Choices;
import xiaokang.edit.ui.TableColumns;
import xiaokang.supervision.Labels;
import xiaokang.supervision.Ledger;
import xiaokang.supervision.LedgerEntry;
import xiaokang.supervision.LedgerFilter;
import xiaokang.supervision.model.ProblemArea;
import xiaokang.supervision.model.ProblemSource;
import xiaokang.supervision.model.ProblemStatus;

/**
 * 问题台账: every problem of the ledger, filtered by township, area, status, source and overdue,
 * sorted by any column; opens a problem or its household, and assigns several problems at once.
 */
public final class ProblemLedgerView extends StoreReadingView {

    public static final String ID = "xiaokang.supervision.ui.ledger"; //$NON-NLS-1$

    private TableViewer table;
    private Label count;
    private Combo township;
    private Combo area;
    private Combo status;
    private Combo source;
    private Button overdue;
    private List<LedgerEntry> entries = List.of();
    private List<Choices.Choice> townships = List.of();
    private List<Choices.Choice> units = List.of();
    private LedgerFilter filter = LedgerFilter.ALL;

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
        Composite filters = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(10).applyTo(filters);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filters);
        township = combo(filters, Messages.Ledger_township, List.of());
        area = combo(filters, Messages.Ledger_area, List.of(ProblemArea.values()).stream().map(Labels::of).toList());
        status = combo(filters, Messages.Ledger_status, List.of(ProblemStatus.values()).stream().map(Labels::of).toList());
        source = combo(filters, Messages.Ledger_source, List.of(ProblemSource.values()).stream().map(Labels::of).toList());
        overdue = new Button(filters, SWT.CHECK);
        overdue.setText(Messages.Ledger_overdueOnly);
        overdue.addListener(SWT.Selection, event -> filterChanged());
        count = new Label(filters, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(count);

        table = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
        table.setContentProvider(ArrayContentProvider.getInstance());
        LocalDate today = LocalDate.now();
        column(Messages.Ledger_number, 100, LedgerEntry::number, LedgerEntry::number);
        column(Messages.Ledger_township, 90, LedgerEntry::township, LedgerEntry::township);
        column(Messages.Ledger_village, 80, LedgerEntry::village, LedgerEntry::village);
        column(Messages.Ledger_household, 110, LedgerEntry::household, LedgerEntry::household);
        column(Messages.Ledger_area, 80, e -> Labels.of(e.area()), LedgerEntry::area);
        column(Messages.Ledger_source, 80, e -> Labels.of(e.source()), LedgerEntry::source);
        column(Messages.Ledger_status, 110, e -> e.overdue(today) ? NLS.bind(Messages.Ledger_overdueStatus, Labels.of(e.status()))
                : Labels.of(e.status()), LedgerEntry::status);
        column(Messages.Ledger_found, 90, e -> String.valueOf(e.found()), LedgerEntry::found);
        column(Messages.Ledger_deadline, 90, e -> e.deadline() == null ? null : e.deadline().toString(), LedgerEntry::deadline);
        column(Messages.Ledger_unit, 110, LedgerEntry::unit, LedgerEntry::unit);
        column(Messages.Ledger_person, 70, LedgerEntry::person, LedgerEntry::person);
        column(Messages.Ledger_description, 320, LedgerEntry::description, LedgerEntry::description);
        table.addDoubleClickListener(event -> openSelected());
        getSite().setSelectionProvider(table);
        actions(getViewSite().getActionBars().getToolBarManager());
        refresh();
    }

    private Combo combo(Composite parent, String title, List<String> items) {
        new Label(parent, SWT.NONE).setText(title);
        Combo combo = new Combo(parent, SWT.READ_ONLY);
        combo.add(Messages.Ledger_all);
        items.forEach(combo::add);
        combo.select(0);
        combo.addListener(SWT.Selection, event -> filterChanged());
        return combo;
    }

    private void column(String title, int width, Function<LedgerEntry, String> text,
            Function<LedgerEntry, ? extends Comparable<?>> key) {
        TableViewerColumn column = TableColumns.add(table, title, width, SWT.LEFT, LedgerEntry.class, text);
        TableColumns.sortable(column, table, LedgerEntry.class, key);
    }

    private void actions(IToolBarManager toolBar) {
        toolBar.add(new Action(Messages.Ledger_refresh) {
            @Override
            public void run() {
                refresh();
            }
        });
        toolBar.add(new Action(Messages.Ledger_openProblem) {
            @Override
            public void run() {
                openSelected();
            }
        });
        toolBar.add(new Action(Messages.Ledger_openHousehold) {
            @Override
            public void run() {
                openHousehold(selected().stream().findFirst().orElse(null));
            }
        });
        toolBar.add(new Action(Messages.Ledger_register) {
            @Override
            public void run() {
                register();
            }
        });
        toolBar.add(new Action(Messages.Ledger_assign) {
            @Override
            public void run() {
                assignSelected();
            }
        });
    }

    /** What the view reads in one go. */
    private record Read(List<LedgerEntry> entries, List<Choices.Choice> townships, List<Choices.Choice> units) {
    }

    /** Reads the ledger again in a job and shows it; returns the job. */
    public Job refresh() {
        return read(Messages.Ledger_reading,
                connection -> new Read(Ledger.read(connection), Choices.townships(connection), Choices.workUnits(connection)),
                read -> show(read.entries(), read.townships(), read.units()));
    }

    private void show(List<LedgerEntry> read, List<Choices.Choice> places, List<Choices.Choice> workUnits) {
        if (table.getControl().isDisposed()) {
            return;
        }
        entries = read;
        units = workUnits;
        if (!places.equals(townships)) {
            townships = places;
            int selected = township.getSelectionIndex();
            township.setItems(new String[0]);
            township.add(Messages.Ledger_all);
            places.forEach(place -> township.add(place.name()));
            township.select(Math.max(0, Math.min(selected, places.size())));
        }
        filterChanged();
    }

    private void filterChanged() {
        setFilter(new LedgerFilter(township.getSelectionIndex() > 0 ? townships.get(township.getSelectionIndex() - 1).id() : null,
                pick(ProblemArea.values(), area), pick(ProblemStatus.values(), status), pick(ProblemSource.values(), source),
                overdue.getSelection()));
    }

    private static <T> T pick(T[] values, Combo combo) {
        return combo.getSelectionIndex() > 0 ? values[combo.getSelectionIndex() - 1] : null;
    }

    /** Shows the problems that pass {@code shown}. */
    public void setFilter(LedgerFilter shown) {
        filter = shown;
        List<LedgerEntry> visible = visible();
        table.setInput(visible);
        long late = visible.stream().filter(e -> e.overdue(LocalDate.now())).count();
        long open = visible.stream().filter(e -> e.status() != ProblemStatus.CLOSED).count();
        count.setText(NLS.bind(Messages.Ledger_count, new Object[] { visible.size(), open, late }));
        count.getParent().layout();
    }

    /** The problems the table shows now. */
    public List<LedgerEntry> visible() {
        return entries.stream().filter(filter.on(LocalDate.now())).toList();
    }

    public TableViewer table() {
        return table;
    }

    @SuppressWarnings("unchecked")
    private List<LedgerEntry> selected() {
        return ((IStructuredSelection) table.getSelection()).toList();
    }

    /** Selects the problem with this number, if shown. */
    public void select(String number) {
        visible().stream().filter(e -> e.number().equals(number)).findFirst()
                .ifPresent(e -> table.setSelection(new StructuredSelection(e), true));
    }

    private void openSelected() {
        selected().stream().findFirst().ifPresent(this::open);
    }

    /** Opens the problem in its editor. */
    public ProblemEditor open(LedgerEntry entry) {
        try {
            return (ProblemEditor) getSite().getPage().openEditor(ProblemEditor.input(store(), entry.id(), entry.number()),
                    ProblemEditor.ID);
        } catch (Exception e) {
            MessageDialog.openError(getSite().getShell(), Messages.Ledger_openFailed, e.getMessage());
            return null;
        }
    }

    private void openHousehold(LedgerEntry entry) {
        if (entry == null || entry.householdId() == null) {
            return;
        }
        try {
            HouseholdEditors.open(getSite().getPage(), store(), entry.householdId(), entry.household());
        } catch (Exception e) {
            MessageDialog.openError(getSite().getShell(), Messages.Ledger_openFailed, e.getMessage());
        }
    }

    private void register() {
        try {
            RegisterDialog dialog = new RegisterDialog(getSite().getShell(), store(), townships, units);
            if (dialog.open() == Window.OK) {
                refresh();
                setContentDescription(NLS.bind(Messages.Ledger_registered, dialog.number()));
            }
        } catch (Exception e) {
            MessageDialog.openError(getSite().getShell(), Messages.Register_title, e.getMessage());
        }
    }

    private void assignSelected() {
        List<LedgerEntry> chosen = selected();
        if (chosen.isEmpty()) {
            return;
        }
        AssignDialog dialog = new AssignDialog(getSite().getShell(), chosen.size(), units);
        if (dialog.open() != Window.OK) {
            return;
        }
        List<Long> ids = new ArrayList<>(chosen.stream().map(LedgerEntry::id).toList());
        try {
            int assigned = Ledger.assign(store(), ids, dialog.unitId(), dialog.person(), dialog.deadline(),
                    System.getProperty("user.name")); //$NON-NLS-1$
            MessageDialog.openInformation(getSite().getShell(), Messages.Ledger_assign,
                    NLS.bind(Messages.Ledger_assigned, assigned, chosen.size() - assigned));
        } catch (Exception e) {
            MessageDialog.openError(getSite().getShell(), Messages.Ledger_assign, e.getMessage());
        }
        refresh();
    }

    @Override
    public void setFocus() {
        table.getControl().setFocus();
    }
}
