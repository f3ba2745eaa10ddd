package xiaokang.monitoring;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import xiaokang.core.model.Household;
import xiaokang.monitoring.model.HowFound;
import xiaokang.monitoring.model.MonitoredHousehold;
import xiaokang.monitoring.model.MonitoringCategory;
import xiaokang.monitoring.model.MonitoringEvent;
import xiaokang.monitoring.model.MonitoringFactory;
import xiaokang.monitoring.model.MonitoringStage;
import xiaokang.monitoring.model.MonitoringStep;
import xiaokang.monitoring.model.PolicyYear;
import xiaokang.monitoring.model.RiskType;

/**
 * The identification of a monitored household (预警 → 入户核实 → 信息比对 → 村级评议公示 → 乡镇审核 →
 * 县级审定, 纳入监测; or 不予纳入) and the elimination of its risk (入户核实 → 评议公示 → 县级审批, 标注风险消除;
 * or sent back to monitoring). Each step needs who takes it and the evidence it asks for, is
 * recorded as an event, and sets when the next step is due; a step that is not allowed is refused
 * with the reason, leaving the household as it was.
 */
public final class MonitoringLifecycle {

    /** Days a publicity (评议公示) lasts at least before the next step. */
    public static final int PUBLICITY_DAYS = 5;

    private static final Map<MonitoringStage, List<MonitoringStep>> LEGAL = Map.of(
            MonitoringStage.WARNED, List.of(MonitoringStep.VISIT, MonitoringStep.DECLINE),
            MonitoringStage.VISITED, List.of(MonitoringStep.COMPARE, MonitoringStep.DECLINE),
            MonitoringStage.COMPARED, List.of(MonitoringStep.PUBLICISE, MonitoringStep.DECLINE),
            MonitoringStage.PUBLICISED, List.of(MonitoringStep.TOWNSHIP_REVIEW, MonitoringStep.DECLINE),
            MonitoringStage.TOWNSHIP_REVIEWED, List.of(MonitoringStep.COUNTY_APPROVE, MonitoringStep.DECLINE),
            MonitoringStage.MONITORED, List.of(MonitoringStep.ELIMINATION_VISIT),
            MonitoringStage.NOT_INCLUDED, List.of(),
            MonitoringStage.ELIMINATION_VISITED, List.of(MonitoringStep.ELIMINATION_PUBLICISE, MonitoringStep.SEND_BACK),
            MonitoringStage.ELIMINATION_PUBLICISED, List.of(MonitoringStep.ELIMINATION_APPROVE, MonitoringStep.SEND_BACK),
            MonitoringStage.ELIMINATED, List.of());

    /** Who takes a step, when, and its evidence or reason. */
    public record StepInput(String actor, String note, LocalDate date) {
    }

    private MonitoringLifecycle() {
    }

    /**
     * A household found at risk, at its first step (预警), with the visit due within the year's days.
     *
     * @param note how it came to notice (a warning's reason, a report)
     */
    public static MonitoredHousehold start(Household household, MonitoringCategory category, Collection<RiskType> risks, HowFound how,
            StepInput input, PolicyYear policy) throws StepRefusedException {
        require(!blank(input.actor()), Messages.Lifecycle_needsActor);
        require(input.date() != null, Messages.Lifecycle_needsDate);
        require(!risks.isEmpty(), Messages.Lifecycle_needsRisk);
        MonitoredHousehold monitored = MonitoringFactory.eINSTANCE.createMonitoredHousehold();
        monitored.setHousehold(household);
        monitored.setCategory(category);
        monitored.getRisks().addAll(risks);
        monitored.setFoundBy(how);
        monitored.setFoundOn(input.date());
        monitored.setStage(MonitoringStage.WARNED);
        monitored.setStageDue(input.date().plusDays(policy.getVisitDays()));
        monitored.getEvents().add(event(MonitoringStep.START, input));
        return monitored;
    }

    /** The steps the household's stage allows (whether their conditions hold is checked on {@link #apply}). */
    public static List<MonitoringStep> legal(MonitoredHousehold monitored) {
        return LEGAL.get(monitored.getStage());
    }

    /** The stage a step leads to. */
    public static MonitoringStage target(MonitoringStep step) {
        return switch (step) {
            case START -> MonitoringStage.WARNED;
            case VISIT -> MonitoringStage.VISITED;
            case COMPARE -> MonitoringStage.COMPARED;
            case PUBLICISE -> MonitoringStage.PUBLICISED;
            case TOWNSHIP_REVIEW -> MonitoringStage.TOWNSHIP_REVIEWED;
            case COUNTY_APPROVE, SEND_BACK -> MonitoringStage.MONITORED;
            case DECLINE -> MonitoringStage.NOT_INCLUDED;
            case ELIMINATION_VISIT -> MonitoringStage.ELIMINATION_VISITED;
            case ELIMINATION_PUBLICISE -> MonitoringStage.ELIMINATION_PUBLICISED;
            case ELIMINATION_APPROVE -> MonitoringStage.ELIMINATED;
        };
    }

