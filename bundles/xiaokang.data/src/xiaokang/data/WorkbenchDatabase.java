package xiaokang.data;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import xiaokang.core.Models;
import xiaokang.data.internal.Messages;
import xiaokang.store.Store;
import xiaokang.store.StoreException;

/**
 * The store every view and editor of the workbench reads: opened once, after the first-start demo
 * database is built, and never as a new empty database. Call it from jobs, not the UI thread.
 */
public final class WorkbenchDatabase {

    private static Store store;

    private WorkbenchDatabase() {
    }

    public static synchronized Store store() throws StoreException, CoreException, InterruptedException {
        if (store == null) {
            Job.getJobManager().join(DemoDatabase.JOB_FAMILY, null);
            DatabaseSettings settings = DatabaseSettings.read();
            Path folder = settings.embeddedFolder();
            if (!settings.onServer() && !Files.exists(folder)) {
                throw new StoreException(NLS.bind(Messages.WorkbenchDatabase_noData, folder, "./xiaokang demo")); //$NON-NLS-1$
            }
            store = Store.open(settings.database(), Models.read(Platform.getExtensionRegistry()));
        }
        return store;
    }

    /** Makes the workbench read {@code database} from now on (tests, another desk's server). */
    public static synchronized void use(Store database) {
        store = database;
    }
}
