package xiaokang.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import xiaokang.monitoring.model.HelpMeasure;
import xiaokang.monitoring.model.MeasureKind;
import xiaokang.monitoring.model.MonitoredHousehold;
import xiaokang.monitoring.model.PolicyYear;

/**
 * When a monitored household's risk may be proposed as eliminated (风险消除): its income above the
 * line in every year on record since it was identified (at least the latest), no rigid expenditure
 * left unresolved, the six checks passing, at least one measure given, at least six months of
 * monitoring, and, for a household without labour, a social-assistance measure given (income alone
 * does not end its risk). Each condition says whether it holds and why not.
 */
public final class RiskElimination {

    /** Months a household is monitored at least before its risk is eliminated. */
    public static final int MONTHS_MONITORED = 6;

    /** One condition. */
    public enum Requirement {
        INCOME_ABOVE_LINE, EXPENDITURE_RESOLVED, SIX_CHECKS_PASS, MEASURE_GIVEN, MONITORED_SIX_MONTHS, SAFETY_NET_WITHOUT_LABOUR
    }

    /** A condition, whether it holds on the day asked, and what the workbench says about it. */
    public record Condition(Requirement requirement, boolean holds, String text) {
    }

    private RiskElimination() {
    }

    /** Every condition, in the order of {@link Requirement}. */
    public static List<Condition> conditions(MonitoredHousehold monitored, HouseholdFacts facts, Map<Integer, PolicyYear> policies,
            LocalDate today) {
        List<Condition> conditions = new ArrayList<>();
        conditions.add(income(monitored, facts, policies));
        long unresolved = facts.expenditures().stream().filter(e -> !e.isResolved()).count();
        conditions.add(new Condition(Requirement.EXPENDITURE_RESOLVED, unresolved == 0,
                unresolved == 0 ? Messages.Elimination_expenditureResolved : NLS.bind(Messages.Elimination_expenditureOpen, unresolved)));
        conditions.add(new Condition(Requirement.SIX_CHECKS_PASS, facts.failingChecks().isEmpty(),
                facts.failingChecks().isEmpty() ? Messages.Elimination_checksPass
                        : NLS.bind(Messages.Elimination_checksFail,
                                facts.failingChecks().stream().map(c -> Labels.of(c)).collect(Collectors.joining("、"))))); //$NON-NLS-1$
        long given = monitored.getMeasures().stream().filter(m -> given(m, today)).count();
        conditions.add(new Condition(Requirement.MEASURE_GIVEN, given > 0,
                given > 0 ? NLS.bind(Messages.Elimination_measuresGiven, given) : Messages.Elimination_noMeasureGiven));
        LocalDate identified = monitored.getIdentifiedOn();
        boolean long_ = identified != null && !identified.plusMonths(MONTHS_MONITORED).isAfter(today);
        conditions.add(new Condition(Requirement.MONITORED_SIX_MONTHS, long_, identified == null ? Messages.Elimination_notIdentified
                : NLS.bind(long_ ? Messages.Elimination_monitoredLong : Messages.Elimination_monitoredShort, identified,
                        identified.plusMonths(MONTHS_MONITORED))));
        boolean safetyNet = monitored.getMeasures().stream().anyMatch(m -> m.getKind() == MeasureKind.SOCIAL_ASSISTANCE && given(m, today));
        conditions.add(new Condition(Requirement.SAFETY_NET_WITHOUT_LABOUR, facts.hasLabour() || safetyNet,
                facts.hasLabour() ? Messages.Elimination_hasLabour
                        : safetyNet ? Messages.Elimination_safetyNet : Messages.Elimination_noSafetyNet));
        return conditions;
    }

    /** Whether every condition holds. */
    public static boolean allHold(List<Condition> conditions) {
        return conditions.stream().allMatch(Condition::holds);
    }

    private static Condition income(MonitoredHousehold monitored, HouseholdFacts facts, Map<Integer, PolicyYear> policies) {
        int latest = facts.latestYear();
        if (latest == 0) {
            return new Condition(Requirement.INCOME_ABOVE_LINE, false, Messages.Elimination_noIncome);
        }
        int from = monitored.getIdentifiedOn() == null ? latest : Math.min(latest, monitored.getIdentifiedOn().getYear());
        for (Entry<Integer, BigDecimal> income : facts.perCapitaNet().entrySet()) {
            int year = income.getKey();
            if (year < from) {
                continue;
            }
            PolicyYear policy = policies.get(year);
            if (policy == null) {
                return new Condition(Requirement.INCOME_ABOVE_LINE, false, NLS.bind(Messages.Elimination_noPolicy, year));
            }
            if (income.getValue().compareTo(policy.getIncomeLine()) < 0) {
                return new Condition(Requirement.INCOME_ABOVE_LINE, false, NLS.bind(Messages.Elimination_incomeBelow,
                        new Object[] { year, Figures.yuan(income.getValue()), Figures.yuan(policy.getIncomeLine()) }));
            }
        }
        return new Condition(Requirement.INCOME_ABOVE_LINE, true, NLS.bind(Messages.Elimination_incomeAbove, from, latest));
    }

    private static boolean given(HelpMeasure measure, LocalDate today) {
        return measure.getGivenOn() != null && !measure.getGivenOn().isAfter(today);
    }
}
