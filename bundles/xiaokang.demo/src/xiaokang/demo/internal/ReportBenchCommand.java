package xiaokang.demo.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import xiaokang.cli.Arguments;
import xiaokang.cli.CliCommand;
import xiaokang.cli.CommandContext;
import xiaokang.cli.Folders;
import xiaokang.cli.HeapSampler;
import xiaokang.cli.UsageException;
import xiaokang.core.Models;
import xiaokang.data.DataLocation;
import xiaokang.data.DerivedData;
import xiaokang.demo.DemoDatabase;
import xiaokang.reports.ReportCatalog;
import xiaokang.reports.ReportDescriptor;
import xiaokang.reports.ReportEngine;
import xiaokang.reports.ReportFormat;
import xiaokang.reports.ReportParameter;
import xiaokang.reports.ReportRequest;
import xiaokang.store.Database;
import xiaokang.store.Store;

/**
 * {@code xiaokang bench-reports [--scales 1,10] [--runs N] [--reports ID,...] [--formats pdf,html,xlsx] [--db PATH]}:
 * for every installed report (or those named), its first and warm render times on demo counties
 * (or on the database named, so that a big county built beforehand is measured within a small
 * heap), against the report's own SQL run alone in the same run (the part no report engine can
 * save), and whether the warm time meets the target of its scale; then the peak heap.
 */
@Component(name = "xiaokang.demo.command.bench-reports", service = CliCommand.class)
public final class ReportBenchCommand implements CliCommand {

    @Reference
    private ReportEngine engine;
    @Reference
    private DemoDatabase demo;
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<DerivedData> derived = List.of();

    private static final String SCALES = "--scales"; //$NON-NLS-1$
    private static final String RUNS = "--runs"; //$NON-NLS-1$
    private static final String DB = "--db"; //$NON-NLS-1$
    private static final String REPORTS = "--reports"; //$NON-NLS-1$
    private static final String FORMATS = "--formats"; //$NON-NLS-1$
    /** Warm render targets: 1.5 s at Shaodong's size, 6 s at ten times it. */
    private static final double TARGET_SCALE_1 = 1.5;
    private static final double TARGET_SCALE_10 = 6.0;
    private static final int HOUSEHOLDS_AT_SCALE_1 = 21_000;

    @Override
    public int run(CommandContext context) throws Exception {
        Arguments arguments = Arguments.parse(context.arguments(), Set.of(SCALES, RUNS, DB, REPORTS, FORMATS), Set.of());
        int runs = arguments.intValue(RUNS, 3, 1, 100);
        List<Integer> scales = arguments.intList(SCALES, "1,10"); //$NON-NLS-1$
        List<ReportFormat> formats = formats(arguments.value(FORMATS, "pdf")); //$NON-NLS-1$
        List<ReportDescriptor> reports = reports(arguments.value(REPORTS, null));
        PrintStream out = context.out();
        Path work = Folders.deletedAtExit(Files.createTempDirectory("xiaokang-bench-reports")); //$NON-NLS-1$
        out.printf("Java %s, %d cores, max heap %,d MB, %d reports, databases and documents in %s%n", Runtime.version(), //$NON-NLS-1$
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, reports.size(), work);
        boolean engineStarted = false;
        String given = arguments.value(DB, null);
        int slow = 0;
        for (int scale : given == null ? scales : List.of(0)) {
            Store store;
            if (given != null) {
                out.printf("database %s%n", given); //$NON-NLS-1$
                store = Store.open(DataLocation.resolve(given), Models.read(Platform.getExtensionRegistry()));
            } else {
                out.printf("scale %d: building the demo county...%n", scale); //$NON-NLS-1$
                store = demo.create(Database.embedded(work.resolve("db-" + scale)), DemoDatabase.DEFAULT_SEED, scale, //$NON-NLS-1$
                        new NullProgressMonitor());
            }
            try (Connection connection = store.connect()) {
                double target = (given == null ? scale : scaleOf(connection)) > 1 ? TARGET_SCALE_10 : TARGET_SCALE_1;
                // the reports' SQL alone reads the derived figures as a render leaves them
                for (DerivedData data : derived) {
                    long start = System.nanoTime();
                    data.refresh(connection, new NullProgressMonitor());
                    out.printf("  derived figures %s: %.2f s%n", data.name(), seconds(start)); //$NON-NLS-1$
                }
                HeapSampler heap = new HeapSampler();
                if (!engineStarted) {
                    long start = System.nanoTime();
                    engine.parameters(reports.get(0), connection);
                    out.printf("  engine start and first design: %.2f s%n", seconds(start)); //$NON-NLS-1$
                    engineStarted = true;
                }
                out.printf("  %-34s %8s %8s %8s %8s  %s%n", "report", "SQL", "first", "warm", "x SQL", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                        "warm target " + target + " s"); //$NON-NLS-1$ //$NON-NLS-2$
                for (ReportDescriptor report : reports) {
                    Map<String, String> values = runValues(report, connection);
                    DesignQueries queries = DesignQueries.of(report);
                    double sql = median(runs, () -> queries.runAll(connection, values));
                    for (ReportFormat format : formats) {
                        Path file = work.resolve(report.id() + '-' + scale + '.' + format.extension());
                        Runnable render = () -> render(report, values, format, connection, file);
                        long first = System.nanoTime();
                        render.run();
                        double firstSeconds = seconds(first);
                        double warm = median(runs, render);
                        boolean met = format != ReportFormat.PDF || warm < target;
                        slow += met ? 0 : 1;
                        out.printf("  %-34s %6.2f s %6.2f s %6.2f s %7.1fx  %s%n", label(report, format, formats), sql, //$NON-NLS-1$
                                firstSeconds, warm, warm / Math.max(sql, 0.001), met ? "ok" : "SLOWER THAN TARGET"); //$NON-NLS-1$ //$NON-NLS-2$
                    }
                }
                heap.close();
                out.printf("  peak heap in use: %,d MB of %,d MB%n", heap.peak() >> 20, Runtime.getRuntime().maxMemory() >> 20); //$NON-NLS-1$
            }
        }
        out.printf("%s%n", slow == 0 ? "every report within its target" : slow + " report runs slower than the target"); //$NON-NLS-1$ //$NON-NLS-2$
        return OK;
    }

