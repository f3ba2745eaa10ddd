package xiaokang.publicity;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import xiaokang.publicity.model.AwardLevel;
import xiaokang.publicity.model.CharityKind;
import xiaokang.publicity.model.CommendationCategory;
import xiaokang.publicity.model.MediaKind;

/** The publicity records as lists (one query each, newest first): media reports, awards, commendations, charity. */
public final class PublicityRecords {

    public record Report(long id, LocalDate date, String outlet, MediaKind kind, String title) {
    }

    public record AwardRow(long id, LocalDate date, String name, AwardLevel level, String awardedTo) {
    }

    public record CommendationRow(long id, LocalDate date, CommendationCategory category, String name, String township) {
    }

    public record Charity(long id, LocalDate date, String donor, CharityKind kind, String place, BigDecimal amount) {
    }

    private PublicityRecords() {
    }

    /** Rows of one query, made one by one. */
    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private static <T> List<T> list(Connection connection, String sql, RowReader<T> reader) throws SQLException {
        List<T> rows = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql); ResultSet row = query.executeQuery()) {
            while (row.next()) {
                rows.add(reader.read(row));
            }
        }
        return rows;
    }

    private static LocalDate date(ResultSet row, int column) throws SQLException {
        Date date = row.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    public static List<Report> reports(Connection connection) throws SQLException {
        return list(connection, "SELECT ID, DATE_, OUTLET, KIND, TITLE FROM PUBLICITY.MEDIA_REPORT ORDER BY DATE_ DESC", //$NON-NLS-1$
                row -> new Report(row.getLong(1), date(row, 2), row.getString(3), MediaKind.valueOf(row.getString(4)), row.getString(5)));
    }

    public static List<AwardRow> awards(Connection connection) throws SQLException {
        return list(connection, "SELECT ID, DATE_, NAME, LEVEL, AWARDED_TO FROM PUBLICITY.AWARD ORDER BY DATE_ DESC", //$NON-NLS-1$
                row -> new AwardRow(row.getLong(1), date(row, 2), row.getString(3), AwardLevel.valueOf(row.getString(4)), row.getString(5)));
    }

    public static List<CommendationRow> commendations(Connection connection) throws SQLException {
        return list(connection, "SELECT C.ID, C.DATE_, C.CATEGORY, C.NAME, T.NAME FROM PUBLICITY.COMMENDATION C " //$NON-NLS-1$
                + "LEFT JOIN CORE.TOWNSHIP T ON C.TOWNSHIP_ID = T.ID ORDER BY C.DATE_ DESC, T.CODE", //$NON-NLS-1$
                row -> new CommendationRow(row.getLong(1), date(row, 2), CommendationCategory.valueOf(row.getString(3)), row.getString(4),
                        row.getString(5)));
    }

    public static List<Charity> charity(Connection connection) throws SQLException {
        return list(connection, "SELECT E.ID, E.DATE_, E.DONOR, E.KIND, T.NAME || ' ' || V.NAME, E.AMOUNT FROM PUBLICITY.CHARITY_EVENT E " //$NON-NLS-1$
                + "LEFT JOIN CORE.VILLAGE V ON E.VILLAGE_ID = V.ID LEFT JOIN CORE.TOWNSHIP T ON V.TOWNSHIP_ID = T.ID ORDER BY E.DATE_ DESC", //$NON-NLS-1$
                row -> new Charity(row.getLong(1), date(row, 2), row.getString(3), CharityKind.valueOf(row.getString(4)), row.getString(5),
                        row.getBigDecimal(6)));
    }
}
