package xiaokang.core.ui.internal;

import java.nio.file.Files;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import xiaokang.core.Models;
import xiaokang.data.DataLocation;
import xiaokang.data.DemoDatabase;
import xiaokang.store.Store;
import xiaokang.store.StoreException;

/** Opens the workbench's database for a view, after a first-start demo database is built; never creates an empty one. */
final class WorkbenchStore {

    private WorkbenchStore() {
    }

    static Store open() throws StoreException, CoreException, InterruptedException {
        Job.getJobManager().join(DemoDatabase.JOB_FAMILY, null);
        if (!Files.exists(DataLocation.defaultFolder())) {
            throw new StoreException(NLS.bind(Messages.CountyNavigator_noData, DataLocation.defaultFolder(), "./xiaokang demo")); //$NON-NLS-1$
        }
        return Store.open(DataLocation.resolve(null), Models.read(Platform.getExtensionRegistry()));
    }
}
