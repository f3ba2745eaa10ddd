package xiaokang.demo.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.eclipse.osgi.util.NLS;

/** The headline figures of a stored county, read with the same SQL a report would use. */
final class CountySummary {

    private CountySummary() {
    }

    static String of(Connection connection) throws SQLException {
        return NLS.bind(Messages.DemoCommand_summary, new Object[] { //
                count(connection, "SELECT COUNT(*) FROM CORE.TOWNSHIP"), //$NON-NLS-1$
                count(connection, "SELECT COUNT(*) FROM CORE.VILLAGE"), //$NON-NLS-1$
                count(connection, "SELECT COUNT(*) FROM CORE.VILLAGE WHERE POOR"), //$NON-NLS-1$
                count(connection, "SELECT COUNT(*) FROM CORE.HOUSEHOLD"), //$NON-NLS-1$
                count(connection, "SELECT COUNT(*) FROM CORE.HOUSEHOLD WHERE STATUS = 'LIFTED_OUT'"), //$NON-NLS-1$
                count(connection, "SELECT COUNT(*) FROM CORE.PERSON P JOIN CORE.HOUSEHOLD H ON P.HOUSEHOLD_ID = H.ID " //$NON-NLS-1$
                        + "WHERE H.STATUS = 'LIFTED_OUT'"), //$NON-NLS-1$
                count(connection, "SELECT COUNT(*) FROM CORE.PERSON") }); //$NON-NLS-1$
    }

    private static String count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return String.format("%,d", rows.getLong(1)); //$NON-NLS-1$
        }
    }
}
