package xiaokang.employment;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * 就业缺口: members of registered households of working age (16 to 59) with full labour ability,
 * not at school, who have no job (none, or only jobs that ended over a year ago) and never took a
 * course. The rule {@code employment.gap} and the view's list read the same query.
 */
public final class EmploymentGap {

    /** One person on the list, with their household and place. */
    public record Person(long id, String name, String idNumber, int age, long householdId, String household, String place) {
    }

    private static final DateTimeFormatter BIRTH = DateTimeFormatter.BASIC_ISO_DATE;
    private static final String QUERY = """
            SELECT P.ID, P.NAME, P.ID_NUMBER, H.ID, H.NUMBER, T.NAME, V.NAME
            FROM CORE.PERSON P JOIN CORE.HOUSEHOLD H ON P.HOUSEHOLD_ID = H.ID
            JOIN CORE.VILLAGE V ON H.VILLAGE_ID = V.ID JOIN CORE.TOWNSHIP T ON V.TOWNSHIP_ID = T.ID
            LEFT JOIN (SELECT DISTINCT PERSON_ID FROM EMPLOYMENT.EMPLOYMENT WHERE ENDED IS NULL OR ENDED >= ?) E ON E.PERSON_ID = P.ID
            LEFT JOIN (SELECT DISTINCT PERSON_ID FROM EMPLOYMENT.PARTICIPANT) C ON C.PERSON_ID = P.ID
            WHERE H.REGISTERED AND P.LABOUR_ABILITY = 'FULL' AND (P.IN_SCHOOL IS NULL OR NOT P.IN_SCHOOL)
              AND SUBSTR(P.ID_NUMBER, 7, 8) > ? AND SUBSTR(P.ID_NUMBER, 7, 8) <= ?
              AND E.PERSON_ID IS NULL AND C.PERSON_ID IS NULL
            ORDER BY T.CODE, V.CODE, H.NUMBER"""; //$NON-NLS-1$

    private EmploymentGap() {
    }

    /** Everyone on the list on {@code today}, by township, village and household. */
    public static List<Person> read(Connection connection, LocalDate today) throws SQLException {
        List<Person> people = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(QUERY)) {
            query.setDate(1, Date.valueOf(today.minusYears(1)));
            query.setString(2, today.minusYears(60).format(BIRTH));
            query.setString(3, today.minusYears(16).format(BIRTH));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String idNumber = rows.getString(3);
                    LocalDate born = LocalDate.parse(idNumber.substring(6, 14), BIRTH);
                    people.add(new Person(rows.getLong(1), rows.getString(2), idNumber,
                            Period.between(born, today).getYears(), rows.getLong(4), rows.getString(5),
                            rows.getString(6) + ' ' + rows.getString(7)));
                }
            }
        }
        return people;
    }
}
