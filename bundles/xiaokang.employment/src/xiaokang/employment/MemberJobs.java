package xiaokang.employment;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import xiaokang.employment.model.TrainingKind;
import xiaokang.employment.model.WorkPlace;

/** What each member of a household does for work: their jobs and the courses they took, newest first. */
public final class MemberJobs {

    /**
     * A job or a course of a member.
     *
     * @param what the workshop or employer, or the course
     * @param where the place of a job, or the kind of a course, in the user's words
     * @param gain a job's yearly income gain, or null
     */
    public record Entry(String member, boolean job, String what, String where, LocalDate from, LocalDate to, BigDecimal gain) {
    }

    private static final String JOBS = """
            SELECT P.NAME, COALESCE(W.NAME, E.EMPLOYER), E.PLACE, E.STARTED, E.ENDED, E.ANNUAL_GAIN
            FROM EMPLOYMENT.EMPLOYMENT E JOIN CORE.PERSON P ON E.PERSON_ID = P.ID
            LEFT JOIN EMPLOYMENT.WORKSHOP W ON E.WORKSHOP_ID = W.ID WHERE P.HOUSEHOLD_ID = ?"""; //$NON-NLS-1$
    private static final String COURSES = """
            SELECT P.NAME, T.COURSE, T.KIND, T.START_DATE, T.END_DATE
            FROM EMPLOYMENT.PARTICIPANT C JOIN CORE.PERSON P ON C.PERSON_ID = P.ID
            JOIN EMPLOYMENT.TRAINING T ON C.TRAINING_ID = T.ID WHERE P.HOUSEHOLD_ID = ?"""; //$NON-NLS-1$

    private MemberJobs() {
    }

    public static List<Entry> ofHousehold(Connection connection, long householdId) throws SQLException {
        List<Entry> entries = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(JOBS)) {
            query.setLong(1, householdId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    entries.add(new Entry(rows.getString(1), true, rows.getString(2),
                            Labels.of(WorkPlace.valueOf(rows.getString(3))), date(rows, 4), date(rows, 5),
                            rows.getBigDecimal(6)));
                }
            }
        }
        try (PreparedStatement query = connection.prepareStatement(COURSES)) {
            query.setLong(1, householdId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    entries.add(new Entry(rows.getString(1), false, rows.getString(2),
                            Labels.of(TrainingKind.valueOf(rows.getString(3))), date(rows, 4), date(rows, 5),
                            null));
                }
            }
        }
        entries.sort(Comparator.comparing(Entry::from, Comparator.nullsLast(Comparator.reverseOrder())));
        return entries;
    }

    private static LocalDate date(ResultSet rows, int column) throws SQLException {
        Date date = rows.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
