package xiaokang.data;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.osgi.util.NLS;

import xiaokang.cli.CommandLogin;
import xiaokang.core.Models;
import xiaokang.data.internal.Messages;
import xiaokang.store.Database;
import xiaokang.store.Store;
import xiaokang.store.StoreException;

/**
 * Which database the workbench and the commands use: the one named with {@code --db} (a folder or
 * a {@code jdbc:derby://} address), else the one the preferences name ({@link DatabaseSettings}),
 * by default the folder {@code db} in the data folder ({@code XIAOKANG_DATA}, by default
 * {@code ~/.xiaokang/workspace}).
 */
public final class DataLocation {

    private DataLocation() {
    }

    /**
     * The database a command names, logged in to as the user named with {@code --user} (on a
     * server, else as the one the preferences name) with the password from {@code XIAOKANG_PASSWORD}
     * or a prompt; a database no one logs in to (a desk's own folder) when there is no user.
     */
    public static Database resolve(String option) throws StoreException {
        return resolve(option, null);
    }

    /** As {@link #resolve(String)}, logged in as {@code defaultUser} when no {@code --user} was given. */
    public static Database resolve(String option, String defaultUser) throws StoreException {
        Database database;
        if (option != null && option.startsWith("jdbc:")) { //$NON-NLS-1$
            database = Database.fromUrl(option);
        } else {
            database = option != null ? Database.embedded(Path.of(option)) : DatabaseSettings.read().database();
        }
        String user = CommandLogin.user() != null ? CommandLogin.user() : defaultUser;
        if (user == null && !database.isEmbedded()) {
            user = DatabaseSettings.read().user();
        }
        if (user == null) {
            return database;
        }
        String name = user;
        String password = CommandLogin.secret(CommandLogin.PASSWORD, NLS.bind(Messages.DataLocation_passwordPrompt, name, database.description()))
                .orElseThrow(() -> new StoreException(NLS.bind(Messages.DataLocation_noPassword, name, CommandLogin.PASSWORD)));
        return database.as(user, password);
    }

    /**
     * Opens the store of a database that must exist already (a command that reads it gains
     * nothing from a new empty one); every installed model is brought up to date.
     */
    public static Store openExisting(String option) throws StoreException, CoreException {
        Database database = resolve(option);
        if (database.isEmbedded() && !Files.exists(Path.of(database.description(), "service.properties"))) { //$NON-NLS-1$
            throw new StoreException(NLS.bind(Messages.DataLocation_noDatabase, database.description()));
        }
        return Store.open(database, Models.read(Platform.getExtensionRegistry()));
    }

    public static Path defaultFolder() {
        Location instance = Platform.getInstanceLocation();
        Path data = instance != null && instance.getURL() != null ? Path.of(instance.getURL().getPath())
                : Path.of(System.getProperty("user.home"), ".xiaokang", "workspace"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return data.resolve("db"); //$NON-NLS-1$
    }
}
