package xiaokang.employment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** 返岗就业进度: the latest campaign's list per township, by status. */
public final class ReturnProgress {

    /** One township's list: how many are on it, back at work, not yet back, unable to go back. */
    public record Township(String name, int listed, int back, int notYet, int unable) {
    }

    private static final String QUERY = """
            SELECT T.NAME, COUNT(*), SUM(CASE WHEN R.STATUS = 'BACK_AT_WORK' THEN 1 ELSE 0 END),
              SUM(CASE WHEN R.STATUS = 'NOT_YET' THEN 1 ELSE 0 END), SUM(CASE WHEN R.STATUS = 'UNABLE' THEN 1 ELSE 0 END)
            FROM EMPLOYMENT.RETURN_ENTRY R JOIN CORE.PERSON P ON R.PERSON_ID = P.ID JOIN CORE.HOUSEHOLD H ON P.HOUSEHOLD_ID = H.ID
            JOIN CORE.VILLAGE V ON H.VILLAGE_ID = V.ID JOIN CORE.TOWNSHIP T ON V.TOWNSHIP_ID = T.ID
            WHERE R.RETURN_CAMPAIGN_ID = (SELECT MAX(ID) FROM EMPLOYMENT.RETURN_CAMPAIGN)
            GROUP BY T.CODE, T.NAME ORDER BY T.CODE"""; //$NON-NLS-1$

    private ReturnProgress() {
    }

    /** The latest campaign's townships, in code order (none without a campaign). */
    public static List<Township> read(Connection connection) throws SQLException {
        List<Township> townships = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(QUERY); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                townships.add(new Township(rows.getString(1), rows.getInt(2), rows.getInt(3), rows.getInt(4), rows.getInt(5)));
            }
        }
        return townships;
    }
}
