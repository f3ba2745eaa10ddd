package xiaokang.reports.testing;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import xiaokang.demo.DemoDatabase;
import xiaokang.store.Database;
import xiaokang.store.Store;

/** The demo county at scale 1 with the default seed, built by the product's {@link DemoDatabase} service as the demo command builds it. */
public final class TestDemoDatabase {

    private TestDemoDatabase() {
    }

    /** Builds it in the new database folder {@code db}; returns the store opened on it. */
    public static Store create(Path db) throws Exception {
        BundleContext context = FrameworkUtil.getBundle(TestDemoDatabase.class).getBundleContext();
        ServiceTracker<DemoDatabase, DemoDatabase> tracker = new ServiceTracker<>(context, DemoDatabase.class, null);
        tracker.open();
        try {
            DemoDatabase demo = tracker.waitForService(TimeUnit.SECONDS.toMillis(30));
            if (demo == null) {
                throw new IllegalStateException("the xiaokang.demo bundle's DemoDatabase service is not running"); //$NON-NLS-1$
            }
            return demo.create(Database.embedded(db), DemoDatabase.DEFAULT_SEED, 1, new NullProgressMonitor());
        } finally {
            tracker.close();
        }
    }
}
