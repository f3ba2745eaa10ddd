package xiaokang.cli;

/**
 * A sub-command of the headless {@code xiaokang} command line, contributed through the
 * {@code xiaokang.cli.commands} extension point. Runs without a display.
 */
@FunctionalInterface
public interface CliCommand {

    /** Exit code of a command that did what it was asked. */
    int OK = 0;
    /** Exit code of a command that failed; it has said why on the error stream. */
    int FAILED = 1;
    /** Exit code of a command given arguments it does not understand. */
    int USAGE = 2;

    /**
     * Runs the command.
     *
     * @return the process exit code: {@link #OK}, {@link #FAILED} or {@link #USAGE}
     * @throws UsageException when the arguments are wrong; the caller prints the message and the
     *             command's usage, and exits with {@link #USAGE}
     * @throws Exception any other failure; the caller reports it and exits with {@link #FAILED}
     */
    int run(CommandContext context) throws Exception;
}
