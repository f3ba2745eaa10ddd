package xiaokang.reports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import xiaokang.cli.CliCommand;
import xiaokang.cli.CommandContext;
import xiaokang.cli.InstalledCommands;
import xiaokang.cli.UsageException;
import xiaokang.reports.ReportCatalog;
import xiaokang.reports.ReportDescriptor;
import xiaokang.reports.ReportException;
import xiaokang.reports.ReportFormat;
import xiaokang.reports.ReportRequest;

/** Bad designs, bad parameters and bad outputs fail with a message that says what, and leave no file. */
class ReportErrorsTest {

    @TempDir
    Path out;

    private final ReportCatalog catalog = ReportCatalog.read(Platform.getExtensionRegistry());

    private ReportException renderFails(String id, Map<String, String> parameters, Path output) throws Exception {
        ReportDescriptor report = catalog.find(id).orElseThrow();
        try (Connection connection = DemoStore.store().connect()) {
            return assertThrows(ReportException.class, () -> DemoStore.engine().render(
                    new ReportRequest(report, ReportFormat.PDF, parameters, Locale.SIMPLIFIED_CHINESE), connection, output,
                    new NullProgressMonitor()));
        }
    }

    private void assertNothingWritten() throws Exception {
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(), files.toList());
        }
    }

    @Test
    void aFailingQueryFailsTheRunInsteadOfGivingAnEmptyDocument() throws Exception {
        ReportException failure = renderFails("tests.broken-query", Map.of(), out.resolve("broken.pdf"));

        assertTrue(failure.getMessage().contains("tests.broken-query"), failure.getMessage());
        assertTrue(failure.getMessage().contains("NO_SUCH_COLUMN"), failure.getMessage());
        assertNothingWritten();
    }

    @Test
    void anIdNotNamespacedByItsPluginIsLeftOut() {
        assertTrue(catalog.find("tests.broken-query").isPresent());
        assertFalse(catalog.find("not-namespaced").isPresent());
    }

    @Test
    void parameterErrorsNameTheParameterAndTheValue() throws Exception {
        ReportException unknown = renderFails("township-roster", Map.of("township", "x", "year", "2020"),
                out.resolve("roster.pdf"));
        assertTrue(unknown.getMessage().contains("year"), unknown.getMessage());

        ReportException notAChoice = renderFails("township-roster", Map.of("township", "no-such-code"),
                out.resolve("roster.pdf"));
        assertTrue(notAChoice.getMessage().contains("township") && notAChoice.getMessage().contains("no-such-code"),
                notAChoice.getMessage());

        ReportException missing = renderFails("township-roster", Map.of(), out.resolve("roster.pdf"));
        assertTrue(missing.getMessage().contains("township"), missing.getMessage());
        assertNothingWritten();
    }

    /** Townships by name and code, counted with the test's own SQL. */
    private static Map<String, String> townships() throws Exception {
        Map<String, String> byName = new TreeMap<>();
        try (Connection connection = DemoStore.store().connect();
                ResultSet rows = connection.createStatement().executeQuery("SELECT NAME, CODE FROM CORE.TOWNSHIP")) {
            while (rows.next()) {
                byName.put(rows.getString(1), rows.getString(2));
            }
        }
        return byName;
    }

    @Test
    void aChoiceParameterTakesTheNameSuggestsOnATypoAndListsTheChoicesWhenMissing() throws Exception {
        Map<String, String> townships = townships();
        String name = townships.keySet().iterator().next();
        ReportDescriptor roster = catalog.find("township-roster").orElseThrow();
        Path byName = out.resolve("by-name.html");
        try (Connection connection = DemoStore.store().connect()) {
            DemoStore.engine().render(new ReportRequest(roster, ReportFormat.HTML, Map.of("township", " " + name + " "),
                    Locale.SIMPLIFIED_CHINESE), connection, byName, new NullProgressMonitor());
        }
        String html = Files.readString(byName, StandardCharsets.UTF_8);
        assertTrue(html.contains(name), "the roster of " + name);
        Files.delete(byName);

        String typo = name.substring(0, name.length() - 1) + "X";
        ReportException suggested = renderFails("township-roster", Map.of("township", typo), out.resolve("x.pdf"));
        assertTrue(suggested.getMessage().contains(typo) && suggested.getMessage().contains(name + " (" + townships.get(name) + ")"),
                suggested.getMessage());

        ReportException missing = renderFails("township-roster", Map.of(), out.resolve("x.pdf"));
        long listed = townships.keySet().stream().filter(missing.getMessage()::contains).count();
        assertEquals(Math.min(20, townships.size()), listed, missing.getMessage());
        assertTrue(townships.size() <= 20 || missing.getMessage().contains("--choices township"), missing.getMessage());
        assertNothingWritten();

        ByteArrayOutputStream all = new ByteArrayOutputStream();
        assertEquals(CliCommand.OK, report(all, new ByteArrayOutputStream(), "township-roster", "--choices", "township", "--db",
                DemoStore.folder().resolve("db").toString()));
        String listing = all.toString(StandardCharsets.UTF_8);
        assertEquals(townships.size(), townships.entrySet().stream()
                .filter(township -> listing.contains(township.getValue() + "  " + township.getKey())).count(), listing);
    }

    @Test
    void anUnwritableOutputIsReportedWithItsPath() throws Exception {
        Path nowhere = out.resolve("no-such-folder").resolve("overview.pdf");
        ReportException failure = renderFails("city-overview", Map.of(), nowhere);
        assertTrue(failure.getMessage().contains(nowhere.toString()), failure.getMessage());
    }

    private int report(ByteArrayOutputStream err, String... arguments) throws Exception {
        return report(new ByteArrayOutputStream(), err, arguments);
    }

    private static int report(ByteArrayOutputStream out, ByteArrayOutputStream err, String... arguments) throws Exception {
        return InstalledCommands.named("report").run(new CommandContext(List.of(arguments),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
    }

    @Test
    void theCommandRefusesUnknownReportsFormatsAndMissingDatabases() throws Exception {
        String db = DemoStore.folder().resolve("db").toString();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        assertEquals(CliCommand.FAILED, report(err, "no-such-report", "--out", out.resolve("x.pdf").toString(), "--db", db));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no-such-report"));
        assertThrows(UsageException.class, () -> report(err, "city-overview", "--out", out.resolve("x.odt").toString()));
        assertThrows(UsageException.class, () -> report(err, "city-overview"));
        assertThrows(UsageException.class, () -> report(err, "city-overview", "--out", "x.pdf", "--param", "novalue"));

        ByteArrayOutputStream missing = new ByteArrayOutputStream();
        assertEquals(CliCommand.FAILED, report(missing, "city-overview", "--out", out.resolve("x.pdf").toString(),
                "--db", out.resolve("absent").toString()));
        assertTrue(missing.toString(StandardCharsets.UTF_8).contains("demo"), missing.toString(StandardCharsets.UTF_8));
        assertFalse(Files.exists(out.resolve("absent")), "a missing database is not created by a report");
        assertNothingWritten();
    }

    @Test
    void theCommandRendersWithParameters() throws Exception {
        String db = DemoStore.folder().resolve("db").toString();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path xlsx = out.resolve("overview.xlsx");

        assertEquals(CliCommand.OK, report(err, "city-overview", "--out", xlsx.toString(), "--db", db),
                err.toString(StandardCharsets.UTF_8));
        assertTrue(Files.size(xlsx) > 0);
    }
}
