package xiaokang.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import xiaokang.core.model.CorePackage;
import xiaokang.data.internal.Messages;
import xiaokang.store.Session;
import xiaokang.store.Store;
import xiaokang.store.StoreException;

/**
 * 帮扶力量: the city leaders with the townships they answer for, the villages' resident work teams,
 * the work units and their pairing cadres with how many households each answers for, a
 * cadre's households, and the move of households from one cadre to another when a cadre is
 * transferred (one transaction, audited).
 */
public final class HelpForces {

    /** A work unit, its cadres and the households they answer for. */
    public record Unit(long id, String name, int cadres, int households) {
    }

    /** A pairing cadre of a unit and how many households they answer for. */
    public record Cadre(long id, long unitId, String name, String phone, int households) {
    }

    /** A household a cadre answers for. */
    public record Household(long id, String number, String head, String village, String township) {
    }

    private HelpForces() {
    }

    /** The city's id (the work units are its), or -1 for a database without one. */
    public static long city(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("SELECT MIN(ID) FROM CORE.CITY")) { //$NON-NLS-1$
            rows.next();
            long city = rows.getLong(1);
            return rows.wasNull() ? -1 : city;
        }
    }

    /** A city leader and the townships that name them (领导包乡), by name, joined with "、". */
    public record Leader(long id, String name, String title, String townships) {
    }

    /** A village's resident work team: its leader, its size (null when not recorded) and its unit. */
    public record Team(long id, long villageId, String village, String township, String leader, Integer size, String unit) {
    }

    public static List<Leader> leaders(Connection connection) throws SQLException {
        Map<Long, List<String>> townships = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT LEADER_ID, NAME FROM CORE.TOWNSHIP WHERE LEADER_ID IS NOT NULL ORDER BY NAME")) { //$NON-NLS-1$
            while (rows.next()) {
                townships.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>()).add(rows.getString(2));
            }
        }
        List<Leader> leaders = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT ID, NAME, TITLE FROM CORE.CITY_LEADER ORDER BY NAME")) { //$NON-NLS-1$
            while (rows.next()) {
                leaders.add(new Leader(rows.getLong(1), rows.getString(2), rows.getString(3),
                        String.join("、", townships.getOrDefault(rows.getLong(1), List.of())))); //$NON-NLS-1$
            }
        }
        return leaders;
    }

    public static List<Team> teams(Connection connection) throws SQLException {
        List<Team> teams = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT W.ID, V.NAME, T.NAME, W.LEADER_NAME, W.SIZE, U.NAME, V.ID FROM CORE.WORK_TEAM W" //$NON-NLS-1$
                        + " JOIN CORE.VILLAGE V ON W.VILLAGE_ID = V.ID JOIN CORE.TOWNSHIP T ON V.TOWNSHIP_ID = T.ID" //$NON-NLS-1$
                        + " LEFT JOIN CORE.WORK_UNIT U ON W.UNIT_ID = U.ID ORDER BY T.NAME, V.NAME")) { //$NON-NLS-1$
            while (rows.next()) {
                int size = rows.getInt(5);
                teams.add(new Team(rows.getLong(1), rows.getLong(7), rows.getString(2), rows.getString(3), rows.getString(4),
                        rows.wasNull() ? null : size, rows.getString(6)));
            }
        }
        return teams;
    }

    public static List<Unit> units(Connection connection) throws SQLException {
        List<Unit> units = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT U.ID, U.NAME, COUNT(DISTINCT C.ID), COUNT(H.ID) FROM CORE.WORK_UNIT U" //$NON-NLS-1$
                        + " LEFT JOIN CORE.CADRE C ON C.UNIT_ID = U.ID LEFT JOIN CORE.HOUSEHOLD H ON H.CADRE_ID = C.ID" //$NON-NLS-1$
                        + " GROUP BY U.ID, U.NAME ORDER BY U.NAME")) { //$NON-NLS-1$
            while (rows.next()) {
                units.add(new Unit(rows.getLong(1), rows.getString(2), rows.getInt(3), rows.getInt(4)));
            }
        }
        return units;
    }

    public static List<Cadre> cadres(Connection connection) throws SQLException {
        List<Cadre> cadres = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT C.ID, C.UNIT_ID, C.NAME, C.PHONE, COUNT(H.ID) FROM CORE.CADRE C" //$NON-NLS-1$
                        + " LEFT JOIN CORE.HOUSEHOLD H ON H.CADRE_ID = C.ID GROUP BY C.ID, C.UNIT_ID, C.NAME, C.PHONE ORDER BY C.NAME")) { //$NON-NLS-1$
            while (rows.next()) {
                cadres.add(new Cadre(rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getString(4), rows.getInt(5)));
            }
        }
        return cadres;
    }

    /** The households a cadre answers for, by number, with their head's name and their place. */
    public static List<Household> households(Connection connection, long cadreId) throws SQLException {
        List<Household> households = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT H.ID, H.NUMBER, (SELECT MIN(P.NAME) FROM CORE.PERSON P" //$NON-NLS-1$
                + " WHERE P.HOUSEHOLD_ID = H.ID AND P.RELATION = 'HEAD'), V.NAME, T.NAME FROM CORE.HOUSEHOLD H" //$NON-NLS-1$
                + " JOIN CORE.VILLAGE V ON V.ID = H.VILLAGE_ID JOIN CORE.TOWNSHIP T ON T.ID = V.TOWNSHIP_ID" //$NON-NLS-1$
                + " WHERE H.CADRE_ID = ? ORDER BY H.NUMBER")) { //$NON-NLS-1$
            query.setLong(1, cadreId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    households.add(new Household(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5)));
                }
            }
        }
        return households;
    }

    /**
     * Makes {@code toCadre} answer for the households, in one transaction (audited as one batch,
     * each household's change with its old and new cadre): all move or none.
     *
     * @return the audit batch of the move, for taking it back with {@link Store#withdraw}
     */
    public static long move(Store store, List<Long> households, long toCadre, String user) throws StoreException {
        try (Session session = store.openSession(user)) {
            xiaokang.core.model.Cadre cadre = session.get(CorePackage.Literals.CADRE, toCadre);
            if (cadre == null) {
                throw new StoreException(NLS.bind(Messages.HelpForces_noCadre, toCadre));
            }
            long batch = session.batch("cadre-move", NLS.bind(Messages.HelpForces_batch, households.size(), cadre.getName())); //$NON-NLS-1$
            for (long id : households) {
                xiaokang.core.model.Household household = session.get(CorePackage.Literals.HOUSEHOLD, id);
                if (household == null) {
                    throw new StoreException(NLS.bind(Messages.HelpForces_noHousehold, id));
                }
                household.setCadre(cadre);
            }
            session.commit();
            return batch;
        }
    }
}
