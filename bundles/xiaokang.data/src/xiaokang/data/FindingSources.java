package xiaokang.data;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/** Asks every registered {@link FindingSource} for its findings. */
public final class FindingSources {

    private FindingSources() {
    }

    public static List<FindingSource.Finding> all(Connection connection, LocalDate today) throws SQLException {
        BundleContext context = FrameworkUtil.getBundle(FindingSources.class).getBundleContext();
        List<FindingSource.Finding> findings = new ArrayList<>();
        if (context == null) {
            return findings;
        }
        try {
            for (ServiceReference<FindingSource> reference : context.getServiceReferences(FindingSource.class, null)) {
                FindingSource source = context.getService(reference);
                if (source != null) {
                    try {
                        findings.addAll(source.findings(connection, today));
                    } finally {
                        context.ungetService(reference);
                    }
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        return findings;
    }
}
