package xiaokang.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;

import xiaokang.data.DemoDatabase;
import xiaokang.store.Database;

/**
 * On the first start there is no database yet: build the demo county in the background so that
 * a new user has something to look at, and say so in the status line while it happens.
 */
public final class FirstStartDemo extends Job {

    static final long SEED = 2020;

    private final Path folder;
    private final Display display;
    private final IStatusLineManager statusLine;

    private FirstStartDemo(Path folder, Display display, IStatusLineManager statusLine) {
        super(Messages.FirstStartDemo_job);
        this.folder = folder;
        this.display = display;
        this.statusLine = statusLine;
    }

    /** Schedules the job when {@code folder} holds no database; returns it, or null. */
    public static FirstStartDemo scheduleIfMissing(Path folder, Display display, IStatusLineManager statusLine) {
        if (Files.exists(folder)) {
            return null;
        }
        FirstStartDemo job = new FirstStartDemo(folder, display, statusLine);
        job.schedule();
        job.showStatus(NLS.bind(Messages.FirstStartDemo_started, folder));
        return job;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            DemoDatabase.create(Database.embedded(folder), SEED, 1, monitor);
            showStatus(NLS.bind(Messages.FirstStartDemo_done, folder));
            return Status.OK_STATUS;
        } catch (Exception e) {
            showStatus(e.getMessage());
            return Status.error(NLS.bind(Messages.FirstStartDemo_failed, folder, e.getMessage()), e);
        }
    }

    private void showStatus(String message) {
        if (!display.isDisposed()) {
            display.asyncExec(() -> statusLine.setMessage(message));
        }
    }
}
