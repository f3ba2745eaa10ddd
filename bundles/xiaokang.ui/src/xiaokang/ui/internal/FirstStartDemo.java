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

import xiaokang.data.FirstStartData;
import xiaokang.data.WorkbenchStore;
import xiaokang.store.Database;

/**
 * On the first start there is no database yet: build the demo county in the background so that
 * a new user has something to look at, and say so in the status line while it happens. It is
 * scheduled before any view opens, so views that read the database can join its job family.
 */
public final class FirstStartDemo extends Job {

    private final Path folder;
    private final FirstStartData data;
    private Display display;
    private IStatusLineManager statusLine;
    private volatile String state;

    private FirstStartDemo(Path folder, FirstStartData data) {
        super(Messages.FirstStartDemo_job);
        this.folder = folder;
        this.data = data;
        this.state = NLS.bind(Messages.FirstStartDemo_started, folder);
    }

    /**
     * Schedules the job when {@code folder} holds no database and the product has {@code data} to
     * fill one with; returns it, or null.
     */
    public static FirstStartDemo scheduleIfMissing(Path folder, FirstStartData data) {
        if (data == null || Files.exists(folder)) {
            return null;
        }
        FirstStartDemo job = new FirstStartDemo(folder, data);
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
        return family == WorkbenchStore.PREPARING;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            data.create(Database.embedded(folder), monitor);
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
