package xiaokang.store.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * {@link Places#USER_TOWNSHIPS}: each township user's townships by id, and
 * {@link Places#USER_CADRES}: the cadre each cadre login is, as the views compare them with the
 * session's user, written again from {@code XK.USERS} (where the administrator names them) whenever
 * a user is added and whenever the grants are made.
 */
public final class UserTownships {

    private UserTownships() {
    }

    /** Creates the table when it is missing and fills it from {@code XK.USERS}. */
    public static void refresh(Connection owner) throws SQLException {
        try (Statement statement = owner.createStatement()) {
            try (ResultSet tables = owner.getMetaData().getTables(null, SchemaManager.META, "USER_TOWNSHIPS", null)) { //$NON-NLS-1$
                if (!tables.next()) {
                    statement.execute("CREATE TABLE " + Places.USER_TOWNSHIPS //$NON-NLS-1$
                            + " (USER_NAME VARCHAR(128) NOT NULL, TOWNSHIP_ID BIGINT NOT NULL, PRIMARY KEY (USER_NAME, TOWNSHIP_ID))"); //$NON-NLS-1$
                }
            }
            try (ResultSet tables = owner.getMetaData().getTables(null, SchemaManager.META, "USER_CADRES", null)) { //$NON-NLS-1$
                if (!tables.next()) {
                    statement.execute("CREATE TABLE " + Places.USER_CADRES + " (USER_NAME VARCHAR(128) PRIMARY KEY, CADRE_ID BIGINT NOT NULL)"); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
            statement.executeUpdate("DELETE FROM " + Places.USER_TOWNSHIPS); //$NON-NLS-1$
            statement.executeUpdate("DELETE FROM " + Places.USER_CADRES); //$NON-NLS-1$
            try (ResultSet users = owner.getMetaData().getTables(null, SchemaManager.META, "USERS", null)) { //$NON-NLS-1$
                if (!users.next()) {
                    return;
                }
            }
            // users shared before cadres were narrowed to their households name no cadre
            try (ResultSet columns = owner.getMetaData().getColumns(null, SchemaManager.META, "USERS", "CADRE_ID")) { //$NON-NLS-1$ //$NON-NLS-2$
                if (!columns.next()) {
                    statement.execute("ALTER TABLE " + SchemaManager.META + ".USERS ADD COLUMN CADRE_ID BIGINT"); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
            // TOWNSHIPS holds names one a line: a township is the user's when its name is one of the lines
            statement.executeUpdate("INSERT INTO " + Places.USER_TOWNSHIPS + " SELECT DISTINCT UPPER(U.NAME), T.ID FROM " //$NON-NLS-1$ //$NON-NLS-2$
                    + SchemaManager.META + ".USERS U JOIN CORE.TOWNSHIP T ON LOCATE('\n' || T.NAME || '\n', '\n' || U.TOWNSHIPS || '\n') > 0 " //$NON-NLS-1$
                    + "WHERE U.TOWNSHIPS IS NOT NULL"); //$NON-NLS-1$
            statement.executeUpdate("INSERT INTO " + Places.USER_CADRES + " SELECT UPPER(NAME), CADRE_ID FROM " + SchemaManager.META //$NON-NLS-1$ //$NON-NLS-2$
                    + ".USERS WHERE CADRE_ID IS NOT NULL"); //$NON-NLS-1$
        }
    }
}
