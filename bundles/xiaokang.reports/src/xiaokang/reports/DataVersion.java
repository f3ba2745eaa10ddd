package xiaokang.reports;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The version of the data a report or an indicator run saw: the number of the last change in the
 * store's audit trail ({@code XK.AUDIT}). Two runs with the same version saw the same data.
 */
public final class DataVersion {

    private DataVersion() {
    }

    public static long of(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT MAX(ID) FROM XK.AUDIT")) { //$NON-NLS-1$
            rows.next();
            return rows.getLong(1);
        }
    }
}
