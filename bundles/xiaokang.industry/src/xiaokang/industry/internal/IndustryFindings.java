package xiaokang.industry.internal;

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
import xiaokang.industry.Labels;
import xiaokang.industry.Messages;
import xiaokang.industry.model.LinkMode;

/**
 * The industry rules, read from the stored data: a poor village no cooperative serves, and a
 * benefit link of a finished year whose income gain is not reported. Both are warnings.
 */
@Component(name = "xiaokang.industry.findings", service = FindingSource.class)
public final class IndustryFindings implements FindingSource {

    static final String VILLAGE_WITHOUT_COOPERATIVE = "industry.village-without-cooperative"; //$NON-NLS-1$
    static final String LINK_WITHOUT_INCOME = "industry.link-without-income"; //$NON-NLS-1$

    private static final String UNSERVED_VILLAGES = """
            SELECT T.NAME, V.NAME FROM CORE.VILLAGE V JOIN CORE.TOWNSHIP T ON V.TOWNSHIP_ID = T.ID
            LEFT JOIN INDUSTRY.COOPERATIVE_VILLAGES S ON S.TARGET_ID = V.ID
            WHERE V.POOR AND S.OWNER_ID IS NULL ORDER BY V.CODE"""; //$NON-NLS-1$
    private static final String UNCOUNTED_LINKS = """
            SELECT L.YEAR_, L.MODE, COALESCE(C.NAME, E.NAME, B.NAME), H.ID, H.NUMBER, T.NAME, V.NAME
            FROM INDUSTRY.BENEFIT_LINK L JOIN CORE.HOUSEHOLD H ON L.HOUSEHOLD_ID = H.ID
            JOIN CORE.VILLAGE V ON H.VILLAGE_ID = V.ID JOIN CORE.TOWNSHIP T ON V.TOWNSHIP_ID = T.ID
            LEFT JOIN INDUSTRY.COOPERATIVE C ON L.COOPERATIVE_ID = C.ID LEFT JOIN INDUSTRY.ENTERPRISE E ON L.ENTERPRISE_ID = E.ID
            LEFT JOIN INDUSTRY.INDUSTRY_BASE B ON L.BASE_ID = B.ID
            WHERE L.INCOME_GAIN IS NULL AND L.YEAR_ < ? ORDER BY H.NUMBER"""; //$NON-NLS-1$

    @Override
    public List<Finding> findings(Connection connection, LocalDate today) throws SQLException {
        List<Finding> findings = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(UNSERVED_VILLAGES); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                String place = rows.getString(1) + ' ' + rows.getString(2);
                findings.add(new Finding(warning(VILLAGE_WITHOUT_COOPERATIVE,
                        NLS.bind(Messages.Findings_villageWithoutCooperative, place)), place, null, Finding.NO_HOUSEHOLD));
            }
        }
        try (PreparedStatement query = connection.prepareStatement(UNCOUNTED_LINKS)) {
            query.setInt(1, today.getYear());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String message = NLS.bind(Messages.Findings_linkWithoutIncome,
                            new Object[] { rows.getInt(1), rows.getString(3), Labels.of(LinkMode.valueOf(rows.getString(2))) });
                    findings.add(new Finding(warning(LINK_WITHOUT_INCOME, message), rows.getString(6) + ' ' + rows.getString(7),
                            rows.getString(5), rows.getLong(4)));
                }
            }
        }
        return findings;
    }

    private static Violation warning(String rule, String message) {
        return new Violation(rule, Severity.WARNING, null, null, message, Messages.Findings_policy);
    }
}