    /** A database named with --db, measured against the target of the demo scale its households come closest to. */
    private static long scaleOf(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM CORE.HOUSEHOLD")) { //$NON-NLS-1$
            count.next();
            return Math.max(1, Math.round(count.getLong(1) / (double) HOUSEHOLDS_AT_SCALE_1));
        }
    }

    private static String label(ReportDescriptor report, ReportFormat format, List<ReportFormat> formats) {
        return formats.size() == 1 ? report.id() : report.id() + ' ' + format.name();
    }

    private static List<ReportFormat> formats(String list) throws UsageException {
        List<ReportFormat> formats = new ArrayList<>();
        for (String name : list.split(",")) { //$NON-NLS-1$
            ReportFormat format = ReportFormat.parse(name.trim());
            if (format == null) {
                throw new UsageException(FORMATS + ' ' + name);
            }
            formats.add(format);
        }
        return formats;
    }

    private static List<ReportDescriptor> reports(String list) throws UsageException {
        ReportCatalog catalog = ReportCatalog.read(Platform.getExtensionRegistry());
        if (list == null) {
            return catalog.all();
        }
        List<ReportDescriptor> chosen = new ArrayList<>();
        for (String id : list.split(",")) { //$NON-NLS-1$
            chosen.add(catalog.find(id.trim()).orElseThrow(() -> new UsageException(REPORTS + ' ' + id)));
        }
        return chosen;
    }

    /** The design's defaults, and the first choice where a required parameter has none (a township for its roster). */
    private Map<String, String> runValues(ReportDescriptor report, Connection connection) throws Exception {
        Map<String, String> values = new LinkedHashMap<>();
        for (ReportParameter parameter : engine.parameters(report, connection)) {
            if (parameter.defaultValue() != null && !parameter.defaultValue().isEmpty()) {
                values.put(parameter.name(), parameter.defaultValue());
            } else if (parameter.required() && !parameter.choices().isEmpty()) {
                values.put(parameter.name(), parameter.choices().get(0).value());
            }
        }
        return values;
    }

    private void render(ReportDescriptor report, Map<String, String> values, ReportFormat format, Connection connection,
            Path file) {
        try {
            engine.render(new ReportRequest(report, format, values, Locale.SIMPLIFIED_CHINESE), connection, file,
                    new NullProgressMonitor());
        } catch (Exception e) {
            throw new IllegalStateException(report.id() + ": " + e.getMessage(), e); //$NON-NLS-1$
        }
    }

    private static double median(int runs, Runnable work) {
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            times[i] = seconds(start);
        }
        Arrays.sort(times);
        return times[runs / 2];
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
