package xiaokang.education;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import xiaokang.education.model.AidKind;
import xiaokang.education.model.EnrolmentStatus;
import xiaokang.education.model.SchoolStage;

/** The enrolments of one household's members, newest school year first, each with the aid it received. */
public final class HouseholdAid {

    /** One enrolment and the aid paid for it. */
    public record Row(String pupil, int schoolYear, SchoolStage stage, String school, boolean boarding, EnrolmentStatus status,
            List<Aid> aid) {

        public BigDecimal amount() {
            return aid.stream().map(Aid::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    public record Aid(AidKind kind, BigDecimal amount) {
    }

    private static final String ROWS = """
            SELECT E.ID, P.NAME, E.SCHOOL_YEAR, E.STAGE, E.SCHOOL, E.BOARDING, E.STATUS, A.KIND, A.AMOUNT
            FROM EDUCATION.ENROLMENT E
            JOIN CORE.PERSON P ON E.PUPIL_ID = P.ID
            LEFT JOIN EDUCATION.AID_GRANT A ON A.ENROLMENT_ID = E.ID
            WHERE P.HOUSEHOLD_ID = ?
            ORDER BY E.SCHOOL_YEAR DESC, P.NAME, E.ID, A.KIND
            """; //$NON-NLS-1$

    private HouseholdAid() {
    }

    public static List<Row> of(Connection connection, long householdId) throws SQLException {
        Map<Long, Row> rows = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement(ROWS)) {
            query.setLong(1, householdId);
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    Row row = rows.get(result.getLong(1));
                    if (row == null) {
                        row = new Row(result.getString(2), result.getInt(3), SchoolStage.valueOf(result.getString(4)), result.getString(5),
                                result.getBoolean(6), EnrolmentStatus.valueOf(result.getString(7)), new ArrayList<>());
                        rows.put(result.getLong(1), row);
                    }
                    if (result.getString(8) != null) {
                        row.aid().add(new Aid(AidKind.valueOf(result.getString(8)), result.getBigDecimal(9)));
                    }
                }
            }
        }
        return List.copyOf(rows.values());
    }
}
