package xiaokang.cli.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;

import xiaokang.cli.CliCommand;
import xiaokang.cli.CommandContext;
import xiaokang.cli.CommandLogin;
import xiaokang.cli.UsageException;

/** Finds the command named by the first argument, runs it, and turns every outcome into an exit code. */
public final class CommandDispatcher {

    static final String HELP = "help"; //$NON-NLS-1$

    private final List<CommandDescriptor> commands;
    private final PrintStream out;
    private final PrintStream err;

    public CommandDispatcher(List<CommandDescriptor> commands, PrintStream out, PrintStream err) {
        this.commands = List.copyOf(commands);
        this.out = out;
        this.err = err;
    }

    public int dispatch(List<String> arguments) {
        if (arguments.isEmpty()) {
            printUsage(err);
            return CliCommand.USAGE;
        }
        String name = arguments.get(0);
        if (HELP.equals(name) || "--help".equals(name) || "-h".equals(name)) { //$NON-NLS-1$ //$NON-NLS-2$
            printUsage(out);
            return CliCommand.OK;
        }
        Optional<CommandDescriptor> command = commands.stream().filter(c -> c.name().equals(name)).findFirst();
        if (command.isEmpty()) {
            err.println(NLS.bind(Messages.CommandDispatcher_unknownCommand, name));
            printUsage(err);
            return CliCommand.USAGE;
        }
        return run(command.get(), arguments.subList(1, arguments.size()));
    }

    private int run(CommandDescriptor descriptor, List<String> given) {
        try {
            List<String> arguments = CommandLogin.take(given);
            return descriptor.factory().create().run(new CommandContext(arguments, out, err));
        } catch (UsageException e) {
            err.println(NLS.bind(Messages.CommandDispatcher_usageError, descriptor.name(), e.getMessage()));
            err.println(NLS.bind(Messages.CommandDispatcher_usageLine, descriptor.usage()));
            return CliCommand.USAGE;
        } catch (Exception | LinkageError e) {
            // A linkage error is a plug-in built against another version of one it uses: said, not swallowed.
            err.println(NLS.bind(Messages.CommandDispatcher_failed, descriptor.name(), e));
            ILog.of(CommandDispatcher.class).error(NLS.bind(Messages.CommandDispatcher_failed, descriptor.name(), e), e);
            return CliCommand.FAILED;
        } catch (OutOfMemoryError e) {
            // What the command held is garbage once it is unwound, so there is room to say what happened.
            err.println(NLS.bind(Messages.CommandDispatcher_outOfMemory, descriptor.name(),
                    Runtime.getRuntime().maxMemory() / (1024 * 1024)));
            return CliCommand.FAILED;
        }
    }

    private void printUsage(PrintStream stream) {
        stream.println(Messages.CommandDispatcher_usageHeader);
        stream.println();
        stream.println(Messages.CommandDispatcher_commandsHeader);
        stream.println(line(HELP, Messages.CommandDispatcher_helpDescription));
        for (CommandDescriptor command : commands) {
            stream.println(line(command.usage().isEmpty() ? command.name() : command.usage(), command.description()));
        }
    }

    private static String line(String usage, String description) {
        return String.format("  %-40s %s", usage, description); //$NON-NLS-1$
    }
}
