package xiaokang.supervision;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import xiaokang.core.model.CorePackage;
import xiaokang.core.model.Household;
import xiaokang.core.model.WorkUnit;
import xiaokang.store.Session;
import xiaokang.store.Store;
import xiaokang.store.StoreException;
import xiaokang.supervision.model.Problem;
import xiaokang.supervision.model.ProblemArea;
import xiaokang.supervision.model.ProblemSource;
import xiaokang.supervision.model.ProblemStatus;
import xiaokang.supervision.model.ProblemTransition;
import xiaokang.supervision.model.SupervisionFactory;
import xiaokang.supervision.model.SupervisionPackage;

/** The problem ledger as a list (one query), and the changes made to many problems at once. */
public final class Ledger {

    private static final String QUERY = """
            SELECT P.ID, P.NUMBER, P.FOUND_, P.SOURCE, P.AREA, P.STATUS, P.TOWNSHIP_ID, T.NAME, V.NAME, P.HOUSEHOLD_ID,
              H.NUMBER, U.NAME, P.RESPONSIBLE_PERSON, P.DEADLINE, P.DESCRIPTION
            FROM SUPERVISION.PROBLEM P LEFT JOIN CORE.TOWNSHIP T ON P.TOWNSHIP_ID = T.ID
            LEFT JOIN CORE.VILLAGE V ON P.VILLAGE_ID = V.ID LEFT JOIN CORE.HOUSEHOLD H ON P.HOUSEHOLD_ID = H.ID
            LEFT JOIN CORE.WORK_UNIT U ON P.RESPONSIBLE_UNIT_ID = U.ID
            ORDER BY P.NUMBER DESC"""; //$NON-NLS-1$

    private Ledger() {
    }

    /** Every problem, newest number first. */
    public static List<LedgerEntry> read(Connection connection) throws SQLException {
        List<LedgerEntry> entries = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(QUERY); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                entries.add(new LedgerEntry(rows.getLong(1), rows.getString(2), date(rows, 3),
                        ProblemSource.valueOf(rows.getString(4)), ProblemArea.valueOf(rows.getString(5)),
                        ProblemStatus.valueOf(rows.getString(6)), nullableLong(rows, 7), rows.getString(8),
                        rows.getString(9), nullableLong(rows, 10), rows.getString(11), rows.getString(12),
                        rows.getString(13), date(rows, 14), rows.getString(15)));
            }
        }
        return entries;
    }

    /**
     * 批量指派: gives every listed problem that is not closed the same responsible unit, person
     * and deadline, in one transaction; closed problems are left as they are.
     *
     * @return how many problems were assigned
     */
    public static int assign(Store store, List<Long> ids, Long unitId, String person, LocalDate deadline, String user)
            throws StoreException {
        if (person == null || person.isBlank()) {
            throw new StoreException(Messages.Ledger_noPerson);
        }
        try (Session session = store.openSession(user)) {
            WorkUnit unit = unitId == null ? null : session.get(CorePackage.Literals.WORK_UNIT, unitId);
            int assigned = 0;
            for (long id : ids) {
                Problem problem = session.get(SupervisionPackage.Literals.PROBLEM, id);
                if (problem == null) {
                    throw new StoreException(NLS.bind(Messages.Ledger_noProblem, id));
                }
                if (problem.getStatus() != ProblemStatus.CLOSED) {
                    problem.setResponsibleUnit(unit);
                    problem.setResponsiblePerson(person.strip());
                    if (deadline != null) {
                        problem.setDeadline(deadline);
                    }
                    assigned++;
                }
            }
            session.commit();
            return assigned;
        }
    }

    /**
     * 登记问题: adds a problem to the ledger with the next number of its year, open, its finding
     * recorded as the first event. A household given by number sets the village and township.
     *
     * @return the new problem's number
     * @throws StoreException with what is wrong (no description, an unknown household number) and nothing written
     */
    public static String register(Store store, NewProblem found, String user) throws StoreException {
        if (found.description() == null || found.description().isBlank()) {
            throw new StoreException(Messages.Ledger_noDescription);
        }
        try (Session session = store.openSession(user)) {
            Problem problem = SupervisionFactory.eINSTANCE.createProblem();
            Long villageId = found.villageId();
            Long townshipId = found.townshipId();
            if (found.householdNumber() != null && !found.householdNumber().isBlank()) {
                List<Household> households = session.find(CorePackage.Literals.HOUSEHOLD__NUMBER, found.householdNumber().strip());
                if (households.isEmpty()) {
                    throw new StoreException(NLS.bind(Messages.Ledger_noHousehold, found.householdNumber().strip()));
                }
                problem.setHousehold(households.get(0));
                villageId = single(store, "SELECT VILLAGE_ID FROM CORE.HOUSEHOLD WHERE ID = ?", session.id(households.get(0))); //$NON-NLS-1$
            }
            if (villageId != null) {
                problem.setVillage(session.get(CorePackage.Literals.VILLAGE, villageId));
                townshipId = single(store, "SELECT TOWNSHIP_ID FROM CORE.VILLAGE WHERE ID = ?", villageId); //$NON-NLS-1$
            }
            problem.setTownship(townshipId == null ? null : session.get(CorePackage.Literals.TOWNSHIP, townshipId));
            problem.setNumber(new ProblemNumbers(numbers(store, found.found().getYear())).next(found.found().getYear()));
            problem.setFound(found.found());
            problem.setSource(found.source());
            problem.setArea(found.area());
            problem.setDescription(found.description().strip());
            problem.setResponsibleUnit(found.unitId() == null ? null : session.get(CorePackage.Literals.WORK_UNIT, found.unitId()));
            problem.setResponsiblePerson(found.person() == null || found.person().isBlank() ? null : found.person().strip());
            problem.setDeadline(found.deadline());
            problem.setStatus(ProblemStatus.OPEN);
            problem.getEvents().add(ProblemLifecycle.event(ProblemTransition.FIND, user, null, found.found()));
            session.add(problem);
            session.commit();
            return problem.getNumber();
        }
    }

    private static long single(Store store, String sql, long id) throws StoreException {
        try (Connection connection = store.connect(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }

    private static List<String> numbers(Store store, int year) throws StoreException {
        List<String> numbers = new ArrayList<>();
        try (Connection connection = store.connect();
                PreparedStatement query = connection.prepareStatement("SELECT NUMBER FROM SUPERVISION.PROBLEM WHERE NUMBER LIKE ?")) { //$NON-NLS-1$
            query.setString(1, year + "-%"); //$NON-NLS-1$
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    numbers.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
        return numbers;
    }

    private static Long nullableLong(ResultSet rows, int column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : value;
    }

    private static LocalDate date(ResultSet rows, int column) throws SQLException {
        Date date = rows.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
