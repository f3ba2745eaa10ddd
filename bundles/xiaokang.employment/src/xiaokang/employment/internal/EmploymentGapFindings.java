package xiaokang.employment.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;

import xiaokang.core.Severity;
import xiaokang.core.Violation;
import xiaokang.data.FindingSource;
import xiaokang.employment.EmploymentGap;
import xiaokang.employment.Messages;

/** The employment gap list as warnings about each person's household (rule {@code employment.gap}). */
@Component(name = "xiaokang.employment.findings", service = FindingSource.class)
public final class EmploymentGapFindings implements FindingSource {

    static final String RULE = "employment.gap"; //$NON-NLS-1$

    @Override
    public List<Finding> findings(Connection connection, LocalDate today) throws SQLException {
        return EmploymentGap.read(connection, today).stream().map(person -> new Finding(new Violation(RULE, Severity.WARNING, null, null,
                NLS.bind(Messages.Gap_message, person.name(), person.age()), Messages.Gap_policy), person.place(), person.household(),
                person.householdId())).toList();
    }
}
