package xiaokang.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

import xiaokang.cli.CliCommand;
import xiaokang.cli.internal.CommandCatalog;
import xiaokang.cli.internal.CommandDescriptor;
import xiaokang.cli.internal.CommandDispatcher;

/** The commands that the installed plug-ins contribute, read from the real extension registry. */
class ContributedCommandsTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... arguments) {
        List<CommandDescriptor> commands = CommandCatalog.read(Platform.getExtensionRegistry());
        return new CommandDispatcher(commands, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).dispatch(List.of(arguments));
    }

    @Test
    void versionIsContributedWithATranslatedDescription() {
        CommandDescriptor version = CommandCatalog.read(Platform.getExtensionRegistry()).stream()
                .filter(c -> c.name().equals("version")).findFirst().orElseThrow();

        assertEquals("显示小康工作台的版本", version.description());
    }

    @Test
    void versionPrintsTheBundleVersionAndJava() {
        assertEquals(CliCommand.OK, run("version"));

        String version = FrameworkUtil.getBundle(CommandCatalog.class).getVersion().toString();
        assertTrue(out.toString(StandardCharsets.UTF_8).contains(version), out::toString);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Java " + Runtime.version()), out::toString);
    }

    @Test
    void versionRefusesArguments() {
        assertEquals(CliCommand.USAGE, run("version", "--verbose"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--verbose"));
    }
}
