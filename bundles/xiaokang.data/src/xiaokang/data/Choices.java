package xiaokang.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Stored objects a user picks from in a dialog or a form (a township, a village, a work unit), read with one query. */
public final class Choices {

    /** A stored object to choose from: its id and its name. */
    public record Choice(long id, String name) {
    }

    private Choices() {
    }

    /** The townships, in code order. */
    public static List<Choice> townships(Connection connection) throws SQLException {
        return of(connection, "SELECT ID, NAME FROM CORE.TOWNSHIP ORDER BY CODE"); //$NON-NLS-1$
    }

    /** The villages of a township, in code order. */
    public static List<Choice> villages(Connection connection, long townshipId) throws SQLException {
        return of(connection, "SELECT ID, NAME FROM CORE.VILLAGE WHERE TOWNSHIP_ID = ? ORDER BY CODE", townshipId); //$NON-NLS-1$
    }

    /** The work units (后盾单位), by name. */
    public static List<Choice> workUnits(Connection connection) throws SQLException {
        return of(connection, "SELECT ID, NAME FROM CORE.WORK_UNIT ORDER BY NAME"); //$NON-NLS-1$
    }

    /** The rows of a query whose first column is an id and second a name, with its {@code ?} filled in order. */
    public static List<Choice> of(Connection connection, String sql, long... parameters) throws SQLException {
        List<Choice> choices = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setLong(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    choices.add(new Choice(rows.getLong(1), rows.getString(2)));
                }
            }
        }
        return choices;
    }
}
