package xiaokang.core.ui.internal;

import org.eclipse.ui.services.IServiceLocator;

import xiaokang.data.WorkbenchStore;
import xiaokang.store.StoreException;

/** The workbench's database service as a part's site offers it (the workbench's context holds and releases it). */
public final class SiteDatabase {

    private SiteDatabase() {
    }

    /** The service now, looked up on the UI thread; a message when the product lacks it. */
    public static WorkbenchStore of(IServiceLocator site) throws StoreException {
        WorkbenchStore database = site.getService(WorkbenchStore.class);
        if (database == null) {
            throw new StoreException(Messages.SiteDatabase_missing);
        }
        return database;
    }
}
