package xiaokang.exchange.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.EPackage;

import xiaokang.cli.Arguments;
import xiaokang.cli.CliCommand;
import xiaokang.cli.CommandContext;
import xiaokang.cli.Folders;
import xiaokang.cli.HeapSampler;
import xiaokang.cli.UsageException;
import xiaokang.core.demo.DemoCounty;
import xiaokang.core.model.City;
import xiaokang.core.model.CorePackage;
import xiaokang.exchange.ImportResult;
import xiaokang.exchange.RegistryExport;
import xiaokang.exchange.RegistryImport;
import xiaokang.store.Database;
import xiaokang.store.Session;
import xiaokang.store.Store;

/**
 * {@code xiaokang bench-import [--scale N] [--file LIST.xlsx] [--work FOLDER]}: the import's figures
 * on this machine against a baseline from the same run, the store's own bulk load (one commit) of
 * the county the list is exported from; with {@code --file}, a given list's dry run, import and
 * re-import with the heap they took (no baseline).
 */
public final class ImportBenchCommand implements CliCommand {

    private static final String SCALE = "--scale"; //$NON-NLS-1$
    private static final String FILE = "--file"; //$NON-NLS-1$
    private static final String WORK = "--work"; //$NON-NLS-1$
    /** The demo's seed: the same county as {@code xiaokang demo}. */
    private static final long SEED = 2020;
    private static final List<EPackage> CORE = List.of(CorePackage.eINSTANCE);

    @Override
    public int run(CommandContext context) throws Exception {
        Arguments arguments = Arguments.parse(context.arguments(), Set.of(SCALE, FILE, WORK), Set.of());
        if (!arguments.positional().isEmpty()) {
            throw new UsageException(SCALE);
        }
        int scale = arguments.intValue(SCALE, 1, 1, 100);
        Path work = arguments.value(WORK, null) != null ? Path.of(arguments.value(WORK, null))
                : Folders.deletedAtExit(Files.createTempDirectory("xiaokang-bench-import")); //$NON-NLS-1$
        PrintStream out = context.out();
        out.printf("bench-import: max heap %,d MB, work folder %s%n", Runtime.getRuntime().maxMemory() >> 20, work); //$NON-NLS-1$
        Path list;
        double bulk = 0;
        if (arguments.value(FILE, null) != null) {
            list = Path.of(arguments.value(FILE, null));
        } else {
            Store county = Store.open(Database.embedded(work.resolve("county")), CORE); //$NON-NLS-1$
            bulk = bulkLoad(out, county, scale);
            list = work.resolve("registry.xlsx"); //$NON-NLS-1$
            long start = System.nanoTime();
            int written = RegistryExport.write(county, list, null, false, new NullProgressMonitor());
            out.printf("export of its person list (.xlsx, %,d rows, %.1f MB): %.1f s%n", written, Files.size(list) / 1e6, seconds(start)); //$NON-NLS-1$
        }
        Store store = Store.open(Database.embedded(work.resolve("import")), CORE); //$NON-NLS-1$
        double dry = step(out, "dry run into a database without the county", store, list, true, bulk); //$NON-NLS-1$
        step(out, "import into that database (places created)", store, list, false, bulk); //$NON-NLS-1$
        long audit = auditRows(store);
        step(out, "re-import of the same list", store, list, false, bulk); //$NON-NLS-1$
        out.printf(
                "audit rows written by the re-import: %,d; targets at scale 1: dry run < 10 s (here %.1f s), import < 30 s, re-import < 30 s%n", //$NON-NLS-1$
                auditRows(store) - audit, dry);
        return OK;
    }

    /** Generates the demo county and stores it in one commit; returns the store's seconds. */
    private static double bulkLoad(PrintStream out, Store county, int scale) throws Exception {
        long start = System.nanoTime();
        City city = new DemoCounty(SEED, scale).build();
        double generated = seconds(start);
        HeapSampler heap = new HeapSampler();
        start = System.nanoTime();
        try (Session session = county.openSession("bench")) { //$NON-NLS-1$
            session.add(city);
            session.commit();
        }
        double bulk = seconds(start);
        heap.close();
        out.printf("baseline: the store's bulk load of the scale-%d county (%,d rows, generated in %.1f s) in one commit: %.1f s, most heap in use %,d MB%n", //$NON-NLS-1$
                scale, rows(county), generated, bulk, heap.peak() >> 20);
        return bulk;
    }

    private static double step(PrintStream out, String what, Store store, Path list, boolean dryRun, double bulk) throws Exception {
        HeapSampler heap = new HeapSampler();
        long start = System.nanoTime();
        RegistryImport.Options options = RegistryImport.Options.defaults("bench").dryRun(dryRun).createPlaces(true); //$NON-NLS-1$
        ImportResult result = RegistryImport.run(store, list, options, new NullProgressMonitor());
        double seconds = seconds(start);
        heap.close();
        String ratio = bulk > 0 ? String.format(", %.2f of the bulk load's time", seconds / bulk) : ""; //$NON-NLS-1$
        out.printf("%s: %.1f s%s; %,d rows, %,d new and %,d updated households, %,d values changed, %d problems; most heap in use %,d MB%n", //$NON-NLS-1$
                what, seconds, ratio, result.rows(), result.newRecords(), result.updatedRecords(), result.changes().size(),
                result.problems().size(), heap.peak() >> 20);
        return seconds;
    }

    private static long rows(Store store) throws Exception {
        long rows = 0;
        try (Connection connection = store.connect(); Statement statement = connection.createStatement()) {
            for (String table : List.of("CITY", "TOWNSHIP", "VILLAGE", "HOUSEHOLD", "PERSON", "ANNUAL_INCOME", "ASSESSMENT", "CHECK_RESULT")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
                try (ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM CORE." + table)) { //$NON-NLS-1$
                    result.next();
                    rows += result.getLong(1);
                }
            }
        }
        return rows;
    }

    private static long auditRows(Store store) throws Exception {
        try (Connection connection = store.connect();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM XK.AUDIT")) { //$NON-NLS-1$
            result.next();
            return result.getLong(1);
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
