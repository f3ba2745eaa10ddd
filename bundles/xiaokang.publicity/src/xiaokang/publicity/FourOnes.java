package xiaokang.publicity;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import xiaokang.core.model.Cadre;
import xiaokang.core.model.CorePackage;
import xiaokang.core.model.Household;
import xiaokang.publicity.model.FourOnesActivity;
import xiaokang.publicity.model.FourOnesKind;
import xiaokang.publicity.model.PublicityFactory;
import xiaokang.store.Session;
import xiaokang.store.Store;
import xiaokang.store.StoreException;

/**
 * “四个一”: which households each pairing cadre visited in a month, the monthly board of a
 * township (cadres by months, the households not visited), and recording a visit.
 */
public final class FourOnes {

    /** A household its pairing cadre did not visit in a month. */
    public record Missed(long cadreId, String cadre, long householdId, String household, String place) {
    }

    /**
     * A cadre's row of the board: their households in the township and, for each month of the
     * year, how many of them were not visited (index 0 is January).
     */
    public record BoardRow(long cadreId, String cadre, List<Long> households, int[] missed) {

        /** True when every household was visited in {@code month} (1 to 12). */
        public boolean complete(int month) {
            return missed[month - 1] == 0;
        }
    }

    private static final String VISITED = """
            SELECT DISTINCT AH.TARGET_ID FROM PUBLICITY.FOUR_ONES_ACTIVITY A
            JOIN PUBLICITY.FOUR_ONES_ACTIVITY_HOUSEHOLDS AH ON AH.OWNER_ID = A.ID
            WHERE A.KIND = 'VISIT' AND A.MONTH = ?"""; //$NON-NLS-1$
    private static final String MISSED = """
            SELECT C.ID, C.NAME, H.ID, H.NUMBER, T.NAME, V.NAME FROM CORE.HOUSEHOLD H JOIN CORE.CADRE C ON H.CADRE_ID = C.ID
            JOIN CORE.VILLAGE V ON H.VILLAGE_ID = V.ID JOIN CORE.TOWNSHIP T ON V.TOWNSHIP_ID = T.ID
            LEFT JOIN (""" + VISITED + """
            ) X ON X.TARGET_ID = H.ID WHERE X.TARGET_ID IS NULL ORDER BY T.CODE, C.NAME, H.NUMBER"""; //$NON-NLS-1$
    private static final String PAIRS = """
            SELECT C.ID, C.NAME, H.ID FROM CORE.HOUSEHOLD H JOIN CORE.CADRE C ON H.CADRE_ID = C.ID
            JOIN CORE.VILLAGE V ON H.VILLAGE_ID = V.ID WHERE V.TOWNSHIP_ID = ? ORDER BY C.NAME, C.ID, H.NUMBER"""; //$NON-NLS-1$
    private static final String VISITS_OF_TOWNSHIP = """
            SELECT MONTH(A.MONTH), AH.TARGET_ID FROM PUBLICITY.FOUR_ONES_ACTIVITY A
            JOIN PUBLICITY.FOUR_ONES_ACTIVITY_HOUSEHOLDS AH ON AH.OWNER_ID = A.ID
            JOIN CORE.HOUSEHOLD H ON AH.TARGET_ID = H.ID JOIN CORE.VILLAGE V ON H.VILLAGE_ID = V.ID
            WHERE A.KIND = 'VISIT' AND YEAR(A.MONTH) = ? AND V.TOWNSHIP_ID = ?"""; //$NON-NLS-1$

    /** One of the "four ones" a household received: when, what and from whom. */
    public record Received(LocalDate month, FourOnesKind kind, String cadre, String notes) {
    }

    private static final String OF_HOUSEHOLD = """
            SELECT A.MONTH, A.KIND, C.NAME, A.NOTES FROM PUBLICITY.FOUR_ONES_ACTIVITY A
            JOIN PUBLICITY.FOUR_ONES_ACTIVITY_HOUSEHOLDS AH ON AH.OWNER_ID = A.ID LEFT JOIN CORE.CADRE C ON A.CADRE_ID = C.ID
            WHERE AH.TARGET_ID = ? ORDER BY A.MONTH DESC, A.KIND"""; //$NON-NLS-1$

    private FourOnes() {
    }

