package xiaokang.reports.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import xiaokang.data.DemoDatabase;
import xiaokang.reports.ReportEngine;
import xiaokang.store.Database;
import xiaokang.store.Store;
import xiaokang.store.StoreException;

/** The demo county at scale 1, built once for all report tests (about 20 s), and the engine service. */
final class DemoStore {

    private static Path folder;
    private static Store store;

    private DemoStore() {
    }

    static synchronized Store store() throws IOException, StoreException, CoreException {
        if (store == null) {
            folder = Files.createTempDirectory("xiaokang-reports-"); //$NON-NLS-1$
            store = DemoDatabase.create(Database.embedded(folder.resolve("db")), DemoDatabase.DEFAULT_SEED, 1, //$NON-NLS-1$
                    new NullProgressMonitor());
        }
        return store;
    }

    static synchronized Path folder() throws IOException, StoreException, CoreException {
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
