package xiaokang.core.ui;

import java.sql.Connection;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;

import xiaokang.core.ui.internal.Messages;

/**
 * The usual household page: a summary line above what a plug-in keeps about the household (a table
 * or two), read in a job whenever the editor shows or saves the household, and shown on the UI
 * thread. A plug-in's page says what it reads, how it lays out its tables and how it fills them.
 *
 * @param <R> what one reading brings back (the rows of its table, or a record of several lists)
 */
public abstract class HouseholdRecordsPage<R> implements HouseholdPage {

    private Context context;
    private Label summary;
    private R shown;
    private Job reading;

    @Override
    public final void createContents(Composite body, FormToolkit toolkit, Context household) {
        context = household;
        GridLayoutFactory.swtDefaults().applyTo(body);
        summary = toolkit.createLabel(body, "", SWT.WRAP); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
        createTables(body, toolkit);
        refresh();
    }

    /** Lays out the page's tables in {@code body} (one column, below the summary line). */
    protected abstract void createTables(Composite body, FormToolkit toolkit);

    /** Reads what the page shows about household {@code householdId}; runs in a job. */
    protected abstract R read(Connection connection, long householdId) throws Exception;

    /** Fills the tables with {@code read} and returns the summary line; runs on the UI thread. */
    protected abstract String show(R read);

    /** Reads the household's records again in a job; the page shows them when the job is done. */
    @Override
    public void refresh() {
        Display display = summary.getDisplay();
        Context household = context;
        reading = Job.create(NLS.bind(Messages.HouseholdRecordsPage_reading, household.number()), (IProgressMonitor monitor) -> {
            try (Connection connection = household.store().connect()) {
                R read = read(connection, household.householdId());
                display.asyncExec(() -> {
                    if (!summary.isDisposed()) {
                        shown = read;
                        summary.setText(show(read));
                        summary.getParent().layout(true, true);
                    }
                });
                return Status.OK_STATUS;
            } catch (Exception e) {
                return Status.error(NLS.bind(Messages.HouseholdRecordsPage_failed, household.number(), e.getMessage()), e);
            }
        });
        reading.setSystem(true);
        reading.schedule();
    }

    /** The latest reading (tests wait for it, then let the UI thread show it). */
    public Job reading() {
        return reading;
    }

    /** What the page shows now; null before the first reading is shown. */
    public R shown() {
        return shown;
    }

    /** The household the page is about. */
    protected Context context() {
        return context;
    }
}
