package xiaokang.monitoring.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import xiaokang.core.demo.DemoContext;
import xiaokang.core.model.Household;
import xiaokang.monitoring.HouseholdFacts;
import xiaokang.monitoring.MonitoringLifecycle;
import xiaokang.monitoring.MonitoringLifecycle.StepInput;
import xiaokang.monitoring.RaisedWarning;
import xiaokang.monitoring.StepRefusedException;
import xiaokang.monitoring.WarningRules;
import xiaokang.monitoring.Warnings;
import xiaokang.monitoring.model.DepartmentRecord;
import xiaokang.monitoring.model.HowFound;
import xiaokang.monitoring.model.MonitoredHousehold;
import xiaokang.monitoring.model.MonitoringCategory;
import xiaokang.monitoring.model.MonitoringFactory;
import xiaokang.monitoring.model.MonitoringStep;
import xiaokang.monitoring.model.PolicyYear;
import xiaokang.monitoring.model.RigidExpenditure;
import xiaokang.monitoring.model.RiskType;
import xiaokang.monitoring.model.Warning;
import xiaokang.monitoring.model.WarningKind;
import xiaokang.monitoring.model.WarningStatus;

/**
 * The warnings the rules raise on the last demo year for every household not already watched,
 * raised over the last six weeks: most of those past their visit day triaged (more than half dismissed
 * with a reason, some with the household's identification started), the rest open, and those of
 * them past their visit day overdue.
 */
final class DemoWarnings {

    private static final int DAYS_BACK = 42;
    private static final List<String> DISMISSALS = List.of("经入户核实，务工收入年底到账，全年收入高于监测线", //$NON-NLS-1$
            "医疗费用已由医保和大病保险报销，家庭负担可承受", "名单人员已迁出本户，不属于本户家庭成员"); //$NON-NLS-1$ //$NON-NLS-2$

    private final DemoContext context;
    private final Random random;
    private final PolicyYear policy;
    private final LocalDate today;

    DemoWarnings(DemoContext context, PolicyYear policy, LocalDate today) {
        this.context = context;
        this.random = context.random();
        this.policy = policy;
        this.today = today;
    }

    /** @return the monitored households whose identification a warning started */
    List<MonitoredHousehold> generate(List<Household> households, Set<Household> watched, Map<Household, List<RigidExpenditure>> expenditures,
            Map<String, List<DepartmentRecord>> byIdNumber) throws StepRefusedException {
        List<MonitoredHousehold> started = new ArrayList<>();
        for (Household household : households) {
            if (watched.contains(household)) {
                continue;
            }
            HouseholdFacts facts = HouseholdFacts.of(household, expenditures.getOrDefault(household, List.of()), byIdNumber, today);
            Set<WarningKind> kinds = new HashSet<>();
            List<Warning> mine = new ArrayList<>();
            MonitoredHousehold identification = null;
            for (RaisedWarning raised : WarningRules.evaluate(facts, policy)) {
                if (!kinds.add(raised.kind())) {
                    continue;
                }
                Warning warning = warning(household, raised);
                long age = ChronoUnit.DAYS.between(warning.getRaisedOn(), today);
                int triage = random.nextInt(10);
                if (age > policy.getVisitDays() && triage < 6) {
                    Warnings.dismiss(warning, new StepInput(DemoMonitoredHouseholds.cadre(household), DISMISSALS.get(random.nextInt(DISMISSALS.size())),
                            warning.getRaisedOn().plusDays(1 + random.nextInt(3))));
                } else if (age > policy.getVisitDays() && triage < 9 && identification == null) {
                    identification = Warnings.identify(warning, category(household), List.of(risk(raised.kind())),
                            raised.kind() == WarningKind.DEPARTMENT_LIST ? HowFound.DEPARTMENT_SCREENING : HowFound.OTHER,
                            new StepInput(DemoMonitoredHouseholds.cadre(household), null, warning.getRaisedOn().plusDays(1)), policy);
                    identification.setAuthorisationSigned(true);
                    MonitoringLifecycle.apply(identification, MonitoringStep.VISIT,
                            new StepInput(DemoMonitoredHouseholds.cadre(household), "入户核实，情况属实", warning.getRaisedOn().plusDays(3)), policy, null); //$NON-NLS-1$
                    started.add(identification);
                }
                mine.add(warning);
            }
            for (Warning warning : mine) {
                if (identification != null && warning.getStatus() == WarningStatus.OPEN) {
                    warning.setStatus(WarningStatus.IDENTIFYING);
                    warning.setMonitored(identification);
                    warning.setHandledOn(identification.getFoundOn());
                }
                context.addRoot(warning);
            }
        }
        started.forEach(context::addRoot);
        return started;
    }

    private Warning warning(Household household, RaisedWarning raised) {
        Warning warning = MonitoringFactory.eINSTANCE.createWarning();
        warning.setHousehold(household);
        warning.setKind(raised.kind());
        warning.setYear(policy.getYear());
        warning.setReason(raised.reason());
        warning.setFigure(raised.figure());
        warning.setThreshold(raised.threshold());
        LocalDate raisedOn = today.minusDays(random.nextInt(DAYS_BACK));
        warning.setRaisedOn(raisedOn);
        warning.setVisitBy(raisedOn.plusDays(policy.getVisitDays()));
        warning.setDecideBy(raisedOn.plusDays(policy.getDecisionDays()));
        warning.setStatus(WarningStatus.OPEN);
        return warning;
    }

    private static MonitoringCategory category(Household household) {
        return household.isRegistered() ? MonitoringCategory.UNSTABLE : MonitoringCategory.EDGE;
    }

    private static RiskType risk(WarningKind kind) {
        return switch (kind) {
            case RIGID_EXPENDITURE, DEPARTMENT_LIST -> RiskType.ILLNESS;
            case INCOME_DROP -> RiskType.UNEMPLOYMENT;
            default -> RiskType.OTHER;
        };
    }
}
