package xiaokang.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import xiaokang.cli.CliCommand;
import xiaokang.cli.UsageException;
import xiaokang.cli.internal.CommandDescriptor;
import xiaokang.cli.internal.CommandDispatcher;

class CommandDispatcherTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int dispatch(List<CommandDescriptor> commands, String... arguments) {
        return new CommandDispatcher(commands, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).dispatch(List.of(arguments));
    }

    private static CommandDescriptor command(String name, CliCommand command) {
        return new CommandDescriptor(name, "描述 " + name, name + " <参数>", () -> command);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpListsEveryCommandWithItsUsageAndDescription() {
        int code = dispatch(List.of(command("demo", c -> 0), command("report", c -> 0)), "help");

        assertEquals(CliCommand.OK, code);
        assertTrue(out().contains("demo <参数>"), out());
        assertTrue(out().contains("描述 report"), out());
    }

    @Test
    void noCommandPrintsUsageAndFails() {
        assertEquals(CliCommand.USAGE, dispatch(List.of()));
        assertTrue(err().contains("xiaokang"), err());
    }

    @Test
    void unknownCommandIsNamedAndUsageFollows() {
        int code = dispatch(List.of(command("demo", c -> 0)), "bogus", "--x");

        assertEquals(CliCommand.USAGE, code);
        assertTrue(err().contains("bogus"), err());
        assertTrue(err().contains("demo"), err());
    }

    @Test
    void commandGetsTheWordsAfterItsNameAndItsExitCodeIsReturned() {
        int code = dispatch(List.of(command("echo", c -> {
            c.out().println(String.join("|", c.arguments()));
            return 7;
        })), "echo", "a", "--b");

        assertEquals(7, code);
        assertEquals("a|--b", out().strip());
    }

    @Test
    void runningOutOfMemoryIsSaidWithHowToGiveMore() {
        int code = dispatch(List.of(command("demo", c -> {
            throw new OutOfMemoryError("Java heap space");
        })), "demo", "--scale", "10");

        assertEquals(CliCommand.FAILED, code);
        assertTrue(err().contains("demo"), err());
        assertTrue(err().contains("内存不足"), err());
        assertTrue(err().contains("XIAOKANG_VMARGS=-Xmx"), err());
    }

    @Test
    void aPlugInBuiltAgainstAnotherVersionFailsWithWhatIsMissing() {
        int code = dispatch(List.of(command("import", c -> {
            throw new NoSuchMethodError("'java.util.List xiaokang.store.Session.find(org.eclipse.emf.ecore.EAttribute, java.lang.Object)'");
        })), "import", "coops.xlsx");

        assertEquals(CliCommand.FAILED, code);
        assertTrue(err().contains("import") && err().contains("Session.find"), err());
    }

    @Test
    void usageExceptionPrintsTheReasonAndTheCommandsUsage() {
        int code = dispatch(List.of(command("report", c -> {
            throw new UsageException("--format 只能是 pdf、html、xlsx 或 docx");
        })), "report", "--format", "gif");

        assertEquals(CliCommand.USAGE, code);
        assertTrue(err().contains("--format 只能是"), err());
        assertTrue(err().contains("report <参数>"), err());
    }

    @Test
    void failureIsReportedWithItsCause() {
        int code = dispatch(List.of(command("demo", c -> {
            throw new IllegalStateException("数据库已被另一进程锁定");
        })), "demo");

        assertEquals(CliCommand.FAILED, code);
        assertTrue(err().contains("数据库已被另一进程锁定"), err());
    }
}
