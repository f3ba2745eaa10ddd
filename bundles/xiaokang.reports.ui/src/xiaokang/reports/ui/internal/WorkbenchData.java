package xiaokang.reports.ui.internal;

import java.sql.Connection;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.services.IServiceLocator;

import xiaokang.data.WorkbenchStore;
import xiaokang.reports.ReportEngine;
import xiaokang.reports.ReportException;
import xiaokang.store.StoreException;

/**
 * What the report views work with: the workbench's database and the report engine, both OSGi
 * services that the workbench's context holds (and releases when the workbench closes). Taken on
 * the UI thread, used in jobs.
 */
record WorkbenchData(WorkbenchStore database, ReportEngine engine) {

    /** The services as a part's site offers them now. */
    static WorkbenchData of(IServiceLocator site) {
        return new WorkbenchData(site.getService(WorkbenchStore.class), site.getService(ReportEngine.class));
    }

    Connection connect() throws StoreException, CoreException, InterruptedException {
        if (database == null) {
            throw new StoreException(Messages.WorkbenchData_noDatabase);
        }
        return database.store().connect();
    }

    ReportEngine reports() throws ReportException {
        if (engine == null) {
            throw new ReportException(Messages.WorkbenchData_noEngine);
        }
        return engine;
    }
}
