package xiaokang.employment;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import xiaokang.employment.model.TrainingKind;

/** 培训: every course with how many took part and how many earned its certificate (one query). */
public final class Trainings {

    /** A course as the list shows it. */
    public record Row(long id, String course, TrainingKind kind, String township, LocalDate start, LocalDate end, int participants,
            int certified) {
    }

    private static final String QUERY = """
            SELECT R.ID, R.COURSE, R.KIND, T.NAME, R.START_DATE, R.END_DATE, COUNT(P.ID), SUM(CASE WHEN P.CERTIFIED THEN 1 ELSE 0 END)
            FROM EMPLOYMENT.TRAINING R LEFT JOIN CORE.TOWNSHIP T ON R.TOWNSHIP_ID = T.ID
            LEFT JOIN EMPLOYMENT.PARTICIPANT P ON P.TRAINING_ID = R.ID
            GROUP BY R.ID, R.COURSE, R.KIND, T.CODE, T.NAME, R.START_DATE, R.END_DATE ORDER BY T.CODE, R.START_DATE"""; //$NON-NLS-1$

    private Trainings() {
    }

    public static List<Row> list(Connection connection) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(QUERY); ResultSet row = query.executeQuery()) {
            while (row.next()) {
                rows.add(new Row(row.getLong(1), row.getString(2), TrainingKind.valueOf(row.getString(3)), row.getString(4),
                        date(row.getDate(5)), date(row.getDate(6)), row.getInt(7), row.getInt(8)));
            }
        }
        return rows;
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
