package xiaokang.ui.testing;

import java.nio.file.Files;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

import xiaokang.cli.Folders;
import xiaokang.reports.testing.TestDemoDatabase;
import xiaokang.reports.testing.TestWorkbenchStore;
import xiaokang.store.Store;

/**
 * What a workbench test does while the workbench works, on the UI thread: wait for a job or a
 * condition with the event loop running (so that what a job hands to the UI thread is shown), and
 * find the active page. A wait that does not end in three minutes fails the test with its name.
 */
public final class Workbench {

    private static final long WAIT_MILLIS = 180_000;

    private Workbench() {
    }

    /** The active window's page. */
    public static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** Waits for {@code job} to end, then runs what it handed to the UI thread. */
    public static void settle(Job job) throws InterruptedException {
        waitFor(job.getName(), () -> job.getState() == Job.NONE);
        dispatch();
    }

    /** Runs what is waiting for the UI thread. */
    public static void dispatch() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // run what the workbench queued
        }
    }

    /** Keeps the event loop running until {@code condition} holds. */
    public static void waitFor(String what, BooleanSupplier condition) throws InterruptedException {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting for " + what); //$NON-NLS-1$
            }
            if (!display.readAndDispatch()) {
                Thread.sleep(20);
            }
        }
    }

    /** Builds the demo county in a new folder named from {@code prefix} and makes it the workbench's database. */
    public static Store demoCounty(String prefix) throws Exception {
        Store store = TestDemoDatabase.create(Folders.deletedAtExit(Files.createTempDirectory(prefix)).resolve("db")); //$NON-NLS-1$
        TestWorkbenchStore.serve(store);
        return store;
    }
}
