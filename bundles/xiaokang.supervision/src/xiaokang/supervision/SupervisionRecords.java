package xiaokang.supervision;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import xiaokang.supervision.model.ListingStatus;
import xiaokang.supervision.model.SupervisionLevel;

/** The listings and the inspections as the supervision view lists them, each read with one query. */
public final class SupervisionRecords {

    /** One listed village or township (village null for a township). */
    public record Listing(long id, SupervisionLevel level, String township, String village, LocalDate listedOn,
            LocalDate listedUntil, String leader, ListingStatus status) {
    }

    /** One visit of an inspection group. */
    public record Visit(long id, LocalDate date, String group, String township, String village, String findings) {
    }

    private SupervisionRecords() {
    }

    public static List<Listing> listings(Connection connection) throws SQLException {
        List<Listing> listings = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT L.ID, L.LEVEL, T.NAME, V.NAME, L.LISTED_ON, L.LISTED_UNTIL, C.NAME, L.STATUS
                FROM SUPERVISION.LISTED_SUPERVISION L LEFT JOIN CORE.TOWNSHIP T ON L.TOWNSHIP_ID = T.ID
                LEFT JOIN CORE.VILLAGE V ON L.VILLAGE_ID = V.ID LEFT JOIN CORE.CITY_LEADER C ON L.LEADER_ID = C.ID
                ORDER BY L.LEVEL DESC, T.CODE, V.CODE"""); //$NON-NLS-1$
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                listings.add(new Listing(rows.getLong(1), SupervisionLevel.valueOf(rows.getString(2)), rows.getString(3),
                        rows.getString(4), date(rows.getDate(5)), date(rows.getDate(6)), rows.getString(7),
                        ListingStatus.valueOf(rows.getString(8))));
            }
        }
        return listings;
    }

    public static List<Visit> visits(Connection connection) throws SQLException {
        List<Visit> visits = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT I.ID, I.DATE_, G.NAME, T.NAME, V.NAME, I.FINDINGS
                FROM SUPERVISION.INSPECTION I JOIN SUPERVISION.INSPECTION_GROUP G ON I.INSPECTION_GROUP_ID = G.ID
                LEFT JOIN CORE.TOWNSHIP T ON I.TOWNSHIP_ID = T.ID LEFT JOIN CORE.VILLAGE V ON I.VILLAGE_ID = V.ID
                ORDER BY I.DATE_ DESC, T.CODE"""); //$NON-NLS-1$
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                visits.add(new Visit(rows.getLong(1), date(rows.getDate(2)), rows.getString(3), rows.getString(4),
                        rows.getString(5), rows.getString(6)));
            }
        }
        return visits;
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
