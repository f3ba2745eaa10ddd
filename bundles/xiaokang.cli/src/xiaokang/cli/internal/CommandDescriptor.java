package xiaokang.cli.internal;

import org.eclipse.core.runtime.CoreException;

import xiaokang.cli.CliCommand;

/** A command known by name before its class is loaded. */
public record CommandDescriptor(String name, String description, String usage, Factory factory) {

    /** Creates the command when it is about to run, so that listing commands loads no plug-in. */
    @FunctionalInterface
    public interface Factory {
        CliCommand create() throws CoreException;
    }
}
