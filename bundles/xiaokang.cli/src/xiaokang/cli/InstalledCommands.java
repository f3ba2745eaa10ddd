package xiaokang.cli;

import java.util.NoSuchElementException;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;

import xiaokang.cli.internal.CommandCatalog;
import xiaokang.cli.internal.CommandDescriptor;

/** The commands installed, found as the command line finds them (for tests and for tools that run one). */
public final class InstalledCommands {

    private InstalledCommands() {
    }

    /**
     * The command installed under {@code name}, made now; a command that is a service component is
     * got from the service registry each time it runs, and released after.
     *
     * @throws NoSuchElementException when no plug-in contributes {@code name}
     */
    public static CliCommand named(String name) throws CoreException {
        CommandDescriptor command = CommandCatalog.read(Platform.getExtensionRegistry()).stream()
                .filter(c -> c.name().equals(name)).findFirst().orElseThrow(() -> new NoSuchElementException(name));
        return command.factory().create();
    }
}
