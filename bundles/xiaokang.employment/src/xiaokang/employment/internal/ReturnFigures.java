package xiaokang.employment.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.service.component.annotations.Component;

import xiaokang.data.DerivedData;
import xiaokang.data.FiguresKeptByVersion;
import xiaokang.employment.Messages;

/**
 * Each return-to-work campaign's list counted per village ({@code EMPLOYMENT.RETURN_VILLAGE}:
 * listed, back at work, not yet, unable) and the people back at work by the place of their
 * current job ({@code EMPLOYMENT.RETURN_PLACE}). In SQL each render looked up every entry's person
 * and household (225,000 entries at ten times Shaodong: 6-10 s in Derby); here once per change.
 */
@Component(name = "xiaokang.employment.return-figures", service = DerivedData.class)
public final class ReturnFigures extends FiguresKeptByVersion {

    private static final String VILLAGES = "EMPLOYMENT.RETURN_VILLAGE"; //$NON-NLS-1$
    private static final String PLACES = "EMPLOYMENT.RETURN_PLACE"; //$NON-NLS-1$
    private static final List<String> STATUSES = List.of("BACK_AT_WORK", "NOT_YET", "UNABLE"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    /** A campaign and a village, or a campaign and a place (null when a job has none). */
    private record Key(long campaign, Object group) {
    }

    @Override
    public String name() {
        return Messages.ReturnFigures_task;
    }

    @Override
    public Set<String> tables() {
        return Set.of(VILLAGES, PLACES);
    }

    @Override
    protected String stateTable() {
        return "EMPLOYMENT.RETURN_FIGURES"; //$NON-NLS-1$
    }

    @Override
    protected List<String> createTables() {
        return List.of("CREATE TABLE " + VILLAGES + " (CAMPAIGN_ID BIGINT NOT NULL, VILLAGE_ID BIGINT NOT NULL, " //$NON-NLS-1$ //$NON-NLS-2$
                + "LISTED INTEGER NOT NULL, BACK_AT_WORK INTEGER NOT NULL, NOT_YET INTEGER NOT NULL, UNABLE INTEGER NOT NULL, " //$NON-NLS-1$
                + "PRIMARY KEY (CAMPAIGN_ID, VILLAGE_ID))", //$NON-NLS-1$
                "CREATE TABLE " + PLACES + " (CAMPAIGN_ID BIGINT NOT NULL, PLACE VARCHAR(64), PEOPLE INTEGER NOT NULL)"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    protected void write(Connection connection, IProgressMonitor monitor) throws SQLException {
        SubMonitor progress = SubMonitor.convert(monitor, Messages.ReturnFigures_task, 4);
        Map<Long, Long> villageOfPerson = longs(connection,
                "SELECT P.ID, H.VILLAGE_ID FROM CORE.PERSON P JOIN CORE.HOUSEHOLD H ON P.HOUSEHOLD_ID = H.ID"); //$NON-NLS-1$
        progress.worked(1);
        Map<Long, Set<String>> currentPlaces = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT PERSON_ID, PLACE FROM EMPLOYMENT.EMPLOYMENT WHERE ENDED IS NULL")) { //$NON-NLS-1$
            while (rows.next()) {
                currentPlaces.computeIfAbsent(rows.getLong(1), any -> new HashSet<>()).add(rows.getString(2));
            }
        }
        progress.worked(1);
        Map<Key, int[]> villages = new HashMap<>();
        Map<Key, Set<Long>> places = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement
                        .executeQuery("SELECT RETURN_CAMPAIGN_ID, PERSON_ID, STATUS FROM EMPLOYMENT.RETURN_ENTRY WHERE RETURN_CAMPAIGN_ID IS NOT NULL")) { //$NON-NLS-1$
            while (rows.next()) {
                long campaign = rows.getLong(1);
                long person = rows.getLong(2);
                String status = rows.getString(3);
                Long village = villageOfPerson.get(person);
                if (village != null) {
                    int[] counts = villages.computeIfAbsent(new Key(campaign, village), any -> new int[1 + STATUSES.size()]);
                    counts[0]++;
                    int index = STATUSES.indexOf(status);
                    if (index >= 0) {
                        counts[1 + index]++;
                    }
                }
                if (STATUSES.get(0).equals(status)) {
                    for (String place : currentPlaces.getOrDefault(person, Set.of())) {
                        places.computeIfAbsent(new Key(campaign, place), any -> new HashSet<>()).add(person);
                    }
                }
            }
        }
        progress.worked(1);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + VILLAGES //$NON-NLS-1$
                + " (CAMPAIGN_ID, VILLAGE_ID, LISTED, BACK_AT_WORK, NOT_YET, UNABLE) VALUES (?, ?, ?, ?, ?, ?)")) { //$NON-NLS-1$
            for (Map.Entry<Key, int[]> village : villages.entrySet()) {
                insert.setLong(1, village.getKey().campaign());
                insert.setLong(2, (Long) village.getKey().group());
                for (int i = 0; i < village.getValue().length; i++) {
                    insert.setInt(3 + i, village.getValue()[i]);
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = connection
                .prepareStatement("INSERT INTO " + PLACES + " (CAMPAIGN_ID, PLACE, PEOPLE) VALUES (?, ?, ?)")) { //$NON-NLS-1$ //$NON-NLS-2$
            for (Map.Entry<Key, Set<Long>> place : places.entrySet()) {
                insert.setLong(1, place.getKey().campaign());
                insert.setString(2, (String) place.getKey().group());
                insert.setInt(3, place.getValue().size());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        progress.worked(1);
    }

    private static Map<Long, Long> longs(Connection connection, String sql) throws SQLException {
        Map<Long, Long> values = new HashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.put(rows.getLong(1), rows.getLong(2));
            }
        }
        return values;
    }
}
