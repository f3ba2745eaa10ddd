package xiaokang.supervision.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;

import xiaokang.core.Severity;
import xiaokang.core.Violation;
import xiaokang.data.FindingSource;
import xiaokang.supervision.Labels;
import xiaokang.supervision.model.ProblemStatus;

/**
 * The ledger's problems that are not closed, about households: errors when overdue, else
 * warnings, so that the Problems view and the navigator show what is still to be rectified.
 */
@Component(name = "xiaokang.supervision.findings", service = FindingSource.class)
public final class OpenProblemFindings implements FindingSource {

    public static final String RULE = "supervision.open-problem"; //$NON-NLS-1$

    private static final String QUERY = """
            SELECT P.NUMBER, P.STATUS, P.DEADLINE, P.DESCRIPTION, P.HOUSEHOLD_ID, H.NUMBER, T.NAME, V.NAME
            FROM SUPERVISION.PROBLEM P JOIN CORE.HOUSEHOLD H ON P.HOUSEHOLD_ID = H.ID
            LEFT JOIN CORE.VILLAGE V ON P.VILLAGE_ID = V.ID LEFT JOIN CORE.TOWNSHIP T ON P.TOWNSHIP_ID = T.ID
            WHERE P.STATUS <> 'CLOSED' ORDER BY P.NUMBER"""; //$NON-NLS-1$

    @Override
    public List<Finding> findings(Connection connection, LocalDate today) throws SQLException {
        List<Finding> findings = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(QUERY); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                Date deadline = rows.getDate(3);
                boolean overdue = deadline != null && deadline.toLocalDate().isBefore(today);
                String status = Labels.of(ProblemStatus.valueOf(rows.getString(2)));
                String message = NLS.bind(overdue ? Messages.OpenProblemFindings_overdue : Messages.OpenProblemFindings_open,
                        new Object[] { rows.getString(1), status, deadline, rows.getString(4) });
                Violation violation = new Violation(RULE, overdue ? Severity.ERROR : Severity.WARNING, null, null, message,
                        Messages.OpenProblemFindings_policy);
                String place = (rows.getString(7) == null ? "" : rows.getString(7) + ' ') //$NON-NLS-1$
                        + (rows.getString(8) == null ? "" : rows.getString(8)); //$NON-NLS-1$
                findings.add(new Finding(violation, place, rows.getString(6), rows.getLong(5)));
            }
        }
        return findings;
    }
}
