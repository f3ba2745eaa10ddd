package xiaokang.data;

import org.eclipse.core.runtime.CoreException;

import xiaokang.store.Store;
import xiaokang.store.StoreException;

/**
 * The database the workbench works on, as an OSGi service: every view and editor reads and saves
 * through it. The product's own opens the database the settings name ({@link DatabaseSettings}),
 * once the first-start demo database is built; a test or a tool registers another with a higher
 * service ranking.
 */
public interface WorkbenchStore {

    /** The family of jobs that prepare the workbench's database (the first start's); readers join it first. */
    Object PREPARING = WorkbenchStore.class;

    /** The store, opened on first use and never as a new empty database. Call it from jobs, not the UI thread. */
    Store store() throws StoreException, CoreException, InterruptedException;

    /**
     * Logs in to the shared database the settings name, checking the password with the server at
     * once; the store is then opened as this user. A store no one logs in to ignores it.
     *
     * @throws StoreException when the server refuses the login (the message says why) or cannot be reached
     */
    default void logIn(String user, String password) throws StoreException {
        // nothing to log in to
    }
}
