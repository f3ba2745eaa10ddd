package xiaokang.demo.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import xiaokang.cli.Arguments;
import xiaokang.cli.CliCommand;
import xiaokang.cli.CommandContext;
import xiaokang.cli.Folders;
import xiaokang.cli.UsageException;
import xiaokang.core.model.CorePackage;
import xiaokang.data.DataLocation;
import xiaokang.demo.DemoDatabase;
import xiaokang.store.Database;
import xiaokang.store.Session;
import xiaokang.store.Store;
import xiaokang.store.StoreException;

/** {@code xiaokang demo [--scale N] [--seed N] [--db PATH-OR-URL] [--replace]}. */
@Component(name = "xiaokang.demo.command.demo", service = CliCommand.class)
public final class DemoCommand implements CliCommand {

    @Reference
    private DemoDatabase demo;

    private static final String SCALE = "--scale"; //$NON-NLS-1$
    private static final String SEED = "--seed"; //$NON-NLS-1$
    private static final String DB = "--db"; //$NON-NLS-1$
    private static final String REPLACE = "--replace"; //$NON-NLS-1$

    @Override
    public int run(CommandContext context) throws Exception {
        Arguments arguments = Arguments.parse(context.arguments(), Set.of(SCALE, SEED, DB), Set.of(REPLACE));
        if (!arguments.positional().isEmpty()) {
            throw new UsageException(arguments.positional().get(0));
        }
        int scale = arguments.intValue(SCALE, 1, 1, 100);
        int seed = arguments.intValue(SEED, DemoDatabase.DEFAULT_SEED, 0, Integer.MAX_VALUE);
        Database database = DataLocation.resolve(arguments.value(DB, null));
        if (database.isEmbedded() && Files.exists(Path.of(database.description()))) {
            if (!arguments.flag(REPLACE)) {
                context.err().println(NLS.bind(holdsACity(database) ? Messages.DemoCommand_exists : Messages.DemoCommand_unfinished,
                        database.description()));
                return FAILED;
            }
            if (!Files.exists(Path.of(database.description(), "service.properties"))) { //$NON-NLS-1$
                context.err().println(NLS.bind(Messages.DemoCommand_notDatabase, database.description()));
                return FAILED;
            }
            Folders.delete(Path.of(database.description()));
        } else if (!database.isEmbedded() && arguments.flag(REPLACE)) {
            throw new UsageException(NLS.bind(Messages.DemoCommand_replaceNetwork, database.description()));
        }
        long start = System.nanoTime();
        Store store = demo.create(database, seed, scale, new NullProgressMonitor());
        context.out().println(NLS.bind(Messages.DemoCommand_done, database.description(),
                String.format("%.1f", (System.nanoTime() - start) / 1e9))); //$NON-NLS-1$
        try (Connection connection = store.connect()) {
            context.out().println(CountySummary.of(connection));
        }
        return OK;
    }

    /**
     * Whether the database holds a county: a demo build that was cut off leaves the database with
     * its tables but empty (the county is stored in one transaction). A folder that is no database,
     * or cannot be opened, counts as holding one: it is not for the demo to judge.
     */
    private static boolean holdsACity(Database database) {
        if (!Files.exists(Path.of(database.description(), "service.properties"))) { //$NON-NLS-1$
            return true;
        }
        try {
            Store store = DataLocation.openExisting(database.description());
            try (Session session = store.openSession(System.getProperty("user.name"))) { //$NON-NLS-1$
                return !session.roots(CorePackage.Literals.CITY).isEmpty();
            } finally {
                store.database().shutdown();
            }
        } catch (StoreException | CoreException e) {
            return true;
        }
    }
}
