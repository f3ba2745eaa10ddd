package xiaokang.demo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import xiaokang.cli.CliCommand;
import xiaokang.cli.CommandContext;
import xiaokang.cli.InstalledCommands;
import xiaokang.cli.UsageException;
import xiaokang.core.model.CorePackage;
import xiaokang.data.DataLocation;
import xiaokang.store.Database;
import xiaokang.store.Store;

/** The demo command's guards; building the county itself is covered by the store and smoke tests. */
class DemoCommandTest {

    @TempDir
    Path folder;
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int demo(String... arguments) throws Exception {
        return InstalledCommands.named("demo").run(new CommandContext(List.of(arguments),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)));
    }

    @Test
    void anExistingDatabaseIsKeptUnlessReplaceIsAsked() throws Exception {
        Path db = Files.createDirectories(folder.resolve("db"));

        assertEquals(CliCommand.FAILED, demo("--db", db.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--replace"));
    }

    @Test
    void anEmptyDatabaseLeftByAnInterruptedBuildIsCalledThat() throws Exception {
        Path db = folder.resolve("db");
        Store.open(Database.embedded(db), List.of(CorePackage.eINSTANCE)).database().shutdown();

        assertEquals(CliCommand.FAILED, demo("--db", db.toString()));
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("没有完成") && message.contains("--replace"), message);
        assertFalse(message.contains("已存在"), message);
    }

    @Test
    void aFolderThatIsNoDatabaseIsNeverDeleted() throws Exception {
        Path precious = Files.createDirectories(folder.resolve("documents"));
        Files.writeString(precious.resolve("report.docx"), "x");

        assertEquals(CliCommand.FAILED, demo("--db", precious.toString(), "--replace"));
        assertTrue(Files.exists(precious.resolve("report.docx")));
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertThrows(UsageException.class, () -> demo("--scale", "0"));
        assertThrows(UsageException.class, () -> demo("--scale", "ten"));
        assertThrows(UsageException.class, () -> demo("--bogus"));
        assertThrows(UsageException.class, () -> demo("--db"));
    }

    @Test
    void theDatabaseOptionTakesAFolderOrAServerAddress() throws Exception {
        Database server = DataLocation.resolve("jdbc:derby://db.example:1527/xiaokang");
        Database local = DataLocation.resolve(folder.resolve("db").toString());

        assertEquals(false, server.isEmbedded());
        assertEquals("db.example:1527/xiaokang", server.description());
        assertEquals(folder.resolve("db").toString(), local.description());
    }
}
