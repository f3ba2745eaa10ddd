package xiaokang.industry;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClass;

import xiaokang.industry.model.BuyerKind;
import xiaokang.industry.model.IndustryPackage;

/** 消费扶贫: the sales of poverty-alleviation products a cooperative or an enterprise made. */
public final class Sales {

    /** One sale: when, what, to whom and for how much (yuan). */
    public record Sale(long id, LocalDate date, String product, BuyerKind buyerKind, String buyer, BigDecimal amount) {
    }

    private Sales() {
    }

    /** The sales of a cooperative or an enterprise, newest first; a base sells through its operator. */
    public static List<Sale> of(Connection connection, EClass sellerType, long sellerId) throws SQLException {
        String column;
        if (sellerType == IndustryPackage.Literals.COOPERATIVE) {
            column = "COOPERATIVE_ID"; //$NON-NLS-1$
        } else if (sellerType == IndustryPackage.Literals.ENTERPRISE) {
            column = "ENTERPRISE_ID"; //$NON-NLS-1$
        } else {
            return List.of();
        }
        List<Sale> sales = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT ID, DATE_, PRODUCT, BUYER_KIND, BUYER, AMOUNT " //$NON-NLS-1$
                + "FROM INDUSTRY.CONSUMPTION_SALE WHERE " + column + " = ? ORDER BY DATE_ DESC, ID")) { //$NON-NLS-1$ //$NON-NLS-2$
            query.setLong(1, sellerId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    sales.add(new Sale(rows.getLong(1), rows.getDate(2).toLocalDate(), rows.getString(3),
                            BuyerKind.valueOf(rows.getString(4)), rows.getString(5), rows.getBigDecimal(6)));
                }
            }
        }
        return sales;
    }
}
