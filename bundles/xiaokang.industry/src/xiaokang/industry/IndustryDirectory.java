package xiaokang.industry;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.osgi.util.NLS;

import xiaokang.industry.model.IndustryPackage;

/** The enterprises, cooperatives and bases of each township, for a directory to browse: counts first, then one township's. */
public final class IndustryDirectory {

    /** A township with how many of each it has. */
    public record Township(long id, String name, int enterprises, int cooperatives, int bases) {
    }

    /**
     * One enterprise, cooperative or base.
     *
     * @param detail what it makes or grows (and the base's area), as a list shows it
     * @param links the benefit links tied to it
     */
    public record Entry(EClass type, long id, String name, String detail, int links) {
    }

    private static final String COUNTS = """
            SELECT T.ID, T.NAME,
              (SELECT COUNT(*) FROM INDUSTRY.ENTERPRISE E WHERE E.TOWNSHIP_ID = T.ID),
              (SELECT COUNT(*) FROM INDUSTRY.COOPERATIVE C WHERE C.TOWNSHIP_ID = T.ID),
              (SELECT COUNT(*) FROM INDUSTRY.INDUSTRY_BASE B WHERE B.TOWNSHIP_ID = T.ID)
            FROM CORE.TOWNSHIP T ORDER BY T.CODE"""; //$NON-NLS-1$

    private IndustryDirectory() {
    }

    /** Every township, in code order, with its counts. */
    public static List<Township> townships(Connection connection) throws SQLException {
        List<Township> townships = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(COUNTS); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                townships.add(new Township(rows.getLong(1), rows.getString(2), rows.getInt(3), rows.getInt(4), rows.getInt(5)));
            }
        }
        return townships;
    }

    /** The enterprises, cooperatives or bases (by {@code type}) of a township, by name. */
    public static List<Entry> of(Connection connection, EClass type, long townshipId) throws SQLException {
        String table;
        String detail;
        String link;
        if (type == IndustryPackage.Literals.ENTERPRISE) {
            table = "ENTERPRISE"; //$NON-NLS-1$
            detail = "X.PRODUCTS, CAST(NULL AS DECIMAL(19, 2))"; //$NON-NLS-1$
            link = "ENTERPRISE_ID"; //$NON-NLS-1$
        } else if (type == IndustryPackage.Literals.COOPERATIVE) {
            table = "COOPERATIVE"; //$NON-NLS-1$
            detail = "X.MAIN_PRODUCTS, CAST(NULL AS DECIMAL(19, 2))"; //$NON-NLS-1$
            link = "COOPERATIVE_ID"; //$NON-NLS-1$
        } else if (type == IndustryPackage.Literals.INDUSTRY_BASE) {
            table = "INDUSTRY_BASE"; //$NON-NLS-1$
            detail = "X.PRODUCT, X.AREA"; //$NON-NLS-1$
            link = "BASE_ID"; //$NON-NLS-1$
        } else {
            throw new IllegalArgumentException(type.getName());
        }
        String sql = "SELECT X.ID, X.NAME, " + detail + ", COALESCE(N.LINKS, 0) FROM INDUSTRY." + table + " X " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + "LEFT JOIN (SELECT " + link + " AS PARTNER, COUNT(*) AS LINKS FROM INDUSTRY.BENEFIT_LINK GROUP BY " + link //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + ") N ON N.PARTNER = X.ID WHERE X.TOWNSHIP_ID = ? ORDER BY X.NAME"; //$NON-NLS-1$
        List<Entry> entries = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, townshipId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    BigDecimal area = rows.getBigDecimal(4);
                    String what = rows.getString(3) == null ? "" : rows.getString(3); //$NON-NLS-1$
                    entries.add(new Entry(type, rows.getLong(1), rows.getString(2),
                            area == null ? what : NLS.bind(Messages.IndustryDirectory_area, what, area.stripTrailingZeros().toPlainString()),
                            rows.getInt(5)));
                }
            }
        }
        return entries;
    }
}
