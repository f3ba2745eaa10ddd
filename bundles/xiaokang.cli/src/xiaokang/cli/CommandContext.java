package xiaokang.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * What a {@link CliCommand} is given: the arguments after its name and where to write.
 *
 * @param arguments the words after the command name, as typed
 * @param out where results go
 * @param err where errors and progress go, so that {@code out} can be piped
 */
public record CommandContext(List<String> arguments, PrintStream out, PrintStream err) {

    public CommandContext {
        arguments = List.copyOf(arguments);
    }
}
