package xiaokang.publicity.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;

import xiaokang.core.Severity;
import xiaokang.core.Violation;
import xiaokang.data.FindingSource;
import xiaokang.publicity.FourOnes;
import xiaokang.publicity.Messages;

/**
 * The rule {@code publicity.missed-visit}: a household its pairing cadre did not visit in the
 * latest month with recorded visits, a warning about that household.
 */
@Component(name = "xiaokang.publicity.findings", service = FindingSource.class)
public final class MissedVisitFindings implements FindingSource {

    static final String RULE = "publicity.missed-visit"; //$NON-NLS-1$

    @Override
    public List<Finding> findings(Connection connection, LocalDate today) throws SQLException {
        LocalDate month = FourOnes.latestMonth(connection, today);
        if (month == null) {
            return List.of();
        }
        String when = month.format(DateTimeFormatter.ofPattern("yyyy-MM")); //$NON-NLS-1$
        return FourOnes.missed(connection, month).stream().map(missed -> new Finding(new Violation(RULE, Severity.WARNING, null, null,
                NLS.bind(Messages.Missed_message, missed.cadre(), when), Messages.Missed_policy), missed.place(), missed.household(),
                missed.householdId())).toList();
    }
}