    /** The visits and help a household received, newest month first. */
    public static List<Received> ofHousehold(Connection connection, long householdId) throws SQLException {
        List<Received> received = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(OF_HOUSEHOLD)) {
            query.setLong(1, householdId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    received.add(new Received(rows.getDate(1).toLocalDate(), FourOnesKind.valueOf(rows.getString(2)), rows.getString(3),
                            rows.getString(4)));
                }
            }
        }
        return received;
    }

    /** The month of the "four ones" being kept: the latest, not after {@code today}, with any activity recorded; null when none is. */
    public static LocalDate latestMonth(Connection connection, LocalDate today) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT MAX(MONTH) FROM PUBLICITY.FOUR_ONES_ACTIVITY WHERE MONTH <= ?")) { //$NON-NLS-1$
            query.setDate(1, Date.valueOf(today));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                Date month = rows.getDate(1);
                return month == null ? null : month.toLocalDate();
            }
        }
    }

    /** The households whose pairing cadre (or anyone) did not visit them in {@code month}. */
    public static List<Missed> missed(Connection connection, LocalDate month) throws SQLException {
        List<Missed> missed = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(MISSED)) {
            query.setDate(1, Date.valueOf(month.withDayOfMonth(1)));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    missed.add(new Missed(rows.getLong(1), rows.getString(2), rows.getLong(3), rows.getString(4),
                            rows.getString(5) + ' ' + rows.getString(6)));
                }
            }
        }
        return missed;
    }

    /** The board of a township for a year: every cadre with households there, by name. */
    public static List<BoardRow> board(Connection connection, long townshipId, int year) throws SQLException {
        Map<Long, BoardRow> rows = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement(PAIRS)) {
            query.setLong(1, townshipId);
            try (ResultSet pair = query.executeQuery()) {
                while (pair.next()) {
                    long cadre = pair.getLong(1);
                    String name = pair.getString(2);
                    rows.computeIfAbsent(cadre, any -> new BoardRow(cadre, name, new ArrayList<>(), new int[12])).households()
                            .add(pair.getLong(3));
                }
            }
        }
        List<Set<Long>> visited = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            visited.add(new HashSet<>());
        }
        try (PreparedStatement query = connection.prepareStatement(VISITS_OF_TOWNSHIP)) {
            query.setInt(1, year);
            query.setLong(2, townshipId);
            try (ResultSet visit = query.executeQuery()) {
                while (visit.next()) {
                    visited.get(visit.getInt(1) - 1).add(visit.getLong(2));
                }
            }
        }
        for (BoardRow row : rows.values()) {
            for (int m = 0; m < 12; m++) {
                Set<Long> month = visited.get(m);
                row.missed()[m] = (int) row.households().stream().filter(household -> !month.contains(household)).count();
            }
        }
        return List.copyOf(rows.values());
    }

    /**
     * Records that a cadre visited some of their households in a month, in one transaction.
     *
     * @throws StoreException when no household is given or one is not the cadre's, with nothing written
     */
    public static long recordVisit(Store store, long cadreId, LocalDate month, List<Long> householdIds, String notes, String user)
            throws StoreException {
        if (householdIds.isEmpty()) {
            throw new StoreException(Messages.Visits_noHousehold);
        }
        try (Session session = store.openSession(user)) {
            Cadre cadre = session.get(CorePackage.Literals.CADRE, cadreId);
            if (cadre == null) {
                throw new StoreException(NLS.bind(Messages.Visits_gone, cadreId));
            }
            FourOnesActivity visit = PublicityFactory.eINSTANCE.createFourOnesActivity();
            visit.setCadre(cadre);
            visit.setMonth(month.withDayOfMonth(1));
            visit.setKind(FourOnesKind.VISIT);
            visit.setNotes(notes);
            for (long id : householdIds) {
                Household household = session.get(CorePackage.Literals.HOUSEHOLD, id);
                if (household == null || household.getCadre() == null || session.id(household.getCadre()) != cadreId) {
                    throw new StoreException(NLS.bind(Messages.Visits_notTheirs, household == null ? String.valueOf(id)
                            : household.getNumber(), cadre.getName()));
                }
                visit.getHouseholds().add(household);
            }
            session.add(visit);
            session.commit();
            return session.id(visit);
        }
    }
}
