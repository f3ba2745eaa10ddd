package xiaokang.monitoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.osgi.util.NLS;

import xiaokang.core.model.AnnualIncome;
import xiaokang.core.model.CoreFactory;
import xiaokang.core.model.CorePackage;
import xiaokang.core.model.Household;
import xiaokang.monitoring.model.IncomeCard;
import xiaokang.monitoring.model.MonitoringFactory;
import xiaokang.monitoring.model.MonitoringPackage;
import xiaokang.monitoring.model.PolicyYear;
import xiaokang.store.Session;
import xiaokang.store.Store;
import xiaokang.store.StoreException;

/**
 * Income cards in a session. A card's per-capita net income is its household's annual income of
 * that year everywhere: {@link #post} sets the core's figure from the card in the same session, so
 * that one commit saves both (and the audit shows both), and rules, reports and the navigator read
 * one number.
 */
public final class IncomeCards {

    private IncomeCards() {
    }

    /** The parameters of a year. */
    public static PolicyYear policy(Session session, int year) throws StoreException {
        List<PolicyYear> found = session.find(MonitoringPackage.Literals.POLICY_YEAR__YEAR, year);
        if (found.isEmpty()) {
            throw new StoreException(NLS.bind(Messages.IncomeCards_noPolicy, year));
        }
        return found.get(0);
    }

    /** The parameters of every year entered, by year. */
    public static Map<Integer, PolicyYear> policies(Session session) throws StoreException {
        Map<Integer, PolicyYear> policies = new TreeMap<>();
        for (PolicyYear policy : session.<PolicyYear>roots(MonitoringPackage.Literals.POLICY_YEAR)) {
            policies.put(policy.getYear(), policy);
        }
        return policies;
    }

    /**
     * Computes the card with its year's parameters and makes its per-capita net income the
     * household's annual income of that year (added when the household has none for the year).
     *
     * @return the card's figures
     * @throws StoreException when the year has no parameters or the household cannot be read
     * @throws IllegalArgumentException when the card counts no people
     */
    public static IncomeAccount post(Session session, IncomeCard card) throws StoreException {
        IncomeAccount account = IncomeAccount.of(card, policy(session, card.getYear()));
        Household household = card.getHousehold();
        session.children(household, CorePackage.Literals.HOUSEHOLD__INCOMES);
        setIncome(household, card.getYear(), account.perCapitaNet());
        return account;
    }

    /**
     * One year's card of a household with its figures.
     *
     * @param account the card's figures, or null when its year has no parameters or it counts no people
     * @param policy its year's parameters, or null
     */
    public record Line(IncomeCard card, IncomeAccount account, PolicyYear policy) {
    }

    /** A household's cards, the latest year first. */
    public static List<Line> lines(Session session, Household household) throws StoreException {
        Map<Integer, PolicyYear> policies = policies(session);
        List<Line> lines = new ArrayList<>();
        for (IncomeCard card : session.<IncomeCard>find(MonitoringPackage.Literals.INCOME_CARD__HOUSEHOLD, household)) {
            PolicyYear policy = policies.get(card.getYear());
            lines.add(new Line(card, policy == null || card.getPeople() < 1 ? null : IncomeAccount.of(card, policy), policy));
        }
        lines.sort(Comparator.comparingInt((Line line) -> line.card().getYear()).reversed());
        return lines;
    }

    /**
     * 录入收入明白卡: stores a household's card of a year (the figures of one entered before for that
     * year replaced) and makes its per-capita net income the household's income of the year, in one
     * transaction.
     *
     * @param entered the card's year and figures (its household is not read)
     * @return the card's figures
     * @throws StoreException when the household is gone, the year has no parameters or the card counts
     *         no people: nothing is written
     */
    public static IncomeAccount enter(Store store, long householdId, IncomeCard entered, String user) throws StoreException {
        try (Session session = store.openSession(user)) {
            Household household = session.get(CorePackage.Literals.HOUSEHOLD, householdId);
            if (household == null) {
                throw new StoreException(NLS.bind(Messages.IncomeCards_noHousehold, householdId));
            }
            IncomeCard card = session.<IncomeCard>find(MonitoringPackage.Literals.INCOME_CARD__HOUSEHOLD, household).stream()
                    .filter(c -> c.getYear() == entered.getYear()).findFirst().orElse(null);
            boolean added = card == null;
            if (added) {
                card = MonitoringFactory.eINSTANCE.createIncomeCard();
                card.setHousehold(household);
            }
            for (var attribute : MonitoringPackage.Literals.INCOME_CARD.getEAllAttributes()) {
                card.eSet(attribute, entered.eGet(attribute));
            }
            IncomeAccount account;
            try {
                account = post(session, card);
            } catch (IllegalArgumentException e) {
                throw new StoreException(e.getMessage(), e);
            }
            if (added) {
                session.add(card);
            }
            session.commit();
            return account;
        }
    }

    /**
     * Makes {@code perCapitaNet} the household's annual income of {@code year} (added when it has
     * none for the year), its incomes loaded.
     */
    public static void setIncome(Household household, int year, BigDecimal perCapitaNet) {
        AnnualIncome income = household.getIncomes().stream().filter(i -> i.getYear() == year).findFirst().orElse(null);
        if (income == null) {
            income = CoreFactory.eINSTANCE.createAnnualIncome();
            income.setYear(year);
            household.getIncomes().add(income);
        }
        if (income.getPerCapitaNetIncome() == null || income.getPerCapitaNetIncome().compareTo(perCapitaNet) != 0) {
            income.setPerCapitaNetIncome(perCapitaNet);
        }
    }
}
