package xiaokang.cli;

import java.io.Console;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

/**
 * Who a command logs in to a shared database as: {@code --user NAME}, which every command takes
 * (the dispatcher removes it before the command sees its arguments), and the password, which is
 * never given on the command line, where other users of the machine could read it, but in an
 * environment variable or typed at a prompt.
 */
public final class CommandLogin {

    public static final String USER_OPTION = "--user"; //$NON-NLS-1$
    /** The logged-in user's password. */
    public static final String PASSWORD = "XIAOKANG_PASSWORD"; //$NON-NLS-1$
    /** A password being given to a user (users add, users reset). */
    public static final String NEW_PASSWORD = "XIAOKANG_NEW_PASSWORD"; //$NON-NLS-1$

    private static volatile String user;

    private CommandLogin() {
    }

    /**
     * Takes {@code --user NAME} out of a command line's arguments and remembers the name for this
     * command (none when not given).
     */
    public static List<String> take(List<String> arguments) throws UsageException {
        List<String> rest = new ArrayList<>();
        String given = null;
        for (int i = 0; i < arguments.size(); i++) {
            if (USER_OPTION.equals(arguments.get(i))) {
                if (i + 1 >= arguments.size()) {
                    throw new UsageException(NLS.bind(Messages.Arguments_missingValue, USER_OPTION));
                }
                given = arguments.get(++i);
            } else {
                rest.add(arguments.get(i));
            }
        }
        user = given;
        return rest;
    }

    /** The user named with {@code --user}, or null. */
    public static String user() {
        return user;
    }

    /**
     * A secret from the environment variable {@code variable}, else typed at the terminal after
     * {@code prompt} (not echoed); empty when there is neither (a script without the variable).
     */
    public static Optional<String> secret(String variable, String prompt) {
        String value = System.getenv(variable);
        if (value != null && !value.isEmpty()) {
            return Optional.of(value);
        }
        Console console = System.console();
        if (console == null) {
            return Optional.empty();
        }
        char[] typed = console.readPassword("%s", prompt); //$NON-NLS-1$
        return typed == null || typed.length == 0 ? Optional.empty() : Optional.of(new String(typed));
    }
}
