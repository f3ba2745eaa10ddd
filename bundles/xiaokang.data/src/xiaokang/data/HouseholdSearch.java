package xiaokang.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds people and their households across the county by name (whole or beginning), ID number
 * (whole, or its last digits, through an in-memory index of ID endings) or household number,
 * with one indexed query where it can. One search holds its index of ID endings: keep it for the
 * searches of one view.
 */
public final class HouseholdSearch {

    /** The most people a search returns. */
    public static final int LIMIT = 200;

    private static final Pattern DIGITS = Pattern.compile("[0-9]{3,17}[0-9Xx]?"); //$NON-NLS-1$
    private static final String SELECT = "SELECT H.ID, H.NUMBER, P.NAME, P.ID_NUMBER, V.NAME, T.NAME FROM CORE.PERSON P " //$NON-NLS-1$
            + "JOIN CORE.HOUSEHOLD H ON P.HOUSEHOLD_ID = H.ID JOIN CORE.VILLAGE V ON H.VILLAGE_ID = V.ID " //$NON-NLS-1$
            + "JOIN CORE.TOWNSHIP T ON V.TOWNSHIP_ID = T.ID WHERE "; //$NON-NLS-1$

    /** One person found, with the household to open. */
    public record Hit(long householdId, String householdNumber, String name, String idNumber, String village, String township) {
    }

    private final IdSuffixIndex suffixes = new IdSuffixIndex();

    /** Finds people by name, ID number (whole or last digits) or household number. */
    public List<Hit> find(Connection connection, String text) throws SQLException {
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
            return upper.length() >= IdSuffixIndex.KEY_LENGTH ? byPersonIds(connection, suffixes.find(connection, upper, LIMIT))
                    : run(connection, "P.ID_NUMBER LIKE ?", '%' + upper); //$NON-NLS-1$
        }
        return run(connection, "P.NAME LIKE ?", query + '%'); //$NON-NLS-1$
    }

    private static List<Hit> byPersonIds(Connection connection, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        String in = ids.stream().map(String::valueOf).collect(Collectors.joining(",")); //$NON-NLS-1$
        List<Hit> hits = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(SELECT + "P.ID IN (" + in + ")")) { //$NON-NLS-1$ //$NON-NLS-2$
            while (rows.next()) {
                hits.add(hit(rows));
            }
        }
        return hits;
    }

    private static Hit hit(ResultSet rows) throws SQLException {
        return new Hit(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5), rows.getString(6));
    }

    private static List<Hit> run(Connection connection, String condition, String value) throws SQLException {
        List<Hit> hits = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(SELECT + condition + " FETCH FIRST " + LIMIT + " ROWS ONLY")) { //$NON-NLS-1$ //$NON-NLS-2$
            statement.setString(1, value);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    hits.add(hit(rows));
                }
            }
        }
        return hits;
    }
}
