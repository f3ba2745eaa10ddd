package xiaokang.reports.testing;

import java.util.Map;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import xiaokang.data.WorkbenchStore;
import xiaokang.store.Store;

/** A test's own database as the workbench's: registered above the product's, so views opened from now on work on it. */
public final class TestWorkbenchStore {

    private TestWorkbenchStore() {
    }

    /** Registers {@code store} as the {@link WorkbenchStore} service; unregister it when the test is done. */
    public static ServiceRegistration<WorkbenchStore> serve(Store store) {
        BundleContext context = FrameworkUtil.getBundle(TestWorkbenchStore.class).getBundleContext();
        return context.registerService(WorkbenchStore.class, () -> store,
                FrameworkUtil.asDictionary(Map.of(Constants.SERVICE_RANKING, Integer.MAX_VALUE)));
    }
}
