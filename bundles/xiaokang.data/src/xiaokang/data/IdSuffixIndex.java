package xiaokang.data;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import xiaokang.store.AuditLog;

/**
 * People by the last four characters of their ID number, held in memory: staff ask for "身份证后四位"
 * or "后六位", which no index on the whole number can answer (Derby scans 61,000 rows in about a
 * second). Built on first use (a few hundred milliseconds), rebuilt when the data version shows a
 * change since.
 */
final class IdSuffixIndex {

    static final int KEY_LENGTH = 4;

    private final Map<String, List<Entry>> byTail = new HashMap<>();
    private long dataVersion = -1;

    private record Entry(long personId, String idNumber) {
    }

    /** Ids of the people whose ID number ends with {@code suffix} (at least {@link #KEY_LENGTH} characters), at most {@code limit}. */
    synchronized List<Long> find(Connection connection, String suffix, int limit) throws SQLException {
        refresh(connection);
        List<Long> found = new ArrayList<>();
        for (Entry entry : byTail.getOrDefault(suffix.substring(suffix.length() - KEY_LENGTH), List.of())) {
            if (entry.idNumber().endsWith(suffix)) {
                found.add(entry.personId());
                if (found.size() == limit) {
                    break;
                }
            }
        }
        return found;
    }

    private void refresh(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            long version = AuditLog.dataVersion(connection);
            if (version == dataVersion) {
                return;
            }
            byTail.clear();
            try (ResultSet rows = statement.executeQuery("SELECT ID, ID_NUMBER FROM CORE.PERSON WHERE ID_NUMBER IS NOT NULL")) { //$NON-NLS-1$
                while (rows.next()) {
                    String idNumber = rows.getString(2);
                    if (idNumber.length() >= KEY_LENGTH) {
                        byTail.computeIfAbsent(idNumber.substring(idNumber.length() - KEY_LENGTH), key -> new ArrayList<>())
                                .add(new Entry(rows.getLong(1), idNumber));
                    }
                }
            }
            dataVersion = version;
        }
    }
}
