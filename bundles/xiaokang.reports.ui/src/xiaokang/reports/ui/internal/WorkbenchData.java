package xiaokang.reports.ui.internal;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import xiaokang.core.Models;
import xiaokang.data.DataLocation;
import xiaokang.data.DemoDatabase;
import xiaokang.reports.ReportEngine;
import xiaokang.reports.ReportException;
import xiaokang.store.Store;
import xiaokang.store.StoreException;

/**
 * What the report views read: the workbench's database (opened once, after a first-start demo
 * database is built) and the report engine service. Called from jobs, never from the UI thread.
 */
public final class WorkbenchData {

    private static Store store;

    private WorkbenchData() {
    }

    static synchronized Store store() throws StoreException, CoreException, InterruptedException {
        if (store == null) {
            Job.getJobManager().join(DemoDatabase.JOB_FAMILY, null);
            store = Store.open(DataLocation.resolve(null), Models.read(Platform.getExtensionRegistry()));
        }
        return store;
    }

    /** Makes the views read {@code database} instead of the workbench's (tests, another desk's server). */
    public static synchronized void use(Store database) {
        store = database;
    }

    static ReportEngine engine() throws ReportException {
        BundleContext context = FrameworkUtil.getBundle(WorkbenchData.class).getBundleContext();
        ServiceReference<ReportEngine> reference = context.getServiceReference(ReportEngine.class);
        ReportEngine engine = reference == null ? null : context.getService(reference);
        if (engine == null) {
            throw new ReportException(Messages.WorkbenchData_noEngine);
        }
        return engine;
    }
}
