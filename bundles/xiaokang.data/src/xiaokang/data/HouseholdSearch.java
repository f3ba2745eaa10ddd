package xiaokang.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds people and their households across the county by name (whole or beginning), ID number
 * (whole, or its last four or more digits) or household number, each with one indexed query: an
 * ID ending through the store's column of the last four characters, {@code PERSON.ID_NUMBER_ENDING}
 * (see docs/schema.md); a shorter ending is looked for in every number.
 */
public final class HouseholdSearch {

    /** The most people a search returns. */
    public static final int LIMIT = 200;

    private static final Pattern DIGITS = Pattern.compile("[0-9]{3,17}[0-9Xx]?"); //$NON-NLS-1$
    private static final String SELECT = "SELECT H.ID, H.NUMBER, P.NAME, P.ID_NUMBER, V.NAME, T.NAME FROM CORE.PERSON P " //$NON-NLS-1$
            + "JOIN CORE.HOUSEHOLD H ON P.HOUSEHOLD_ID = H.ID JOIN CORE.VILLAGE V ON H.VILLAGE_ID = V.ID " //$NON-NLS-1$
            + "JOIN CORE.TOWNSHIP T ON V.TOWNSHIP_ID = T.ID WHERE "; //$NON-NLS-1$

    private HouseholdSearch() {
    }

    /** One person found, with the household to open. */
    public record Hit(long householdId, String householdNumber, String name, String idNumber, String village, String township) {
    }

    /** The characters of an ID number's ending that {@code ID_NUMBER_ENDING} holds. */
    private static final int ENDING_LENGTH = 4;

    /** Finds people by name, ID number (whole or last digits) or household number. */
    public static List<Hit> find(Connection connection, String text) throws SQLException {
        String query = text.trim();
        if (query.isEmpty()) {
            return List.of();
        }
        if (DIGITS.matcher(query).matches()) {
            String upper = query.toUpperCase(java.util.Locale.ROOT);
            if (upper.length() == 18) {
                return run(connection, "P.ID_NUMBER = ?", upper); //$NON-NLS-1$
            }
            List<Hit> byHousehold = run(connection, "H.NUMBER = ?", query); //$NON-NLS-1$
            if (!byHousehold.isEmpty()) {
                return byHousehold;
            }
            return upper.length() < ENDING_LENGTH ? run(connection, "UPPER(P.ID_NUMBER) LIKE ?", '%' + upper) //$NON-NLS-1$
                    : run(connection, "P.ID_NUMBER_ENDING = ? AND UPPER(P.ID_NUMBER) LIKE ?", //$NON-NLS-1$
                            upper.substring(upper.length() - ENDING_LENGTH), '%' + upper);
        }
        return run(connection, "P.NAME LIKE ?", query + '%'); //$NON-NLS-1$
    }

    private static Hit hit(ResultSet rows) throws SQLException {
        return new Hit(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5), rows.getString(6));
    }

    private static List<Hit> run(Connection connection, String condition, String... values) throws SQLException {
        List<Hit> hits = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(SELECT + condition + " FETCH FIRST " + LIMIT + " ROWS ONLY")) { //$NON-NLS-1$ //$NON-NLS-2$
            for (int i = 0; i < values.length; i++) {
                statement.setString(i + 1, values[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    hits.add(hit(rows));
                }
            }
        }
        return hits;
    }
}
