package xiaokang.industry;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClass;

import xiaokang.industry.model.IndustryPackage;

/** 产业奖补: the industry subsidies paid to a household, a cooperative or an enterprise. */
public final class Grants {

    /** One grant: its year, amount in yuan and the policy it was paid under. */
    public record Grant(long id, int year, BigDecimal amount, String policy) {
    }

    private Grants() {
    }

    /** The grants paid to a household, newest year first. */
    public static List<Grant> ofHousehold(Connection connection, long householdId) throws SQLException {
        return read(connection, "HOUSEHOLD_ID", householdId); //$NON-NLS-1$
    }

    /** The grants paid to a cooperative or an enterprise, newest year first; a base receives none. */
    public static List<Grant> of(Connection connection, EClass recipientType, long recipientId) throws SQLException {
        if (recipientType == IndustryPackage.Literals.COOPERATIVE) {
            return read(connection, "COOPERATIVE_ID", recipientId); //$NON-NLS-1$
        }
        if (recipientType == IndustryPackage.Literals.ENTERPRISE) {
            return read(connection, "ENTERPRISE_ID", recipientId); //$NON-NLS-1$
        }
        return List.of();
    }

    private static List<Grant> read(Connection connection, String column, long id) throws SQLException {
        List<Grant> grants = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT ID, YEAR_, AMOUNT, POLICY FROM INDUSTRY.SUBSIDY_GRANT WHERE " + column + " = ? ORDER BY YEAR_ DESC, ID")) { //$NON-NLS-1$ //$NON-NLS-2$
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    grants.add(new Grant(rows.getLong(1), rows.getInt(2), rows.getBigDecimal(3), rows.getString(4)));
                }
            }
        }
        return grants;
    }
}
