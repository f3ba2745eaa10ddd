package xiaokang.supervision;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.eclipse.osgi.util.NLS;

import xiaokang.core.model.CorePackage;
import xiaokang.core.model.Household;
import xiaokang.core.model.Village;
import xiaokang.core.model.WorkUnit;
import xiaokang.store.BusyException;
import xiaokang.store.DuplicateValueException;
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

    /** How often a registration is tried when the number it took was saved by another desk first. */
    private static final int NUMBER_ATTEMPTS = 10;

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
     * recorded as the first event. A household given by number sets the village and township. The
     * number is taken in the saving transaction; when another desk saved the same number first, the
     * unique index refuses it and the registration is tried again with the next (so too when the
     * database was busy with the other desk's save).
     *
     * @return the new problem's number
     * @throws StoreException with what is wrong (no description, an unknown household number) and nothing written
     */
    public static String register(Store store, NewProblem found, String user) throws StoreException {
        if (found.description() == null || found.description().isBlank()) {
            throw new StoreException(Messages.Ledger_noDescription);
        }
        for (int attempt = 1;; attempt++) {
            try (Session session = store.openSession(user)) {
                Problem problem = newProblem(session, found, user);
                session.add(problem);
                session.commit();
                return problem.getNumber();
            } catch (DuplicateValueException | BusyException e) {
                // Another desk saved this number, or was saving, first: take the next number in a new session.
                if (attempt == NUMBER_ATTEMPTS) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    /** Waits a little longer after each failed attempt, and not in step with the other desk. */
    private static void pause(int attempt) throws StoreException {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(10, 50L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(e.toString(), e);
        }
    }

    private static Problem newProblem(Session session, NewProblem found, String user) throws StoreException {
        Problem problem = SupervisionFactory.eINSTANCE.createProblem();
        Village village = found.villageId() == null ? null : session.get(CorePackage.Literals.VILLAGE, found.villageId());
        if (found.householdNumber() != null && !found.householdNumber().isBlank()) {
            List<Household> households = session.find(CorePackage.Literals.HOUSEHOLD__NUMBER, found.householdNumber().strip());
            if (households.isEmpty()) {
                throw new StoreException(NLS.bind(Messages.Ledger_noHousehold, found.householdNumber().strip()));
            }
            problem.setHousehold(households.get(0));
            village = session.get(CorePackage.Literals.VILLAGE, session.containerId(households.get(0)));
        }
        problem.setVillage(village);
        problem.setTownship(village != null ? session.get(CorePackage.Literals.TOWNSHIP, session.containerId(village))
                : found.townshipId() == null ? null : session.get(CorePackage.Literals.TOWNSHIP, found.townshipId()));
        int year = found.found().getYear();
        String greatest = session.greatest(SupervisionPackage.Literals.PROBLEM__NUMBER, year + "-"); //$NON-NLS-1$
        problem.setNumber(new ProblemNumbers(greatest == null ? List.of() : List.of(greatest)).next(year));
        problem.setFound(found.found());
        problem.setSource(found.source());
        problem.setArea(found.area());
        problem.setDescription(found.description().strip());
        problem.setResponsibleUnit(found.unitId() == null ? null : session.get(CorePackage.Literals.WORK_UNIT, found.unitId()));
        problem.setResponsiblePerson(found.person() == null || found.person().isBlank() ? null : found.person().strip());
        problem.setDeadline(found.deadline());
        problem.setStatus(ProblemStatus.OPEN);
        problem.getEvents().add(ProblemLifecycle.event(ProblemTransition.FIND, user, null, found.found()));
        return problem;
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
