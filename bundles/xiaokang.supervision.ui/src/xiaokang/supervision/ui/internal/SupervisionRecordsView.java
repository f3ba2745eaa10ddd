package xiaokang.supervision.ui.internal;

import java.util.List;
import java.util.function.Function;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;

import xiaokang.core.ui.ObjectEditor;
import xiaokang.core.ui.RecordActions;
import xiaokang.core.ui.StoreReadingView;
import xiaokang.core.ui.StoredObjectInput;
import xiaokang.edit.ui.TableColumns;
import xiaokang.supervision.Labels;
import xiaokang.supervision.SupervisionRecords;
import xiaokang.supervision.model.SupervisionPackage;

/** 督战记录: the listed villages and townships, and every inspection visit; double-click edits one. */
public final class SupervisionRecordsView extends StoreReadingView {

    public static final String ID = "xiaokang.supervision.ui.records"; //$NON-NLS-1$

    private TableViewer listings;
    private TableViewer visits;

    @Override
    public void createPartControl(Composite parent) {
        TabFolder tabs = new TabFolder(parent, SWT.TOP);
        listings = table(tabs, Messages.Records_listings);
        column(listings, Messages.Records_level, 80, SupervisionRecords.Listing.class, l -> Labels.of(l.level()));
        column(listings, Messages.Ledger_township, 100, SupervisionRecords.Listing.class, SupervisionRecords.Listing::township);
        column(listings, Messages.Ledger_village, 90, SupervisionRecords.Listing.class, SupervisionRecords.Listing::village);
        column(listings, Messages.Records_listedOn, 90, SupervisionRecords.Listing.class, l -> String.valueOf(l.listedOn()));
        column(listings, Messages.Records_listedUntil, 90, SupervisionRecords.Listing.class,
                l -> l.listedUntil() == null ? null : l.listedUntil().toString());
        column(listings, Messages.Records_leader, 80, SupervisionRecords.Listing.class, SupervisionRecords.Listing::leader);
        column(listings, Messages.Ledger_status, 80, SupervisionRecords.Listing.class, l -> Labels.of(l.status()));
        listings.addDoubleClickListener(event -> {
            SupervisionRecords.Listing listing = (SupervisionRecords.Listing) first(listings);
            edit(SupervisionPackage.Literals.LISTED_SUPERVISION, listing.id(),
                    listing.village() != null ? listing.village() : listing.township());
        });
        visits = table(tabs, Messages.Records_visits);
        column(visits, Messages.Editor_date, 90, SupervisionRecords.Visit.class, v -> String.valueOf(v.date()));
        column(visits, Messages.Records_group, 140, SupervisionRecords.Visit.class, SupervisionRecords.Visit::group);
        column(visits, Messages.Ledger_township, 100, SupervisionRecords.Visit.class, SupervisionRecords.Visit::township);
        column(visits, Messages.Ledger_village, 90, SupervisionRecords.Visit.class, SupervisionRecords.Visit::village);
        column(visits, Messages.Records_findings, 320, SupervisionRecords.Visit.class, SupervisionRecords.Visit::findings);
        visits.addDoubleClickListener(event -> {
            SupervisionRecords.Visit visit = (SupervisionRecords.Visit) first(visits);
            edit(SupervisionPackage.Literals.INSPECTION, visit.id(), visit.date() + " " + visit.township()); //$NON-NLS-1$
        });
        RecordActions.toolbar(getViewSite(), listings,
                () -> List.of(SupervisionPackage.Literals.LISTED_SUPERVISION, SupervisionPackage.Literals.INSPECTION_GROUP), this::storeOrNull);
        RecordActions.rows(getViewSite(), listings, SupervisionPackage.Literals.LISTED_SUPERVISION, this::storeOrNull,
                SupervisionRecords.Listing.class, SupervisionRecords.Listing::id, l -> l.village() != null ? l.village() : l.township(),
                this::refresh);
        RecordActions.rows(getViewSite(), visits, SupervisionPackage.Literals.INSPECTION, this::storeOrNull, SupervisionRecords.Visit.class,
                SupervisionRecords.Visit::id, v -> v.date() + " " + v.township(), this::refresh); //$NON-NLS-1$
        getViewSite().getActionBars().getToolBarManager().add(new Action(Messages.Ledger_refresh) {
            @Override
            public void run() {
                refresh();
            }
        });
        refresh();
    }

    private static TableViewer table(TabFolder tabs, String title) {
        TableViewer table = new TableViewer(tabs, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        TabItem tab = new TabItem(tabs, SWT.NONE);
        tab.setText(title);
        tab.setControl(table.getControl());
        return table;
    }

    private static <T> void column(TableViewer table, String title, int width, Class<T> type, Function<T, String> text) {
        TableColumns.add(table, title, width, SWT.LEFT, type, text);
    }

    private static Object first(TableViewer table) {
        return ((IStructuredSelection) table.getSelection()).getFirstElement();
    }

    /** What the view reads in one go. */
    private record Read(List<SupervisionRecords.Listing> listings, List<SupervisionRecords.Visit> visits) {
    }

    /** Reads the listings and visits in a job; returns the job. */
    public Job refresh() {
        return read(Messages.Records_reading,
                connection -> new Read(SupervisionRecords.listings(connection), SupervisionRecords.visits(connection)), read -> {
                    listings.setInput(read.listings());
                    visits.setInput(read.visits());
                });
    }

    @Override
    public void recordsChanged() {
        refresh();
    }

    public TableViewer listings() {
        return listings;
    }

    /** Opens the stored object in the record editor. */
    public ObjectEditor edit(EClass type, long id, String name) {
        try {
            return (ObjectEditor) ObjectEditor.open(getSite().getPage(), new StoredObjectInput(store(), type, id, name));
        } catch (Exception e) {
            MessageDialog.openError(getSite().getShell(), Messages.Ledger_openFailed, e.getMessage());
            return null;
        }
    }

    @Override
    public void setFocus() {
        listings.getControl().setFocus();
    }
}
