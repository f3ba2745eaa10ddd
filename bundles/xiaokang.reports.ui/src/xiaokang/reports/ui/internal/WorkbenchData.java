package xiaokang.reports.ui.internal;

import org.eclipse.core.runtime.CoreException;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import xiaokang.data.WorkbenchDatabase;
import xiaokang.reports.ReportEngine;
import xiaokang.reports.ReportException;
import xiaokang.store.Store;
import xiaokang.store.StoreException;

/**
 * What the report views read: the workbench's database ({@link WorkbenchDatabase}) and the
 * report engine service. Called from jobs, never from the UI thread.
 */
public final class WorkbenchData {

    private WorkbenchData() {
    }

    static Store store() throws StoreException, CoreException, InterruptedException {
        return WorkbenchDatabase.store();
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
