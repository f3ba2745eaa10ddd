package xiaokang.supervision;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * How far a re-screening round has come: households in its groups, screened, and failed
 * ("已筛 18,532 户 / 应筛 20,312 户").
 */
public record RoundProgress(long id, String name, String period, int inScope, int screened, int failed) {

    private static final String QUERY = """
            SELECT R.ID, R.NAME, R.START_DATE, R.END_DATE,
              (SELECT COUNT(*) FROM CORE.HOUSEHOLD H WHERE H.STATUS IN
                 (SELECT G.ITEM FROM SUPERVISION.RESCREENING_ROUND_GROUPS G WHERE G.OWNER_ID = R.ID)),
              (SELECT COUNT(*) FROM SUPERVISION.SCREENING_RECORD S WHERE S.RESCREENING_ROUND_ID = R.ID),
              (SELECT COUNT(*) FROM SUPERVISION.SCREENING_RECORD S WHERE S.RESCREENING_ROUND_ID = R.ID AND NOT S.PASSED)
            FROM SUPERVISION.RESCREENING_ROUND R ORDER BY R.START_DATE DESC, R.ID DESC"""; //$NON-NLS-1$

    /** Screened households as a share of those in scope, 0 to 100. */
    public double percent() {
        return inScope == 0 ? 100 : 100.0 * screened / inScope;
    }

    /** Every round, newest first. */
    public static List<RoundProgress> read(Connection connection) throws SQLException {
        List<RoundProgress> rounds = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(QUERY); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                String end = rows.getDate(4) == null ? "" : rows.getDate(4).toString(); //$NON-NLS-1$
                rounds.add(new RoundProgress(rows.getLong(1), rows.getString(2), rows.getDate(3) + " – " + end, //$NON-NLS-1$
                        rows.getInt(5), rows.getInt(6), rows.getInt(7)));
            }
        }
        return rounds;
    }
}
