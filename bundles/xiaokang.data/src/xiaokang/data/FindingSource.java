package xiaokang.data;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import xiaokang.core.Violation;

/**
 * Findings a plug-in reads from the stored data with SQL (an open problem of a ledger, a missed
 * visit), about a household, shown in the Problems view beside the rules' violations and counted
 * on the navigator. Registered as an OSGi service; {@link FindingSources} asks them all.
 */
public interface FindingSource {

    /**
     * One finding about a stored household.
     *
     * @param violation what is wrong, its severity and policy; its target and feature are null
     * @param place the township and village, as the user reads them
     */
    record Finding(Violation violation, String place, String household, long householdId) {
    }

    List<Finding> findings(Connection connection, LocalDate today) throws SQLException;
}
