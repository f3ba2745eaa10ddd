package xiaokang.reports.tests;

import java.nio.file.Files;
import java.nio.file.Path;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import xiaokang.cli.Folders;
import xiaokang.reports.ReportEngine;
import xiaokang.reports.testing.TestDemoDatabase;
import xiaokang.store.Store;

/** The demo county at scale 1, built once for all report tests (about 20 s), and the engine service. */
final class DemoStore {

    private static Path folder;
    private static Store store;

    private DemoStore() {
    }

    static synchronized Store store() throws Exception {
        if (store == null) {
            folder = Folders.deletedAtExit(Files.createTempDirectory("xiaokang-reports-")); //$NON-NLS-1$
            store = TestDemoDatabase.create(folder.resolve("db")); //$NON-NLS-1$
        }
        return store;
    }

    static synchronized Path folder() throws Exception {
        store();
        return folder;
    }

    static ReportEngine engine() {
        BundleContext context = FrameworkUtil.getBundle(DemoStore.class).getBundleContext();
        ServiceReference<ReportEngine> reference = context.getServiceReference(ReportEngine.class);
        if (reference == null) {
            throw new IllegalStateException("no ReportEngine service: is org.apache.felix.scr started?"); //$NON-NLS-1$
        }
        return context.getService(reference);
    }
}
