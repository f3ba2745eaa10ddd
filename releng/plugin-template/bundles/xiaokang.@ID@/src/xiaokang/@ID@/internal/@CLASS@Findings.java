package xiaokang.@ID@.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;

import xiaokang.core.Severity;
import xiaokang.core.Violation;
import xiaokang.data.FindingSource;
import xiaokang.@ID@.LowIncome;
import xiaokang.@ID@.Messages;

/** The rule {@code @ID@.low-income}: a warning in the Problems view for each household below the line. */
@Component(name = "xiaokang.@ID@.findings", service = FindingSource.class)
public final class @CLASS@Findings implements FindingSource {

    static final String RULE = "@ID@.low-income"; //$NON-NLS-1$

    @Override
    public List<Finding> findings(Connection connection, LocalDate today) throws SQLException {
        return LowIncome.below(connection).stream().map(h -> new Finding(new Violation(RULE, Severity.WARNING, null, null,
                NLS.bind(Messages.LowIncome_message, h.income().toPlainString(), LowIncome.LINE.toPlainString()), Messages.LowIncome_policy),
                h.place(), h.number(), h.id())).toList();
    }
}
