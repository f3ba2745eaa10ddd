package xiaokang.reports.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.util.NLS;

import xiaokang.core.Models;
import xiaokang.data.DataLocation;
import xiaokang.store.Database;
import xiaokang.store.Store;
import xiaokang.store.StoreException;

/** The database a report command reads: it must exist, because an empty one makes empty reports. */
final class ReportDatabase {

    private ReportDatabase() {
    }

    static Store open(String option) throws StoreException, CoreException {
        Database database = DataLocation.resolve(option);
        if (database.isEmbedded() && !Files.exists(Path.of(database.description(), "service.properties"))) { //$NON-NLS-1$
            throw new StoreException(NLS.bind(Messages.Command_noDatabase, database.description()));
        }
        return Store.open(database, Models.read(Platform.getExtensionRegistry()));
    }
}