    /**
     * Moves the household one step and records it, or refuses with the reason.
     *
     * @param policy the parameters of the step's year (the days within which the next step is due)
     * @param elimination the elimination conditions on the step's day: needed to start an elimination, else ignored
     */
    public static void apply(MonitoredHousehold monitored, MonitoringStep step, StepInput input, PolicyYear policy,
            List<RiskElimination.Condition> elimination) throws StepRefusedException {
        String stage = Labels.of(monitored.getStage());
        String name = Labels.of(step);
        if (!legal(monitored).contains(step)) {
            String allowed = legal(monitored).stream().map(s -> Labels.of(s)).collect(Collectors.joining("、")); //$NON-NLS-1$
            throw new StepRefusedException(NLS.bind(Messages.Lifecycle_illegal,
                    new Object[] { stage, name, allowed.isEmpty() ? Messages.Lifecycle_nothingAllowed : allowed }));
        }
        require(!blank(input.actor()), Messages.Lifecycle_needsActor);
        require(input.date() != null, Messages.Lifecycle_needsDate);
        LocalDate last = monitored.getEvents().isEmpty() ? null : monitored.getEvents().get(monitored.getEvents().size() - 1).getDate();
        require(last == null || !input.date().isBefore(last), NLS.bind(Messages.Lifecycle_beforeLast, input.date(), last));
        switch (step) {
            case VISIT -> {
                require(monitored.isAuthorisationSigned(), Messages.Lifecycle_needsAuthorisation);
                require(!blank(input.note()), NLS.bind(Messages.Lifecycle_needsEvidence, name));
            }
            case COMPARE, ELIMINATION_VISIT -> require(!blank(input.note()), NLS.bind(Messages.Lifecycle_needsEvidence, name));
            case TOWNSHIP_REVIEW, ELIMINATION_APPROVE -> {
                LocalDate ends = monitored.getPublicisedOn().plusDays(PUBLICITY_DAYS);
                require(!input.date().isBefore(ends),
                        NLS.bind(Messages.Lifecycle_publicityRunning, new Object[] { monitored.getPublicisedOn(), PUBLICITY_DAYS, ends }));
            }
            case DECLINE, SEND_BACK -> require(!blank(input.note()), NLS.bind(Messages.Lifecycle_needsReason, name));
            default -> {
                // publicising and approving need who and when only
            }
        }
        if (step == MonitoringStep.ELIMINATION_VISIT) {
            require(elimination != null, Messages.Lifecycle_conditionsUnknown);
            List<String> failing = elimination.stream().filter(c -> !c.holds()).map(RiskElimination.Condition::text).toList();
            require(failing.isEmpty(), NLS.bind(Messages.Lifecycle_conditionsFail, String.join("；", failing))); //$NON-NLS-1$
        }
        monitored.setStage(target(step));
        switch (step) {
            case PUBLICISE, ELIMINATION_PUBLICISE -> monitored.setPublicisedOn(input.date());
            case COUNTY_APPROVE -> monitored.setIdentifiedOn(input.date());
            case ELIMINATION_APPROVE -> monitored.setEliminatedOn(input.date());
            default -> {
                // the other steps change the stage only
            }
        }
        monitored.setStageDue(due(monitored, step, input.date(), policy));
        monitored.getEvents().add(event(step, input));
    }

    /** A step is overdue when its due day has passed. */
    public static boolean overdue(MonitoredHousehold monitored, LocalDate today) {
        return monitored.getStageDue() != null && monitored.getStageDue().isBefore(today);
    }

    /** Under identification or monitored: not declined and not eliminated. */
    public static boolean active(MonitoredHousehold monitored) {
        return active(monitored.getStage());
    }

    /** A stage under identification or monitoring: not declined and not eliminated. */
    public static boolean active(MonitoringStage stage) {
        return stage != MonitoringStage.NOT_INCLUDED && stage != MonitoringStage.ELIMINATED;
    }

    private static LocalDate due(MonitoredHousehold monitored, MonitoringStep step, LocalDate date, PolicyYear policy) {
        return switch (step) {
            case VISIT, COMPARE, PUBLICISE, TOWNSHIP_REVIEW -> monitored.getFoundOn().plusDays(policy.getDecisionDays());
            case ELIMINATION_VISIT -> date.plusDays(policy.getDecisionDays());
            case ELIMINATION_PUBLICISE -> monitored.getStageDue();
            default -> null;
        };
    }

    private static MonitoringEvent event(MonitoringStep step, StepInput input) {
        MonitoringEvent event = MonitoringFactory.eINSTANCE.createMonitoringEvent();
        event.setStep(step);
        event.setActor(input.actor().strip());
        event.setDate(input.date());
        event.setNote(blank(input.note()) ? null : input.note().strip());
        return event;
    }

    private static void require(boolean condition, String reason) throws StepRefusedException {
        if (!condition) {
            throw new StepRefusedException(reason);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
