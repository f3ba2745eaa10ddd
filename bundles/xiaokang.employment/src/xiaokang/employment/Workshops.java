package xiaokang.employment;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import xiaokang.core.model.CorePackage;
import xiaokang.core.model.Person;
import xiaokang.employment.model.Employment;
import xiaokang.employment.model.EmploymentFactory;
import xiaokang.employment.model.EmploymentPackage;
import xiaokang.employment.model.WorkPlace;
import xiaokang.employment.model.Workshop;
import xiaokang.store.Session;
import xiaokang.store.Store;
import xiaokang.store.StoreException;

/** 扶贫车间: the workshops with their figures (one query), a workshop's poor workers, and taking one on or letting one go. */
public final class Workshops {

    /**
     * A workshop as the list shows it.
     *
     * @param workers rural workers employed, poor or not
     * @param poorWorkers workers from registered households now working there
     * @param averageGain their average yearly income gain, or null when none is known
     */
    public record Row(long id, String name, String township, String village, String operator, String products, int workers,
            int poorWorkers, BigDecimal averageGain) {
    }

    /** One poor worker of a workshop: the job and the person. */
    public record Worker(long employmentId, long personId, String name, String idNumber, long householdId, String household,
            LocalDate started, BigDecimal monthlyWage, BigDecimal annualGain) {
    }

    /** A poor worker to take on: the person by ID number, from when, and what they earn (either may be unknown). */
    public record NewWorker(String idNumber, LocalDate started, BigDecimal monthlyWage, BigDecimal annualGain) {
    }

    private static final String LIST = """
            SELECT W.ID, W.NAME, T.NAME, V.NAME, W.OPERATOR, W.PRODUCTS, W.WORKERS, COALESCE(E.POOR, 0), E.GAIN
            FROM EMPLOYMENT.WORKSHOP W LEFT JOIN CORE.TOWNSHIP T ON W.TOWNSHIP_ID = T.ID LEFT JOIN CORE.VILLAGE V ON W.VILLAGE_ID = V.ID
            LEFT JOIN (SELECT WORKSHOP_ID, COUNT(DISTINCT PERSON_ID) AS POOR, AVG(ANNUAL_GAIN) AS GAIN FROM EMPLOYMENT.EMPLOYMENT
              WHERE WORKSHOP_ID IS NOT NULL AND ENDED IS NULL GROUP BY WORKSHOP_ID) E ON E.WORKSHOP_ID = W.ID
            ORDER BY T.CODE, W.NAME"""; //$NON-NLS-1$
    private static final String WORKERS = """
            SELECT E.ID, P.ID, P.NAME, P.ID_NUMBER, H.ID, H.NUMBER, E.STARTED, E.MONTHLY_WAGE, E.ANNUAL_GAIN
            FROM EMPLOYMENT.EMPLOYMENT E JOIN CORE.PERSON P ON E.PERSON_ID = P.ID JOIN CORE.HOUSEHOLD H ON P.HOUSEHOLD_ID = H.ID
            WHERE E.WORKSHOP_ID = ? AND E.ENDED IS NULL ORDER BY E.STARTED, P.NAME"""; //$NON-NLS-1$

    private Workshops() {
    }

