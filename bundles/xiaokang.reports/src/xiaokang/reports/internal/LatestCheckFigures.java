package xiaokang.reports.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.service.component.annotations.Component;

import xiaokang.data.DerivedData;
import xiaokang.data.FiguresKeptByVersion;

/**
 * The six checks of every household's latest assessment, counted per village and check
 * ({@code REPORTS.LATEST_CHECK}): the six-checks report's rates. In SQL each render found the
 * latest assessment of every household and read its six results (1.26 million rows at ten times
 * Shaodong, 5-6 s in Derby); here once per change of the data.
 */
@Component(name = "xiaokang.reports.latest-checks", service = DerivedData.class)
public final class LatestCheckFigures extends FiguresKeptByVersion {

    private static final String TABLE = "REPORTS.LATEST_CHECK"; //$NON-NLS-1$

    /** A village's count of one check: results, and results passed. */
    private static final class Count {
        int assessed;
        int passed;
    }

    @Override
    public String name() {
        return Messages.LatestChecks_task;
    }

    @Override
    public Set<String> tables() {
        return Set.of(TABLE);
    }

    @Override
    protected String stateTable() {
        return "REPORTS.LATEST_CHECK_STATE"; //$NON-NLS-1$
    }

    @Override
    protected List<String> createTables() {
        return List.of("CREATE TABLE " + TABLE + " (VILLAGE_ID BIGINT NOT NULL, CHECK_ VARCHAR(64) NOT NULL, " //$NON-NLS-1$ //$NON-NLS-2$
                + "ASSESSED INTEGER NOT NULL, PASSED INTEGER NOT NULL, PRIMARY KEY (VILLAGE_ID, CHECK_))"); //$NON-NLS-1$
    }

    @Override
    protected void write(Connection connection, IProgressMonitor monitor) throws SQLException {
        SubMonitor progress = SubMonitor.convert(monitor, Messages.LatestChecks_task, 3);
        Map<Long, Long> villageOfLatest = latestAssessments(connection);
        progress.worked(1);
        Map<Long, Map<String, Count>> counts = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT ASSESSMENT_ID, CHECK_, PASSED FROM CORE.CHECK_RESULT")) { //$NON-NLS-1$
            while (rows.next()) {
                Long village = villageOfLatest.get(rows.getLong(1));
                if (village != null) {
                    Count count = counts.computeIfAbsent(village, any -> new HashMap<>()).computeIfAbsent(rows.getString(2),
                            any -> new Count());
                    count.assessed++;
                    count.passed += rows.getBoolean(3) ? 1 : 0;
                }
            }
        }
        progress.worked(1);
        try (PreparedStatement insert = connection
                .prepareStatement("INSERT INTO " + TABLE + " (VILLAGE_ID, CHECK_, ASSESSED, PASSED) VALUES (?, ?, ?, ?)")) { //$NON-NLS-1$ //$NON-NLS-2$
            for (Map.Entry<Long, Map<String, Count>> village : counts.entrySet()) {
                for (Map.Entry<String, Count> check : village.getValue().entrySet()) {
                    insert.setLong(1, village.getKey());
                    insert.setString(2, check.getKey());
                    insert.setInt(3, check.getValue().assessed);
                    insert.setInt(4, check.getValue().passed);
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
        progress.worked(1);
    }

    /** Each household's latest assessments (all of them when several share the latest date), with the household's village. */
    private static Map<Long, Long> latestAssessments(Connection connection) throws SQLException {
        Map<Long, Date> latest = new HashMap<>();
        Map<Long, long[]> assessments = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT A.ID, A.HOUSEHOLD_ID, A.DATE_, H.VILLAGE_ID FROM CORE.ASSESSMENT A " //$NON-NLS-1$
                        + "JOIN CORE.HOUSEHOLD H ON A.HOUSEHOLD_ID = H.ID")) { //$NON-NLS-1$
            while (rows.next()) {
                long household = rows.getLong(2);
                Date date = rows.getDate(3);
                if (date != null) {
                    latest.merge(household, date, (a, b) -> a.after(b) ? a : b);
                }
                assessments.put(rows.getLong(1), new long[] { household, date == null ? Long.MIN_VALUE : date.getTime(), rows.getLong(4) });
            }
        }
        Map<Long, Long> villageOfLatest = new HashMap<>();
        // as the report's SQL had it: an assessment is out only when one of the household's is dated later
        assessments.forEach((id, row) -> {
            if (row[1] == Long.MIN_VALUE || latest.get(row[0]).getTime() == row[1]) {
                villageOfLatest.put(id, row[2]);
            }
        });
        return villageOfLatest;
    }
}
