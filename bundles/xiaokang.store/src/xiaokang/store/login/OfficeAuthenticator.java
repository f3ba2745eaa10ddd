package xiaokang.store.login;

import java.sql.SQLException;
import java.util.Properties;

import org.apache.derby.authentication.UserAuthenticator;

import xiaokang.store.internal.Logins;

/**
 * Derby's authentication provider for a shared database ({@code derby.authentication.provider}):
 * checks every login against the database's own {@code XK.LOGINS}, locks a user after five wrong
 * passwords in a row and records every refused login in the audit. Derby loads it by its name, so
 * its package is exported to Derby alone; {@link Logins} does the work.
 */
public final class OfficeAuthenticator implements UserAuthenticator {

    @Override
    public boolean authenticateUser(String userName, String userPassword, String databaseName, Properties info) throws SQLException {
        return Logins.check(userName, userPassword, databaseName);
    }
}
