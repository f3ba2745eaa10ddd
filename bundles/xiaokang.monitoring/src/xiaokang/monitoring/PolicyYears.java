package xiaokang.monitoring;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;

import xiaokang.monitoring.model.PolicyYear;
import xiaokang.store.Session;
import xiaokang.store.Store;
import xiaokang.store.StoreException;

/** The years' policy parameters as a list, and a new year begun from the last one's. */
public final class PolicyYears {

    /** One year's parameters as the list shows them. */
    public record Entry(long id, int year, BigDecimal incomeLine, BigDecimal warningMargin, BigDecimal incomeDropShare,
            BigDecimal rigidExpenditure, BigDecimal rigidExpenditureShare, int visitDays, int decisionDays) {
    }

    private static final String QUERY = """
            SELECT ID, YEAR_, INCOME_LINE, WARNING_MARGIN, INCOME_DROP_SHARE, RIGID_EXPENDITURE, RIGID_EXPENDITURE_SHARE,
              VISIT_DAYS, DECISION_DAYS FROM MONITORING.POLICY_YEAR ORDER BY YEAR_ DESC"""; //$NON-NLS-1$

    private PolicyYears() {
    }

    /** Every year entered, the latest first. */
    public static List<Entry> read(Connection connection) throws SQLException {
        List<Entry> entries = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(QUERY); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                entries.add(new Entry(rows.getLong(1), rows.getInt(2), rows.getBigDecimal(3), rows.getBigDecimal(4), rows.getBigDecimal(5),
                        rows.getBigDecimal(6), rows.getBigDecimal(7), rows.getInt(8), rows.getInt(9)));
            }
        }
        return entries;
    }

    /**
     * Begins the year after the latest one entered with that year's parameters, for the office to
     * change where the new year's policy differs (the line is raised most years).
     *
     * @return the new year's id
     * @throws StoreException when no year has been entered yet: the first is entered in full
     */
    public static long addNextYear(Store store, String user) throws StoreException {
        try (Session session = store.openSession(user)) {
            Map<Integer, PolicyYear> policies = IncomeCards.policies(session);
            if (policies.isEmpty()) {
                throw new StoreException(Messages.PolicyYears_none);
            }
            PolicyYear last = policies.values().stream().reduce((a, b) -> b).orElseThrow();
            PolicyYear next = EcoreUtil.copy(last);
            next.setYear(last.getYear() + 1);
            session.add(next);
            session.commit();
            return session.id(next);
        }
    }
}
