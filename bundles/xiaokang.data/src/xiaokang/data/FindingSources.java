package xiaokang.data;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import xiaokang.data.internal.RegisteredServices;

/** Asks every registered {@link FindingSource} for its findings. */
public final class FindingSources {

    private FindingSources() {
    }

    public static List<FindingSource.Finding> all(Connection connection, LocalDate today) throws SQLException {
        List<FindingSource.Finding> findings = new ArrayList<>();
        RegisteredServices.of(FindingSource.class).forEach(source -> findings.addAll(source.findings(connection, today)));
        return findings;
    }
}
