package xiaokang.monitoring.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

import xiaokang.cli.Arguments;
import xiaokang.cli.CliCommand;
import xiaokang.cli.CommandContext;
import xiaokang.cli.Folders;
import xiaokang.cli.UsageException;
import xiaokang.core.model.CorePackage;
import xiaokang.data.CountyWalk;
import xiaokang.demo.DemoDatabase;
import xiaokang.monitoring.WarningRun;
import xiaokang.store.Database;
import xiaokang.store.Session;
import xiaokang.store.Store;

/**
 * {@code xiaokang bench-warnings [--scales 1,10]}: the warnings of the whole demo county (every
 * household, every rule) against the store's own scan of the same rows (each household with its
 * members, assessments and incomes), measured in the same run; the first run on a fresh county and
 * a second one that finds nothing new.
 */
public final class WarningsBenchCommand implements CliCommand {

    private static final String SCALES = "--scales"; //$NON-NLS-1$
    private static final String USER = "bench"; //$NON-NLS-1$

    @Override
    public int run(CommandContext context) throws Exception {
        Arguments arguments = Arguments.parse(context.arguments(), Set.of(SCALES), Set.of());
        if (!arguments.positional().isEmpty()) {
            throw new UsageException(arguments.positional().get(0));
        }
        PrintStream out = context.out();
        for (String value : arguments.value(SCALES, "1").split(",")) { //$NON-NLS-1$ //$NON-NLS-2$
            int scale;
            try {
                scale = Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                throw new UsageException(SCALES);
            }
            bench(out, scale);
        }
        return OK;
    }

    private static void bench(PrintStream out, int scale) throws Exception {
        Path work = Folders.deletedAtExit(Files.createTempDirectory("xiaokang-bench-warnings")); //$NON-NLS-1$
        long start = System.nanoTime();
        Store store = DemoDatabase.store(Database.embedded(work.resolve("db")), DemoDatabase.DEFAULT_SEED, scale, null); //$NON-NLS-1$
        out.printf("scale %d: demo county built in %.1f s%n", scale, seconds(start)); //$NON-NLS-1$
        start = System.nanoTime();
        int[] households = { 0 };
        try (Session session = store.openSession(USER)) {
            CountyWalk.householdsOnce(session, null, "", household -> { //$NON-NLS-1$
                session.children(household, CorePackage.Literals.HOUSEHOLD__INCOMES);
                households[0]++;
            });
        }
        double scan = seconds(start);
        out.printf("  the store's scan of %,d households (members, assessments, incomes): %.1f s%n", households[0], scan); //$NON-NLS-1$
        for (String run : new String[] { "first run", "second run" }) { //$NON-NLS-1$ //$NON-NLS-2$
            start = System.nanoTime();
            WarningRun.Summary summary = WarningRun.run(store, USER, LocalDate.now(), 0, null);
            double seconds = seconds(start);
            out.printf("  warnings, %s: %.1f s (%.2f x the scan); %,d raised, %,d new, %,d open%n", run, seconds, seconds / scan, //$NON-NLS-1$
                    summary.raised(), summary.opened(), summary.open());
        }
        out.printf("  target: under %d s%n", scale * 10); //$NON-NLS-1$
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
