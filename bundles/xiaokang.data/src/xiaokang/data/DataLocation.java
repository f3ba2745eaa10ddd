package xiaokang.data;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.osgi.util.NLS;

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

    public static Database resolve(String option) throws StoreException {
        if (option != null && option.startsWith("jdbc:")) { //$NON-NLS-1$
            return Database.fromUrl(option);
        }
        return option != null ? Database.embedded(Path.of(option)) : DatabaseSettings.read().database();
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
