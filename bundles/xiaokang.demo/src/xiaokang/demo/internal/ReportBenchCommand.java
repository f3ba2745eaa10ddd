package xiaokang.demo.internal;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import xiaokang.cli.Arguments;
import xiaokang.cli.CliCommand;
import xiaokang.cli.CommandContext;
import xiaokang.core.Models;
import xiaokang.data.DataLocation;
import xiaokang.demo.DemoDatabase;
import xiaokang.reports.IndicatorCatalog;
import xiaokang.reports.Indicators;
import xiaokang.reports.ReportCatalog;
import xiaokang.reports.ReportDescriptor;
import xiaokang.reports.ReportEngine;
import xiaokang.reports.ReportFormat;
import xiaokang.reports.ReportRequest;
import xiaokang.store.Database;
import xiaokang.store.Store;

/**
 * {@code xiaokang bench-reports [--scales 1,10] [--runs N] [--db PATH]}: engine start, first and
 * warm render times of the city overview in PDF, HTML and XLSX on demo counties (or on the
 * database named, so that a big county built beforehand is measured within a small heap), the
 * peak heap, and as the baseline the overview's own SQL run alone in the same run (the part no
 * report engine can save).
 */
@Component(name = "xiaokang.demo.command.bench-reports", service = CliCommand.class)
public final class ReportBenchCommand implements CliCommand {

    @Reference
    private ReportEngine engine;
    @Reference
    private DemoDatabase demo;

    private static final String SCALES = "--scales"; //$NON-NLS-1$
    private static final String RUNS = "--runs"; //$NON-NLS-1$
    private static final String DB = "--db"; //$NON-NLS-1$
    private static final List<ReportFormat> FORMATS = List.of(ReportFormat.PDF, ReportFormat.HTML, ReportFormat.XLSX);
    private static final Pattern QUERY = Pattern.compile("<xml-property name=\"queryText\"><!\\[CDATA\\[(.*?)\\]\\]>", //$NON-NLS-1$
            Pattern.DOTALL);

    @Override
    public int run(CommandContext context) throws Exception {
        Arguments arguments = Arguments.parse(context.arguments(), Set.of(SCALES, RUNS, DB), Set.of());
        int runs = arguments.intValue(RUNS, 3, 1, 100);
        List<Integer> scales = arguments.intList(SCALES, "1,10"); //$NON-NLS-1$
        PrintStream out = context.out();
        ReportDescriptor overview = ReportCatalog.read(Platform.getExtensionRegistry()).find("city-overview").orElseThrow(); //$NON-NLS-1$
        Path work = Files.createTempDirectory("xiaokang-bench-reports"); //$NON-NLS-1$
        out.printf("Java %s, %d cores, max heap %,d MB, databases in %s%n", Runtime.version(), //$NON-NLS-1$
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, work);
        boolean engineStarted = false;
        String given = arguments.value(DB, null);
        List<Integer> runsOver = given == null ? scales : List.of(0);
        for (int scale : runsOver) {
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
                Indicators.refresh(connection, IndicatorCatalog.read(Platform.getExtensionRegistry()), new NullProgressMonitor());
                HeapSampler heap = new HeapSampler();
                if (!engineStarted) {
                    long start = System.nanoTime();
                    engine.parameters(overview, connection);
                    out.printf("  engine start and first design: %.2f s%n", seconds(start)); //$NON-NLS-1$
                    engineStarted = true;
                }
                double queries = median(runs, () -> runQueries(overview, connection));
                out.printf("  baseline, the overview's SQL alone: %.2f s%n", queries); //$NON-NLS-1$
                for (ReportFormat format : FORMATS) {
                    Path file = work.resolve("overview-" + scale + '.' + format.extension()); //$NON-NLS-1$
                    Runnable render = () -> render(engine, overview, format, connection, file);
                    long first = System.nanoTime();
                    render.run();
                    double firstSeconds = seconds(first);
                    double warm = median(runs, render);
                    out.printf("  %-4s first %.2f s, warm %.2f s (median of %d) = %.1f x baseline%n", format.name(), //$NON-NLS-1$
                            firstSeconds, warm, runs, warm / queries);
                }
                heap.stop();
                out.printf("  peak heap in use: %,d MB of %,d MB%n", heap.peak() >> 20, Runtime.getRuntime().maxMemory() >> 20); //$NON-NLS-1$
            }
        }
        return OK;
    }

    private static void render(ReportEngine engine, ReportDescriptor report, ReportFormat format, Connection connection, Path file) {
        try {
            engine.render(new ReportRequest(report, format, Map.of(), Locale.SIMPLIFIED_CHINESE), connection, file,
                    new NullProgressMonitor());
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Every query of the design, each read to the end. */
    private static void runQueries(ReportDescriptor report, Connection connection) {
        try (var in = report.design().openStream(); Statement statement = connection.createStatement()) {
            Matcher queries = QUERY.matcher(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            while (queries.find()) {
                try (ResultSet rows = statement.executeQuery(queries.group(1))) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int column = 1; column <= columns; column++) {
                            rows.getObject(column);
                        }
                    }
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
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

    /** The most heap in use at once, sampled every 20 ms (the pools' own peaks fall at different times). */
    private static final class HeapSampler {

        private final Thread thread;
        private volatile long peak;
        private volatile boolean done;

        HeapSampler() {
            System.gc();
            thread = new Thread(() -> {
                while (!done) {
                    peak = Math.max(peak, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "xiaokang heap sampler"); //$NON-NLS-1$
            thread.setDaemon(true);
            thread.start();
        }

        long peak() {
            return peak;
        }

        void stop() {
            done = true;
        }
    }
}
