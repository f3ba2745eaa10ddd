package xiaokang.data.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;

import xiaokang.core.Models;
import xiaokang.data.DatabaseSettings;
import xiaokang.data.WorkbenchStore;
import xiaokang.store.Database;
import xiaokang.store.Store;
import xiaokang.store.StoreException;

/** The database the settings name: opened once, after the first start's data is built. */
@Component(name = "xiaokang.data.workbench-store", service = WorkbenchStore.class)
public final class ConfiguredWorkbenchStore implements WorkbenchStore {

    private Store store;
    private Database login;

    @Override
    public synchronized Store store() throws StoreException, CoreException, InterruptedException {
        if (store == null) {
            Job.getJobManager().join(PREPARING, null);
            DatabaseSettings settings = DatabaseSettings.read();
            Path folder = settings.embeddedFolder();
            if (!settings.onServer() && !Files.exists(folder)) {
                throw new StoreException(NLS.bind(Messages.WorkbenchStore_noData, folder, "./xiaokang demo")); //$NON-NLS-1$
            }
            Database database = settings.database();
            if (settings.onServer() && login == null) {
                throw new StoreException(NLS.bind(Messages.WorkbenchStore_notLoggedIn, database.description()));
            }
            store = Store.open(settings.onServer() ? login : database, Models.read(Platform.getExtensionRegistry()));
        }
        return store;
    }

    @Override
    public synchronized void logIn(String user, String password) throws StoreException {
        Database database = DatabaseSettings.read().database().as(user, password);
        try (Connection connection = database.connect()) {
            connection.rollback();
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
        login = database;
        store = null;
    }
}
