package xiaokang.data;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import xiaokang.core.Violation;

/**
 * Findings a plug-in reads from the stored data with SQL (an open problem of a ledger, a missed
 * visit, a poor village no cooperative serves), about a household or a place, shown in the
 * Problems view beside the rules' violations; households with findings are counted on the
 * navigator. Registered as an OSGi service; {@link FindingSources} asks them all.
 */
public interface FindingSource {

    /**
     * One finding about a stored household, or about a place when {@code householdId} is
     * {@link #NO_HOUSEHOLD}.
     *
     * @param violation what is wrong, its severity and policy; its target and feature are null
     * @param place the township and village, as the user reads them
     * @param household the household's number, or null for a finding about a place
     */
    record Finding(Violation violation, String place, String household, long householdId) {

        /** The finding is about a place (a village, a township), not a household. */
        public static final long NO_HOUSEHOLD = -1;

        public boolean aboutHousehold() {
            return householdId != NO_HOUSEHOLD;
        }
    }

    List<Finding> findings(Connection connection, LocalDate today) throws SQLException;
}
