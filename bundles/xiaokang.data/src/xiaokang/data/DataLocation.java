package xiaokang.data;

import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;

import xiaokang.store.Database;
import xiaokang.store.StoreException;

/**
 * Which database the workbench and the commands use: the one named with {@code --db} (a folder or
 * a {@code jdbc:derby://} address), else the folder {@code db} in the data folder
 * ({@code XIAOKANG_DATA}, by default {@code ~/.xiaokang/workspace}).
 */
public final class DataLocation {

    private DataLocation() {
    }

    public static Database resolve(String option) throws StoreException {
        if (option != null && option.startsWith("jdbc:")) { //$NON-NLS-1$
            return Database.fromUrl(option);
        }
        return Database.embedded(option != null ? Path.of(option) : defaultFolder());
    }

    public static Path defaultFolder() {
        Location instance = Platform.getInstanceLocation();
        Path data = instance != null && instance.getURL() != null ? Path.of(instance.getURL().getPath())
                : Path.of(System.getProperty("user.home"), ".xiaokang", "workspace"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return data.resolve("db"); //$NON-NLS-1$
    }
}
