package xiaokang.core.ui;

import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.part.ViewPart;

import xiaokang.core.ui.internal.SiteDatabase;
import xiaokang.data.WorkbenchStore;
import xiaokang.store.Store;
import xiaokang.store.StoreException;

/**
 * A view that reads the workbench's database with SQL in a job and shows the result on the UI
 * thread: a plug-in's lists (a ledger, a directory) that need no session of their own.
 */
public abstract class StoreReadingView extends ViewPart {

    /** What a view reads in one go. */
    @FunctionalInterface
    public interface Reading<T> {
        T read(Connection connection) throws Exception;
    }

    /** What a view reads in one go through the store's API (a session of its own). */
    @FunctionalInterface
    public interface StoreReading<T> {
        T read(Store store) throws Exception;
    }

    private volatile Store store;
    private volatile boolean disposed;
    /** How many reads of each name were started, on the UI thread. */
    private final Map<String, Integer> requests = new HashMap<>();

    /** Reads the database from now on (tests, another desk's server). */
    public void use(Store database) {
        store = database;
    }

    /** The database this view reads: the one given to {@link #use}, else the workbench's. Call it on the UI thread. */
    protected Store store() throws Exception {
        return database().store();
    }

    /** The store, or null with the reason shown in the view (for actions that need it on the UI thread). */
    protected Store storeOrNull() {
        try {
            return store();
        } catch (Exception e) {
            setContentDescription(String.valueOf(e.getMessage()));
            return null;
        }
    }

    /**
     * Where this view's database comes from, taken on the UI thread to be opened in a job: the store
     * given to {@link #use}, else the workbench's service.
     */
    protected WorkbenchStore database() throws StoreException {
        Store given = store;
        return given != null ? () -> given : SiteDatabase.of(getSite());
    }

    /**
     * Reads in a job and hands the result to {@code show} unless the view has been closed or a
     * later read of the same {@code name} was started meanwhile (the user's last choice wins,
     * whichever job ends last); returns the job.
     */
    protected <T> Job read(String name, Reading<T> reading, Consumer<T> show) {
        return readStore(name, opened -> {
            try (Connection connection = opened.connect()) {
                return reading.read(connection);
            }
        }, show);
    }

    /** As {@link #read(String, Reading, Consumer)}, reading through the store's API. */
    protected <T> Job readStore(String name, StoreReading<T> reading, Consumer<T> show) {
        Display display = getSite().getShell().getDisplay();
        int request = requests.merge(name, 1, Integer::sum);
        WorkbenchStore database;
        try {
            database = database();
        } catch (StoreException e) {
            setContentDescription(e.getMessage());
            return Job.create(name, monitor -> Status.OK_STATUS);
        }
        Job job = Job.create(name, (IProgressMonitor monitor) -> {
            try {
                T read = reading.read(database.store());
                later(display, () -> {
                    if (!disposed && requests.get(name) == request) {
                        show.accept(read);
                    }
                });
            } catch (Exception e) {
                later(display, () -> {
                    if (!disposed) {
                        setContentDescription(String.valueOf(e.getMessage()));
                    }
                });
            }
            return Status.OK_STATUS;
        });
        job.schedule();
        return job;
    }

    /** Hands {@code show} to the UI thread unless the workbench has closed meanwhile. */
    private static void later(Display display, Runnable show) {
        try {
            display.asyncExec(show);
        } catch (SWTException e) {
            // The workbench closed while the view was reading: there is nothing left to show it in.
        }
    }

    /**
     * Records were created, changed or deleted in an editor of this workbench (a generic form
     * saved): a view that lists records reads them again. Most views have nothing to do.
     */
    public void recordsChanged() {
        // Views that list no records keep what they show.
    }

    /** Tells every open view that lists records that some were saved or deleted. */
    public static void recordsChanged(IWorkbenchPage page) {
        for (IViewReference reference : page.getViewReferences()) {
            if (reference.getPart(false) instanceof StoreReadingView view) {
                view.recordsChanged();
            }
        }
    }

    @Override
    public void dispose() {
        disposed = true;
        super.dispose();
    }
}
