package xiaokang.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.eclipse.osgi.util.NLS;

import xiaokang.monitoring.model.IncomeCard;
import xiaokang.monitoring.model.PolicyYear;

/**
 * The figures an income card derives, with the parameters of its own year: operating income is the
 * sum of its lines, each line's production cost as entered or the year's default share of its gross
 * income; total income = wages + operating + property + transfers; net = total - production costs;
 * per-capita net = net / the household's people that year (yuan, two decimals, half up). An empty
 * source counts as 0.
 */
public record IncomeAccount(BigDecimal operating, BigDecimal productionCosts, BigDecimal transfers, BigDecimal total, BigDecimal net,
        BigDecimal perCapitaNet) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * @throws IllegalArgumentException when the parameters are of another year, or the card counts no people
     */
    public static IncomeAccount of(IncomeCard card, PolicyYear policy) {
        if (policy.getYear() != card.getYear()) {
            throw new IllegalArgumentException(NLS.bind(Messages.IncomeAccount_otherYear, card.getYear(), policy.getYear()));
        }
        if (card.getPeople() < 1) {
            throw new IllegalArgumentException(NLS.bind(Messages.IncomeAccount_noPeople, card.getYear(), card.getPeople()));
        }
        BigDecimal operating = sum(card.getCrops(), card.getLivestock(), card.getForestryFruit(), card.getOtherOperating());
        BigDecimal costs = sum(cost(card.getCropsCost(), card.getCrops(), policy.getCropsCostShare()),
                cost(card.getLivestockCost(), card.getLivestock(), policy.getLivestockCostShare()),
                cost(card.getForestryFruitCost(), card.getForestryFruit(), policy.getForestryFruitCostShare()),
                cost(card.getOtherOperatingCost(), card.getOtherOperating(), policy.getOtherOperatingCostShare()));
        BigDecimal transfers = sum(card.getPensions(), card.getLowIncomeAllowance(), card.getSubsidies(), card.getOtherTransfers());
        BigDecimal total = sum(card.getWages(), operating, card.getProperty(), transfers);
        BigDecimal net = total.subtract(costs);
        return new IncomeAccount(operating, costs, transfers, total, net, net.divide(BigDecimal.valueOf(card.getPeople()), 2, RoundingMode.HALF_UP));
    }

    /** A line's production cost: as entered, else the year's share (per cent) of the line's gross income. */
    static BigDecimal cost(BigDecimal entered, BigDecimal gross, BigDecimal share) {
        if (entered != null) {
            return entered;
        }
        return gross == null ? BigDecimal.ZERO : gross.multiply(share).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal sum(BigDecimal... amounts) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal amount : amounts) {
            if (amount != null) {
                sum = sum.add(amount);
            }
        }
        return sum;
    }
}
