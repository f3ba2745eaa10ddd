package xiaokang.data.internal;

import java.sql.Connection;
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

/**
 * One person registered in two households (the same ID number as a member of both): an error
 * on each of them, since no rule that sees one household at a time can tell.
 */
@Component(name = "xiaokang.data.duplicate-id-numbers", service = FindingSource.class)
public final class DuplicateIdNumbers implements FindingSource {

    static final String RULE = "core.duplicate-id-number"; //$NON-NLS-1$

    private static final String DUPLICATES = """
            SELECT P.ID_NUMBER, P.NAME, H.ID, H.NUMBER, T.NAME, V.NAME, O.NUMBER
            FROM CORE.PERSON P JOIN CORE.HOUSEHOLD H ON P.HOUSEHOLD_ID = H.ID
            JOIN CORE.VILLAGE V ON H.VILLAGE_ID = V.ID JOIN CORE.TOWNSHIP T ON V.TOWNSHIP_ID = T.ID
            JOIN CORE.PERSON Q ON Q.ID_NUMBER = P.ID_NUMBER AND Q.HOUSEHOLD_ID <> P.HOUSEHOLD_ID
            JOIN CORE.HOUSEHOLD O ON Q.HOUSEHOLD_ID = O.ID
            WHERE P.ID_NUMBER IN (SELECT ID_NUMBER FROM CORE.PERSON GROUP BY ID_NUMBER HAVING COUNT(*) > 1)
            ORDER BY H.NUMBER, P.ID_NUMBER"""; //$NON-NLS-1$

    @Override
    public List<Finding> findings(Connection connection, LocalDate today) throws SQLException {
        List<Finding> findings = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(DUPLICATES); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                String message = NLS.bind(Messages.DuplicateIdNumbers_message,
                        new Object[] { rows.getString(1), rows.getString(2), rows.getString(7) });
                findings.add(new Finding(new Violation(RULE, Severity.ERROR, null, null, message, null),
                        rows.getString(5) + ' ' + rows.getString(6), rows.getString(4), rows.getLong(3)));
            }
        }
        return findings;
    }
}
