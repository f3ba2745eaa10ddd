package xiaokang.server.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import xiaokang.cli.Arguments;
import xiaokang.cli.CliCommand;
import xiaokang.cli.CommandContext;
import xiaokang.cli.CommandLogin;
import xiaokang.cli.UsageException;
import xiaokang.data.DataLocation;
import xiaokang.store.Database;
import xiaokang.store.StoreException;
import xiaokang.store.UserAccounts;
import xiaokang.store.UserAccounts.Account;
import xiaokang.store.UserAccounts.Role;

/**
 * {@code xiaokang users add|list|disable|reset}: the administrator manages who logs in to the
 * shared database (logged in as {@code --user}, by default {@code admin}).
 */
public final class UsersCommand implements CliCommand {

    private static final String DB = "--db"; //$NON-NLS-1$
    private static final String ROLE = "--role"; //$NON-NLS-1$
    private static final String TOWNSHIP = "--township"; //$NON-NLS-1$
    private static final String CADRE = "--cadre"; //$NON-NLS-1$

    @Override
    public int run(CommandContext context) throws Exception {
        List<String> words = context.arguments();
        if (words.isEmpty()) {
            throw new UsageException(Messages.Users_whichAction);
        }
        String action = words.get(0);
        Arguments arguments = Arguments.parse(words.subList(1, words.size()), Set.of(DB, ROLE, TOWNSHIP, CADRE), Set.of());
        List<String> names = arguments.positional();
        boolean named = !"list".equals(action); //$NON-NLS-1$
        if (names.size() != (named ? 1 : 0)) {
            throw new UsageException(named ? Messages.Users_oneName : names.get(0));
        }
        try {
            Database database = DataLocation.resolve(arguments.value(DB, null), OfficeDatabase.DEFAULT_ADMIN);
            try (Connection connection = database.connect()) {
                connection.setAutoCommit(true);
                return switch (action) {
                    case "add" -> add(context, connection, names.get(0), arguments, database.user()); //$NON-NLS-1$
                    case "list" -> list(context, connection); //$NON-NLS-1$
                    case "disable" -> { //$NON-NLS-1$
                        UserAccounts.disable(connection, names.get(0));
                        context.out().println(NLS.bind(Messages.Users_disabled, UserAccounts.normalize(names.get(0))));
                        yield OK;
                    }
                    case "reset" -> reset(context, connection, names.get(0)); //$NON-NLS-1$
                    default -> throw new UsageException(action);
                };
            }
        } catch (StoreException | SQLException e) {
            context.err().println(e.getMessage());
            return FAILED;
        }
    }

    private int add(CommandContext context, Connection connection, String name, Arguments arguments, String by) throws Exception {
        String roleId = arguments.value(ROLE, null);
        if (roleId == null) {
            throw new UsageException(ROLE);
        }
        Role role = Role.of(roleId);
        Optional<String> password = newPassword(name);
        if (password.isEmpty()) {
            context.err().println(NLS.bind(Messages.Users_noNewPassword, name, CommandLogin.NEW_PASSWORD));
            return FAILED;
        }
        UserAccounts.add(connection, name, role, arguments.values(TOWNSHIP), arguments.value(CADRE, null), password.get(), by);
        context.out().println(NLS.bind(Messages.Users_added, UserAccounts.normalize(name), role.label()));
        return OK;
    }

    private int reset(CommandContext context, Connection connection, String name) throws Exception {
        Optional<String> password = newPassword(name);
        if (password.isEmpty()) {
            context.err().println(NLS.bind(Messages.Users_noNewPassword, name, CommandLogin.NEW_PASSWORD));
            return FAILED;
        }
        UserAccounts.reset(connection, name, password.get());
        context.out().println(NLS.bind(Messages.Users_reset, UserAccounts.normalize(name)));
        return OK;
    }

    private static int list(CommandContext context, Connection connection) throws SQLException {
        for (Account account : UserAccounts.list(connection)) {
            context.out().println(String.join("  ", account.name(), account.role().id(), account.role().label(), //$NON-NLS-1$
                    account.townships().isEmpty() ? "-" : String.join("、", account.townships()), //$NON-NLS-1$ //$NON-NLS-2$
                    account.cadre() == null ? "-" : account.cadre(), //$NON-NLS-1$
                    state(account)));
        }
        return OK;
    }

    private static String state(Account account) {
        if (account.disabled()) {
            return Messages.Users_stateDisabled;
        }
        return account.lockedUntil() == null ? Messages.Users_stateActive
                : NLS.bind(Messages.Users_stateLocked, account.lockedUntil().toLocalDateTime().withNano(0).toString().replace('T', ' '));
    }

    private static Optional<String> newPassword(String name) {
        return CommandLogin.secret(CommandLogin.NEW_PASSWORD, NLS.bind(Messages.Users_newPasswordPrompt, UserAccounts.normalize(name)));
    }
}
