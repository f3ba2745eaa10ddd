package xiaokang.data;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Every installed {@link FindingSource}, asked at once: an OSGi service whose references are the
 * sources the plug-ins register (they come and go with their plug-ins).
 */
@Component(name = "xiaokang.data.finding-sources", service = FindingSources.class)
public final class FindingSources {

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<FindingSource> sources = List.of();

    /** What every installed source finds on {@code today}. */
    public List<FindingSource.Finding> all(Connection connection, LocalDate today) throws SQLException {
        List<FindingSource.Finding> findings = new ArrayList<>();
        for (FindingSource source : sources) {
            findings.addAll(source.findings(connection, today));
        }
        return findings;
    }
}