    /** Every workshop, by township and name. */
    public static List<Row> list(Connection connection) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(LIST); ResultSet row = query.executeQuery()) {
            while (row.next()) {
                rows.add(new Row(row.getLong(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5),
                        row.getString(6), row.getInt(7), row.getInt(8), row.getBigDecimal(9)));
            }
        }
        return rows;
    }

    /** The poor workers working at a workshop now, longest there first. */
    public static List<Worker> workers(Connection connection, long workshopId) throws SQLException {
        List<Worker> workers = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(WORKERS)) {
            query.setLong(1, workshopId);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    workers.add(new Worker(row.getLong(1), row.getLong(2), row.getString(3), row.getString(4), row.getLong(5),
                            row.getString(6), row.getDate(7).toLocalDate(), row.getBigDecimal(8), row.getBigDecimal(9)));
                }
            }
        }
        return workers;
    }

    /**
     * Takes a poor worker on at a workshop, in one transaction: the employment, and the workshop's
     * head count ({@code WORKERS}, poor or not) one more.
     *
     * @return the new employment's stored id
     * @throws StoreException saying what is wrong (no start date, a negative wage, an unknown ID
     *             number, a person not of a registered household, one already working there), with nothing written
     */
    public static long addWorker(Store store, long workshopId, NewWorker worker, String user) throws StoreException {
        if (worker.started() == null) {
            throw new StoreException(Messages.Workshops_noStart);
        }
        if (worker.monthlyWage() != null && worker.monthlyWage().signum() < 0) {
            throw new StoreException(NLS.bind(Messages.Workshops_badWage, worker.monthlyWage()));
        }
        String idNumber = worker.idNumber() == null ? "" : worker.idNumber().strip().toUpperCase(); //$NON-NLS-1$
        long personId = registeredPerson(store, workshopId, idNumber);
        try (Session session = store.openSession(user)) {
            Workshop workshop = session.get(EmploymentPackage.Literals.WORKSHOP, workshopId);
            if (workshop == null) {
                throw new StoreException(NLS.bind(Messages.Workshops_gone, workshopId));
            }
            Person person = session.get(CorePackage.Literals.PERSON, personId);
            Employment job = EmploymentFactory.eINSTANCE.createEmployment();
            job.setPerson(person);
            job.setWorkshop(workshop);
            job.setPlace(WorkPlace.WORKSHOP_AT_HOME);
            job.setStarted(worker.started());
            job.setMonthlyWage(worker.monthlyWage());
            job.setAnnualGain(worker.annualGain());
            // The workshop's head count includes its poor workers: a hire is one more.
            workshop.setWorkers(workshop.getWorkers() + 1);
            session.add(job);
            session.commit();
            return session.id(job);
        }
    }

    /** The stored id of the person with {@code idNumber}, if they may be taken on as a poor worker of the workshop. */
    private static long registeredPerson(Store store, long workshopId, String idNumber) throws StoreException {
        try (Connection connection = store.connect();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT P.ID, P.NAME, H.REGISTERED FROM CORE.PERSON P JOIN CORE.HOUSEHOLD H ON P.HOUSEHOLD_ID = H.ID WHERE P.ID_NUMBER = ?")) { //$NON-NLS-1$
            query.setString(1, idNumber);
            try (ResultSet row = query.executeQuery()) {
                if (idNumber.isEmpty() || !row.next()) {
                    throw new StoreException(NLS.bind(Messages.Workshops_noPerson, idNumber));
                }
                long personId = row.getLong(1);
                if (!row.getBoolean(3)) {
                    throw new StoreException(NLS.bind(Messages.Workshops_notRegistered, row.getString(2), idNumber));
                }
                for (Worker working : workers(connection, workshopId)) {
                    if (working.personId() == personId) {
                        throw new StoreException(NLS.bind(Messages.Workshops_alreadyWorking, working.name(), working.started()));
                    }
                }
                return personId;
            }
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }

    /**
     * Ends a poor worker's job at a workshop on {@code ended}; the job stays in their history and the
     * workshop's head count is one less.
     */
    public static void endJob(Store store, long employmentId, LocalDate ended, String user) throws StoreException {
        try (Session session = store.openSession(user)) {
            Employment job = session.get(EmploymentPackage.Literals.EMPLOYMENT, employmentId);
            if (job != null && job.getEnded() == null) {
                job.setEnded(ended);
                Workshop workshop = job.getWorkshop();
                if (workshop != null && workshop.getWorkers() > 0) {
                    workshop.setWorkers(workshop.getWorkers() - 1);
                }
                session.commit();
            }
        }
    }
}
