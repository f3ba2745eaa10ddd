package xiaokang.core.ui.internal;

import java.sql.Connection;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

import xiaokang.core.ui.HouseholdEditors;
import xiaokang.data.HouseholdSearch;
import xiaokang.data.TimingLog;
import xiaokang.edit.ui.RecordTables;
import xiaokang.edit.ui.TableColumns;
import xiaokang.store.Store;

/**
 * 查找: type a name, an ID number (or its last digits) or a household number and press Enter;
 * double-click a result to open the household.
 */
public final class SearchView extends ViewPart {

    public static final String ID = "xiaokang.core.ui.search"; //$NON-NLS-1$

    private Text query;
    private TableViewer results;
    private Label status;
    private Store store;
    /** How many searches were started, on the UI thread: the last one's results are shown. */
    private int requests;
    /** Searches run one after the other: a desk typing fast does not start a pile of queries at once. */
    private static final ISchedulingRule ONE_AT_A_TIME = new ISchedulingRule() {
        @Override
        public boolean contains(ISchedulingRule rule) {
            return rule == this;
        }

        @Override
        public boolean isConflicting(ISchedulingRule rule) {
            return rule == this;
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
        query = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        query.setMessage(Messages.SearchView_hint);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(query);
        query.addListener(SWT.DefaultSelection, event -> search(query.getText()));
        results = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER);
        RecordTables.exportMenu(results);
        results.getTable().setHeaderVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(results.getControl());
        results.setContentProvider(ArrayContentProvider.getInstance());
        column(Messages.SearchView_name, 80, HouseholdSearch.Hit::name);
        column(Messages.SearchView_idNumber, 160, HouseholdSearch.Hit::idNumber);
        column(Messages.SearchView_household, 130, HouseholdSearch.Hit::householdNumber);
        column(Messages.SearchView_village, 90, HouseholdSearch.Hit::village);
        column(Messages.SearchView_township, 90, HouseholdSearch.Hit::township);
        results.addDoubleClickListener(event -> open((HouseholdSearch.Hit) ((IStructuredSelection) event.getSelection()).getFirstElement()));
        status = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
    }

    private void column(String title, int width, Function<HouseholdSearch.Hit, String> text) {
        TableColumns.add(results, title, width, SWT.LEFT, HouseholdSearch.Hit.class, text);
    }

    /** Searches the given database from now on (tests, or a database chosen elsewhere). */
    public void use(Store database) {
        store = database;
    }

    private Store store() throws Exception {
        return store != null ? store : SiteDatabase.of(getSite()).store();
    }

    /**
     * Runs the search in a job, off the UI thread, and shows the results with the time it took;
     * a search typed while another runs waits for it, and only the last one's results are shown.
     * Returns the job.
     */
    public Job search(String text) {
        long start = System.nanoTime();
        int request = ++requests;
        status.setText(Messages.SearchView_searching);
        Store database;
        try {
            database = store();
        } catch (Exception e) {
            status.setText(String.valueOf(e.getMessage()));
            return Job.create(Messages.SearchView_searching, monitor -> Status.OK_STATUS);
        }
        Display display = results.getControl().getDisplay();
        Job job = Job.create(Messages.SearchView_searching, (IProgressMonitor monitor) -> {
            String shown;
            List<HouseholdSearch.Hit> hits;
            try (Connection connection = database.connect()) {
                long logged = TimingLog.start();
                hits = HouseholdSearch.find(connection, text);
                TimingLog.record("search", text, logged); //$NON-NLS-1$
                shown = NLS.bind(hits.size() >= HouseholdSearch.LIMIT ? Messages.SearchView_tooMany : Messages.SearchView_found, hits.size(),
                        (System.nanoTime() - start) / 1_000_000);
            } catch (Exception e) {
                hits = List.of();
                shown = e.getMessage() == null ? e.toString() : e.getMessage();
            }
            List<HouseholdSearch.Hit> found = hits;
            String message = shown;
            display.asyncExec(() -> {
                if (!results.getControl().isDisposed() && request == requests) {
                    results.setInput(found);
                    status.setText(message);
                }
            });
            return Status.OK_STATUS;
        });
        job.setRule(ONE_AT_A_TIME);
        job.setSystem(true);
        job.schedule();
        return job;
    }

    void open(HouseholdSearch.Hit hit) {
        if (hit == null) {
            return;
        }
        try {
            HouseholdEditors.open(getSite().getPage(), store, hit.householdId(), hit.householdNumber() + ' ' + hit.name());
        } catch (PartInitException e) {
            status.setText(e.getMessage());
        }
    }

    public TableViewer results() {
        return results;
    }

    public String status() {
        return status.getText();
    }

    @Override
    public void setFocus() {
        query.setFocus();
    }
}
