package xiaokang.data.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;

import xiaokang.core.Models;
import xiaokang.data.DatabaseSettings;
import xiaokang.data.WorkbenchStore;
import xiaokang.store.Store;
import xiaokang.store.StoreException;

/** The database the settings name: opened once, after the first start's data is built. */
@Component(name = "xiaokang.data.workbench-store", service = WorkbenchStore.class)
public final class ConfiguredWorkbenchStore implements WorkbenchStore {

    private Store store;

    @Override
    public synchronized Store store() throws StoreException, CoreException, InterruptedException {
        if (store == null) {
            Job.getJobManager().join(PREPARING, null);
            DatabaseSettings settings = DatabaseSettings.read();
            Path folder = settings.embeddedFolder();
            if (!settings.onServer() && !Files.exists(folder)) {
                throw new StoreException(NLS.bind(Messages.WorkbenchStore_noData, folder, "./xiaokang demo")); //$NON-NLS-1$
            }
            store = Store.open(settings.database(), Models.read(Platform.getExtensionRegistry()));
        }
        return store;
    }
}
