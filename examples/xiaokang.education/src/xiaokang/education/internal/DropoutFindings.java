package xiaokang.education.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;

import xiaokang.core.Severity;
import xiaokang.core.Violation;
import xiaokang.data.FindingSource;
import xiaokang.education.Dropouts;
import xiaokang.education.Messages;

/** The rule {@code education.dropout}: a pupil aged 6 to 15 out of school with no exemption is an error about the household. */
@Component(name = "xiaokang.education.findings", service = FindingSource.class)
public final class DropoutFindings implements FindingSource {

    static final String RULE = "education.dropout"; //$NON-NLS-1$

    @Override
    public List<Finding> findings(Connection connection, LocalDate today) throws SQLException {
        return Dropouts.of(connection).stream().map(d -> new Finding(new Violation(RULE, Severity.ERROR, null, null,
                NLS.bind(Messages.Dropout_message, new Object[] { d.name(), d.age(), d.school() }), Messages.Dropout_policy),
                d.place(), d.household(), d.householdId())).toList();
    }
}
