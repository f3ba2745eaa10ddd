package xiaokang.publicity.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.service.component.annotations.Component;

import xiaokang.data.DerivedData;
import xiaokang.data.FiguresKeptByVersion;
import xiaokang.publicity.Messages;

/**
 * The "four ones" by month, kept for the reports: for every month with recorded visits, each
 * household with a pairing cadre that nobody visited ({@code PUBLICITY.MISSED_VISIT}), and per
 * township the cadres with households there and how many of them left one unvisited
 * ({@code PUBLICITY.VISIT_MONTH}). Counting this in SQL joins every visit's household list to the
 * households (2.5 million rows a year at ten times Shaodong): 36 s in Derby against about 3 s
 * here, computed again only when the data changed.
 */
@Component(name = "xiaokang.publicity.visit-figures", service = DerivedData.class)
public final class MissedVisitFigures extends FiguresKeptByVersion {

    private static final String MONTHS = "PUBLICITY.VISIT_MONTH"; //$NON-NLS-1$
    private static final String MISSED = "PUBLICITY.MISSED_VISIT"; //$NON-NLS-1$
    private static final String STATE = "PUBLICITY.VISIT_FIGURES"; //$NON-NLS-1$
    private static final int BATCH = 1_000;

    /** The households with a pairing cadre, by id, with their cadre and township. */
    private record Pairs(long[] households, long[] cadres, long[] townships, int size) {

        int indexOf(long household) {
            return Arrays.binarySearch(households, 0, size, household);
        }
    }

    @Override
    public String name() {
        return Messages.VisitFigures_task;
    }

    @Override
    public Set<String> tables() {
        return Set.of(MONTHS, MISSED);
    }

    @Override
    protected String stateTable() {
        return STATE;
    }

    @Override
    protected List<String> createTables() {
        return List.of("CREATE TABLE " + MONTHS + " (MONTH DATE NOT NULL, TOWNSHIP_ID BIGINT NOT NULL, " //$NON-NLS-1$ //$NON-NLS-2$
                + "CADRES INTEGER NOT NULL, CADRES_MISSING INTEGER NOT NULL, HOUSEHOLDS_MISSING INTEGER NOT NULL, " //$NON-NLS-1$
                + "PRIMARY KEY (MONTH, TOWNSHIP_ID))", //$NON-NLS-1$
                "CREATE TABLE " + MISSED + " (MONTH DATE NOT NULL, HOUSEHOLD_ID BIGINT NOT NULL, " //$NON-NLS-1$ //$NON-NLS-2$
                        + "CADRE_ID BIGINT NOT NULL, PRIMARY KEY (MONTH, HOUSEHOLD_ID))"); //$NON-NLS-1$
    }

    @Override
    protected void write(Connection connection, IProgressMonitor monitor) throws SQLException {
        SubMonitor progress = SubMonitor.convert(monitor, Messages.VisitFigures_task, 3);
        Pairs pairs = pairs(connection);
        progress.worked(1);
        Map<Date, BitSet> visited = visited(connection, pairs);
        progress.worked(1);
        store(connection, pairs, visited);
        progress.worked(1);
    }

    private static Pairs pairs(Connection connection) throws SQLException {
        long[] households = new long[1024];
        long[] cadres = new long[1024];
        long[] townships = new long[1024];
        int size = 0;
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT H.ID, H.CADRE_ID, V.TOWNSHIP_ID FROM CORE.HOUSEHOLD H " //$NON-NLS-1$
                        + "JOIN CORE.VILLAGE V ON H.VILLAGE_ID = V.ID WHERE H.CADRE_ID IS NOT NULL ORDER BY H.ID")) { //$NON-NLS-1$
            while (rows.next()) {
                if (size == households.length) {
                    households = Arrays.copyOf(households, size * 2);
                    cadres = Arrays.copyOf(cadres, size * 2);
                    townships = Arrays.copyOf(townships, size * 2);
                }
                households[size] = rows.getLong(1);
                cadres[size] = rows.getLong(2);
                townships[size] = rows.getLong(3);
                size++;
            }
        }
        return new Pairs(households, cadres, townships, size);
    }

    /** Every month with a visit recorded (even one without households), with the households visited in it. */
    private static Map<Date, BitSet> visited(Connection connection, Pairs pairs) throws SQLException {
        Map<Date, BitSet> visited = new TreeMap<>();
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement
                    .executeQuery("SELECT DISTINCT MONTH FROM PUBLICITY.FOUR_ONES_ACTIVITY WHERE KIND = 'VISIT'")) { //$NON-NLS-1$
                while (rows.next()) {
                    visited.put(rows.getDate(1), new BitSet(pairs.size()));
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT A.MONTH, AH.TARGET_ID FROM PUBLICITY.FOUR_ONES_ACTIVITY A " //$NON-NLS-1$
                    + "JOIN PUBLICITY.FOUR_ONES_ACTIVITY_HOUSEHOLDS AH ON AH.OWNER_ID = A.ID WHERE A.KIND = 'VISIT'")) { //$NON-NLS-1$
                while (rows.next()) {
                    int index = pairs.indexOf(rows.getLong(2));
                    if (index >= 0) {
                        visited.get(rows.getDate(1)).set(index);
                    }
                }
            }
        }
        return visited;
    }

    private static void store(Connection connection, Pairs pairs, Map<Date, BitSet> visited) throws SQLException {
        Map<Long, Set<Long>> cadresOfTownship = new HashMap<>();
        for (int i = 0; i < pairs.size(); i++) {
            cadresOfTownship.computeIfAbsent(pairs.townships()[i], any -> new HashSet<>()).add(pairs.cadres()[i]);
        }
        try (PreparedStatement missed = connection
                .prepareStatement("INSERT INTO " + MISSED + " (MONTH, HOUSEHOLD_ID, CADRE_ID) VALUES (?, ?, ?)"); //$NON-NLS-1$ //$NON-NLS-2$
                PreparedStatement months = connection.prepareStatement("INSERT INTO " + MONTHS //$NON-NLS-1$
                        + " (MONTH, TOWNSHIP_ID, CADRES, CADRES_MISSING, HOUSEHOLDS_MISSING) VALUES (?, ?, ?, ?, ?)")) { //$NON-NLS-1$
            int batched = 0;
            for (Map.Entry<Date, BitSet> month : visited.entrySet()) {
                Map<Long, Set<Long>> cadresMissing = new HashMap<>();
                Map<Long, Integer> householdsMissing = new HashMap<>();
                BitSet seen = month.getValue();
                for (int i = seen.nextClearBit(0); i < pairs.size(); i = seen.nextClearBit(i + 1)) {
                    cadresMissing.computeIfAbsent(pairs.townships()[i], any -> new HashSet<>()).add(pairs.cadres()[i]);
                    householdsMissing.merge(pairs.townships()[i], 1, Integer::sum);
                    missed.setDate(1, month.getKey());
                    missed.setLong(2, pairs.households()[i]);
                    missed.setLong(3, pairs.cadres()[i]);
                    missed.addBatch();
                    if (++batched % BATCH == 0) {
                        missed.executeBatch();
                    }
                }
                for (Map.Entry<Long, Set<Long>> township : cadresOfTownship.entrySet()) {
                    months.setDate(1, month.getKey());
                    months.setLong(2, township.getKey());
                    months.setInt(3, township.getValue().size());
                    months.setInt(4, cadresMissing.getOrDefault(township.getKey(), Set.of()).size());
                    months.setInt(5, householdsMissing.getOrDefault(township.getKey(), 0));
                    months.addBatch();
                }
                months.executeBatch();
            }
            missed.executeBatch();
        }
    }
}
