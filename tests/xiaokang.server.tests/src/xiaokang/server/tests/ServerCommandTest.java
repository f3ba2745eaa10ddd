package xiaokang.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import xiaokang.cli.CliCommand;
import xiaokang.cli.CommandContext;
import xiaokang.server.internal.ServerCommand;

/** What {@code xiaokang server} says when it cannot do what it is asked. */
class ServerCommandTest {

    @TempDir
    Path folder;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... words) throws Exception {
        return new ServerCommand().run(new CommandContext(List.of(words), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)));
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aPortAnotherProgramHoldsIsSaidAndNothingStarts() throws Exception {
        Path database = Files.createDirectories(folder.resolve("db"));
        Files.writeString(database.resolve("service.properties"), "");
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();

            assertEquals(CliCommand.FAILED, run("start", "--db", database.toString(), "--port", String.valueOf(port), "--host", "127.0.0.1"));
            assertTrue(errors().contains("127.0.0.1:" + port) && errors().contains("已被另一个程序占用"), errors());
        }
        assertTrue(Files.notExists(folder.resolve("server.pid")));
    }

    @Test
    void aFolderWithoutADatabaseIsToldToInitFirst() throws Exception {
        assertEquals(CliCommand.FAILED, run("start", "--db", folder.resolve("nothing").toString()));
        assertTrue(errors().contains("server init"), errors());
    }

    @Test
    void statusAndStopOfAServerThatDoesNotRun() throws Exception {
        assertEquals(CliCommand.OK, run("status", "--db", folder.resolve("db").toString()));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("未运行"), out.toString(StandardCharsets.UTF_8));
        assertEquals(CliCommand.FAILED, run("stop", "--db", folder.resolve("db").toString()));
        assertTrue(errors().contains("没有在运行"), errors());
    }
}
