package xiaokang.cli.app;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;

/**
 * Sends the libraries' Java logging (the report engine's warnings, the bundles' own) to
 * {@code xiaokang.log} in the data folder, so that a command's console carries its own messages
 * only and a user who wants the details knows where they are.
 */
final class LibraryLog {

    static final String FILE = "xiaokang.log"; //$NON-NLS-1$
    private static final int LIMIT = 4 << 20;

    private LibraryLog() {
    }

    static void toDataFolder() {
        Location instance = Platform.getInstanceLocation();
        if (instance == null || instance.getURL() == null) {
            return;
        }
        try {
            Path folder = Path.of(instance.getURL().toURI());
            Files.createDirectories(folder);
            FileHandler file = new FileHandler(folder.resolve(FILE).toString(), LIMIT, 1, true);
            file.setEncoding("UTF-8"); //$NON-NLS-1$
            file.setFormatter(new SimpleFormatter());
            Logger root = LogManager.getLogManager().getLogger(""); //$NON-NLS-1$
            for (Handler handler : root.getHandlers()) {
                root.removeHandler(handler);
            }
            root.addHandler(file);
        } catch (IOException | URISyntaxException | IllegalArgumentException e) {
            // An unwritable data folder: the lines stay on the console rather than being lost.
        }
    }
}
