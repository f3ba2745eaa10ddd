package xiaokang.monitoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import xiaokang.monitoring.model.DepartmentRecord;
import xiaokang.monitoring.model.PolicyYear;
import xiaokang.monitoring.model.RigidExpenditure;
import xiaokang.monitoring.model.WarningKind;

/**
 * The warning rules of 防止返贫动态监测, each with the thresholds of the year it looks at: income below
 * the monitoring line or within the warning margin above it, income fallen by more than the year's
 * share, unresolved rigid expenditure above the year's amount or share of the household's net income,
 * a failing check of the six, and a department's list naming a member. A household whose income of
 * the year is not on record is judged by the other rules only.
 */
public final class WarningRules {

    private static final String LIST_SEPARATOR = "；"; //$NON-NLS-1$

    private WarningRules() {
    }

    /** Every warning the year's figures raise for the household. */
    public static List<RaisedWarning> evaluate(HouseholdFacts facts, PolicyYear policy) {
        List<RaisedWarning> raised = new ArrayList<>();
        int year = policy.getYear();
        BigDecimal income = facts.perCapitaNet(year);
        if (income != null) {
            BigDecimal line = policy.getIncomeLine();
            BigDecimal margin = Figures.plusPercent(line, policy.getWarningMargin());
            if (income.compareTo(line) < 0) {
                raised.add(new RaisedWarning(WarningKind.BELOW_LINE, income, line,
                        NLS.bind(Messages.Warning_belowLine, new Object[] { year, Figures.yuan(income), Figures.yuan(line) })));
            } else if (income.compareTo(margin) < 0) {
                raised.add(new RaisedWarning(WarningKind.NEAR_LINE, income, margin, NLS.bind(Messages.Warning_nearLine,
                        new Object[] { year, Figures.yuan(income), Figures.yuan(line), Figures.percent(policy.getWarningMargin()),
                                Figures.yuan(margin) })));
            }
            BigDecimal before = facts.perCapitaNet(year - 1);
            if (before != null && before.signum() > 0
                    && income.compareTo(before.subtract(Figures.share(before, policy.getIncomeDropShare()))) < 0) {
                BigDecimal fall = Figures.fall(before, income);
                raised.add(new RaisedWarning(WarningKind.INCOME_DROP, fall, policy.getIncomeDropShare(),
                        NLS.bind(Messages.Warning_incomeDrop, new Object[] { year, Figures.yuan(income), Figures.yuan(before),
                                Figures.percent(fall), Figures.percent(policy.getIncomeDropShare()) })));
            }
        }
        rigidExpenditure(facts, policy, income, raised);
        if (!facts.failingChecks().isEmpty()) {
            raised.add(new RaisedWarning(WarningKind.SIX_CHECKS, null, null, NLS.bind(Messages.Warning_sixChecks,
                    facts.failingChecks().stream().map(c -> Labels.of(c)).collect(Collectors.joining("、"))))); //$NON-NLS-1$
        }
        List<DepartmentRecord> named = facts.departmentRecords().stream()
                .filter(r -> r.getDate() != null && r.getDate().getYear() == year).toList();
        if (!named.isEmpty()) {
            raised.add(new RaisedWarning(WarningKind.DEPARTMENT_LIST, null, null, NLS.bind(Messages.Warning_departmentList,
                    named.stream().map(WarningRules::describe).collect(Collectors.joining(LIST_SEPARATOR)))));
        }
        return raised;
    }

    private static void rigidExpenditure(HouseholdFacts facts, PolicyYear policy, BigDecimal income, List<RaisedWarning> raised) {
        int year = policy.getYear();
        List<RigidExpenditure> open = facts.expenditures().stream()
                .filter(e -> !e.isResolved() && e.getDate() != null && e.getDate().getYear() == year && e.getAmount() != null).toList();
        if (open.isEmpty()) {
            return;
        }
        BigDecimal total = open.stream().map(RigidExpenditure::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        String kinds = open.stream().map(e -> Labels.of(e.getKind())).distinct().collect(Collectors.joining("、")); //$NON-NLS-1$
        if (total.compareTo(policy.getRigidExpenditure()) > 0) {
            raised.add(new RaisedWarning(WarningKind.RIGID_EXPENDITURE, total, policy.getRigidExpenditure(),
                    NLS.bind(Messages.Warning_rigidAmount,
                            new Object[] { year, Figures.yuan(total), kinds, Figures.yuan(policy.getRigidExpenditure()) })));
            return;
        }
        if (income == null) {
            return;
        }
        BigDecimal net = income.multiply(BigDecimal.valueOf(facts.people()));
        BigDecimal limit = Figures.share(net, policy.getRigidExpenditureShare());
        if (total.compareTo(limit) > 0) {
            raised.add(new RaisedWarning(WarningKind.RIGID_EXPENDITURE, total, limit, NLS.bind(Messages.Warning_rigidShare, new Object[] {
                    year, Figures.yuan(total), kinds, Figures.yuan(net), Figures.percent(policy.getRigidExpenditureShare()) })));
        }
    }

    private static String describe(DepartmentRecord record) {
        return NLS.bind(Messages.Warning_departmentRecord,
                new Object[] { record.getName() == null ? record.getIdNumber() : record.getName(),
                        Labels.of(record.getList()), record.getDate() });
    }
}
