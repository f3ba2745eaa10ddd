package xiaokang.reports.internal;

import org.eclipse.birt.report.engine.api.IEngineTask;
import org.eclipse.core.runtime.IProgressMonitor;

/** Cancels a running BIRT task when the user cancels its job: BIRT itself never looks at a monitor. */
final class CancelWatch implements AutoCloseable {

    private static final long POLL_MILLIS = 100;

    private final Thread watcher;
    private volatile boolean cancelled;
    private volatile boolean done;

    CancelWatch(IProgressMonitor monitor, IEngineTask task) {
        watcher = new Thread(() -> {
            while (!done) {
                if (monitor.isCanceled()) {
                    cancelled = true;
                    task.cancel();
                    return;
                }
                try {
                    Thread.sleep(POLL_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "xiaokang report cancel watch"); //$NON-NLS-1$
        watcher.setDaemon(true);
        watcher.start();
    }

    boolean cancelled() {
        return cancelled;
    }

    @Override
    public void close() {
        done = true;
        watcher.interrupt();
    }
}
