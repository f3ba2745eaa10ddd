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
 * a new user has something to look at, and say so in the status line while it happens. It is
 * scheduled before any view opens, so views that read the database can join its job family.
 */
public final class FirstStartDemo extends Job {

    private final Path folder;
    private Display display;
    private IStatusLineManager statusLine;
    private volatile String state;

    private FirstStartDemo(Path folder) {
        super(Messages.FirstStartDemo_job);
        this.folder = folder;
        this.state = NLS.bind(Messages.FirstStartDemo_started, folder);
    }

    /** Schedules the job when {@code folder} holds no database; returns it, or null. */
    public static FirstStartDemo scheduleIfMissing(Path folder) {
        if (Files.exists(folder)) {
            return null;
        }
        FirstStartDemo job = new FirstStartDemo(folder);
        job.schedule();
        return job;
    }

    /** Shows what the job is doing in a window's status line, now and when it ends. */
    public synchronized void reportTo(Display target, IStatusLineManager line) {
        this.display = target;
        this.statusLine = line;
        showStatus(state);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == DemoDatabase.JOB_FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            DemoDatabase.create(Database.embedded(folder), DemoDatabase.DEFAULT_SEED, 1, monitor);
            showStatus(NLS.bind(Messages.FirstStartDemo_done, folder));
            return Status.OK_STATUS;
        } catch (Exception e) {
            showStatus(e.getMessage());
            return Status.error(NLS.bind(Messages.FirstStartDemo_failed, folder, e.getMessage()), e);
        }
    }

    /** What the status line says (or would say) about the job. */
    public String state() {
        return state;
    }

    private synchronized void showStatus(String message) {
        state = message;
        if (display != null && !display.isDisposed()) {
            IStatusLineManager line = statusLine;
            display.asyncExec(() -> line.setMessage(message));
        }
    }
}
