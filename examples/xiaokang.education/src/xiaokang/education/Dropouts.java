package xiaokang.education;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

import xiaokang.core.IdNumbers;

/**
 * 控辍保学: the pupils of compulsory-school age (6 to 15 when the school year starts) whose school
 * reports them dropped out in the latest school year on the roster, with no exemption or deferral.
 * Ages come from the ID number.
 */
public final class Dropouts {

    /** Compulsory schooling in China: nine years, from 6 to 15. */
    public static final int FIRST_AGE = 6;
    public static final int LAST_AGE = 15;

    /** A dropped-out pupil, the household's number and the place as the user reads them. */
    public record Dropout(long personId, String name, int age, String school, long householdId, String household, String place) {
    }

    private static final String DROPPED = """
            SELECT P.ID, P.NAME, P.ID_NUMBER, E.SCHOOL, H.ID, H.NUMBER, T.NAME, V.NAME, E.SCHOOL_YEAR
            FROM EDUCATION.ENROLMENT E
            JOIN CORE.PERSON P ON E.PUPIL_ID = P.ID
            JOIN CORE.HOUSEHOLD H ON P.HOUSEHOLD_ID = H.ID
            JOIN CORE.VILLAGE V ON H.VILLAGE_ID = V.ID
            JOIN CORE.TOWNSHIP T ON V.TOWNSHIP_ID = T.ID
            WHERE E.STATUS = 'DROPPED_OUT' AND E.SCHOOL_YEAR = (SELECT MAX(SCHOOL_YEAR) FROM EDUCATION.ENROLMENT)
            ORDER BY T.NAME, V.NAME, H.NUMBER, P.NAME
            """; //$NON-NLS-1$

    private Dropouts() {
    }

    /** A school year starts on 1 September of its year; ages are counted on that day. */
    public static LocalDate start(int schoolYear) {
        return LocalDate.of(schoolYear, 9, 1);
    }

    /** The age of a pupil born on {@code birth} when {@code schoolYear} starts. */
    public static int age(LocalDate birth, int schoolYear) {
        return Period.between(birth, start(schoolYear)).getYears();
    }

    public static List<Dropout> of(Connection connection) throws SQLException {
        List<Dropout> dropouts = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(DROPPED); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                String id = rows.getString(3);
                if (!IdNumbers.isValid(id)) {
                    continue; // the core's id-number rule reports it; no age to judge by
                }
                int age = age(IdNumbers.birthDate(id), rows.getInt(9));
                if (age >= FIRST_AGE && age <= LAST_AGE) {
                    dropouts.add(new Dropout(rows.getLong(1), rows.getString(2), age, rows.getString(4), rows.getLong(5),
                            rows.getString(6), rows.getString(7) + ' ' + rows.getString(8)));
                }
            }
        }
        return dropouts;
    }
}
