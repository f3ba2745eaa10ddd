package xiaokang.@ID@;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The registered households whose per-capita net income in the latest year on record is below
 * {@link #LINE}: those to watch so that they do not slip back into poverty. Replace this with what
 * your plug-in is for; keep the SQL on the tables {@code docs/schema.md} describes.
 */
public final class LowIncome {

    /** Yuan per person and year. */
    public static final BigDecimal LINE = BigDecimal.valueOf(5_000);

    /** A household below the line, with the place and number as the user reads them. */
    public record Household(long id, String number, String place, BigDecimal income) {
    }

    private static final String BELOW = """
            SELECT H.ID, H.NUMBER, T.NAME, V.NAME, I.PER_CAPITA_NET_INCOME
            FROM CORE.HOUSEHOLD H JOIN CORE.ANNUAL_INCOME I ON I.HOUSEHOLD_ID = H.ID
            JOIN CORE.VILLAGE V ON H.VILLAGE_ID = V.ID JOIN CORE.TOWNSHIP T ON V.TOWNSHIP_ID = T.ID
            WHERE H.REGISTERED AND I.YEAR_ = (SELECT MAX(YEAR_) FROM CORE.ANNUAL_INCOME) AND I.PER_CAPITA_NET_INCOME < ?
            ORDER BY T.NAME, V.NAME, H.NUMBER
            """; //$NON-NLS-1$

    private LowIncome() {
    }

    public static List<Household> below(Connection connection) throws SQLException {
        List<Household> households = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(BELOW)) {
            query.setBigDecimal(1, LINE);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    households.add(new Household(rows.getLong(1), rows.getString(2), rows.getString(3) + ' ' + rows.getString(4),
                            rows.getBigDecimal(5)));
                }
            }
        }
        return households;
    }
}
