package xiaokang.monitoring.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import xiaokang.core.model.CoreFactory;
import xiaokang.monitoring.MonitoringLifecycle;
import xiaokang.monitoring.MonitoringLifecycle.StepInput;
import xiaokang.monitoring.RiskElimination;
import xiaokang.monitoring.StepRefusedException;
import xiaokang.monitoring.model.HowFound;
import xiaokang.monitoring.model.MonitoredHousehold;
import xiaokang.monitoring.model.MonitoringCategory;
import xiaokang.monitoring.model.MonitoringStage;
import xiaokang.monitoring.model.MonitoringStep;
import xiaokang.monitoring.model.PolicyYear;
import xiaokang.monitoring.model.RiskType;

class MonitoringLifecycleTest {

    private static final PolicyYear POLICY = IncomeAccountTest.policy(2024, "6900", "40", "40", "15", "20");
    private static final LocalDate FOUND = LocalDate.of(2024, 3, 1);
    private static final List<RiskElimination.Condition> HOLD = List.of(
            new RiskElimination.Condition(RiskElimination.Requirement.INCOME_ABOVE_LINE, true, "收入高于监测线"));

    private static MonitoredHousehold found() throws StepRefusedException {
        MonitoredHousehold monitored = MonitoringLifecycle.start(CoreFactory.eINSTANCE.createHousehold(), MonitoringCategory.UNSTABLE,
                List.of(RiskType.ILLNESS), HowFound.CADRE_VISIT, new StepInput("王干部", "村医反映住院", FOUND), POLICY);
        monitored.setAuthorisationSigned(true);
        return monitored;
    }

    private static void step(MonitoredHousehold monitored, MonitoringStep step, int day) throws StepRefusedException {
        MonitoringLifecycle.apply(monitored, step, new StepInput("刘乡长", "核实属实", FOUND.plusDays(day)), POLICY, HOLD);
    }

    /** A household at {@code stage}, reached by the legal steps. */
    private static MonitoredHousehold at(MonitoringStage stage) throws StepRefusedException {
        MonitoredHousehold monitored = found();
        List<MonitoringStep> path = switch (stage) {
            case WARNED -> List.of();
            case VISITED -> List.of(MonitoringStep.VISIT);
            case COMPARED -> List.of(MonitoringStep.VISIT, MonitoringStep.COMPARE);
            case PUBLICISED -> List.of(MonitoringStep.VISIT, MonitoringStep.COMPARE, MonitoringStep.PUBLICISE);
            case TOWNSHIP_REVIEWED -> List.of(MonitoringStep.VISIT, MonitoringStep.COMPARE, MonitoringStep.PUBLICISE, MonitoringStep.TOWNSHIP_REVIEW);
            case NOT_INCLUDED -> List.of(MonitoringStep.VISIT, MonitoringStep.DECLINE);
            case MONITORED, ELIMINATION_VISITED, ELIMINATION_PUBLICISED, ELIMINATED -> {
                List<MonitoringStep> steps = new ArrayList<>(List.of(MonitoringStep.VISIT, MonitoringStep.COMPARE, MonitoringStep.PUBLICISE,
                        MonitoringStep.TOWNSHIP_REVIEW, MonitoringStep.COUNTY_APPROVE));
                if (stage != MonitoringStage.MONITORED) {
                    steps.add(MonitoringStep.ELIMINATION_VISIT);
                }
                if (stage == MonitoringStage.ELIMINATION_PUBLICISED || stage == MonitoringStage.ELIMINATED) {
                    steps.add(MonitoringStep.ELIMINATION_PUBLICISE);
                }
                if (stage == MonitoringStage.ELIMINATED) {
                    steps.add(MonitoringStep.ELIMINATION_APPROVE);
                }
                yield steps;
            }
        };
        int day = 1;
        for (MonitoringStep step : path) {
            day += step == MonitoringStep.TOWNSHIP_REVIEW || step == MonitoringStep.ELIMINATION_APPROVE ? MonitoringLifecycle.PUBLICITY_DAYS : 1;
            step(monitored, step, day);
        }
        assertEquals(stage, monitored.getStage());
        return monitored;
    }

    @Test
    void fromTheWarningToEliminationEachStepRecordedWithWhoWhenAndEvidence() throws Exception {
        MonitoredHousehold monitored = at(MonitoringStage.ELIMINATED);
        assertEquals(List.of(MonitoringStep.START, MonitoringStep.VISIT, MonitoringStep.COMPARE, MonitoringStep.PUBLICISE,
                MonitoringStep.TOWNSHIP_REVIEW, MonitoringStep.COUNTY_APPROVE, MonitoringStep.ELIMINATION_VISIT,
                MonitoringStep.ELIMINATION_PUBLICISE, MonitoringStep.ELIMINATION_APPROVE),
                monitored.getEvents().stream().map(e -> e.getStep()).toList());
        assertEquals("刘乡长", monitored.getEvents().get(1).getActor());
        assertEquals("核实属实", monitored.getEvents().get(1).getNote());
        assertEquals(FOUND.plusDays(10), monitored.getIdentifiedOn(), "the county's approval, after five days of publicity");
        assertTrue(monitored.getEliminatedOn().isAfter(monitored.getIdentifiedOn()));
        assertEquals(null, monitored.getStageDue(), "nothing is due once the risk is eliminated");
    }

    @Test
    void everyIllegalStepIsRefusedWithTheStepsAllowedAndChangesNothing() throws Exception {
        int refused = 0;
        for (MonitoringStage stage : MonitoringStage.VALUES) {
            for (MonitoringStep step : MonitoringStep.VALUES) {
                MonitoredHousehold monitored = at(stage);
                if (MonitoringLifecycle.legal(monitored).contains(step)) {
                    continue;
                }
                MonitoredHousehold before = EcoreUtil.copy(monitored);
                StepRefusedException e = assertThrows(StepRefusedException.class, () -> step(monitored, step, 40), stage + " " + step);
                assertTrue(e.getMessage().contains("不能"), e.getMessage());
                assertTrue(EcoreUtil.equals(before, monitored), stage + " " + step + " changed the household");
                refused++;
            }
        }
        assertEquals(10 * 11 - 15, refused, "every pair but the fifteen legal ones");
    }

    @Test
    void aStepWithoutWhatItNeedsIsRefusedWithTheReason() throws Exception {
        MonitoredHousehold unsigned = found();
        unsigned.setAuthorisationSigned(false);
        assertRefused("授权书", () -> step(unsigned, MonitoringStep.VISIT, 1));
        assertRefused("结果", () -> MonitoringLifecycle.apply(found(), MonitoringStep.VISIT, new StepInput("王干部", " ", FOUND), POLICY, null));
        assertRefused("结果", () -> MonitoringLifecycle.apply(at(MonitoringStage.VISITED), MonitoringStep.COMPARE,
                new StepInput("王干部", null, FOUND.plusDays(9)), POLICY, null));
        assertRefused("经办人", () -> MonitoringLifecycle.apply(found(), MonitoringStep.VISIT, new StepInput("", "属实", FOUND), POLICY, null));
        assertRefused("早于", () -> step(found(), MonitoringStep.VISIT, -1));
        assertRefused("理由", () -> MonitoringLifecycle.apply(found(), MonitoringStep.DECLINE, new StepInput("王干部", "", FOUND), POLICY, null));
        assertRefused("理由", () -> MonitoringLifecycle.apply(at(MonitoringStage.ELIMINATION_VISITED), MonitoringStep.SEND_BACK,
                new StepInput("王干部", "", FOUND.plusDays(60)), POLICY, null));
    }

    @Test
    void thePublicityLastsFiveDays() throws Exception {
        MonitoredHousehold monitored = at(MonitoringStage.PUBLICISED);
        LocalDate began = monitored.getPublicisedOn();
        assertRefused("至少公示 5 天", () -> MonitoringLifecycle.apply(monitored, MonitoringStep.TOWNSHIP_REVIEW,
                new StepInput("刘乡长", null, began.plusDays(4)), POLICY, null));
        MonitoringLifecycle.apply(monitored, MonitoringStep.TOWNSHIP_REVIEW, new StepInput("刘乡长", null, began.plusDays(5)), POLICY, null);
        assertEquals(MonitoringStage.TOWNSHIP_REVIEWED, monitored.getStage());
    }

    @Test
    void theEliminationStartsOnlyWhenItsConditionsHold() throws Exception {
        MonitoredHousehold monitored = at(MonitoringStage.MONITORED);
        List<RiskElimination.Condition> failing = List.of(HOLD.get(0),
                new RiskElimination.Condition(RiskElimination.Requirement.MEASURE_GIVEN, false, "还没有落实任何帮扶措施"));
        assertRefused("还没有落实任何帮扶措施", () -> MonitoringLifecycle.apply(monitored, MonitoringStep.ELIMINATION_VISIT,
                new StepInput("王干部", "收入稳定", FOUND.plusDays(200)), POLICY, failing));
        assertRefused("没有核对", () -> MonitoringLifecycle.apply(monitored, MonitoringStep.ELIMINATION_VISIT,
                new StepInput("王干部", "收入稳定", FOUND.plusDays(200)), POLICY, null));
        assertEquals(MonitoringStage.MONITORED, monitored.getStage());
    }

    @Test
    void aStepIsDueWithinTheYearsDaysAndOverdueAfterThem() throws Exception {
        MonitoredHousehold monitored = found();
        assertEquals(FOUND.plusDays(3), monitored.getStageDue(), "the visit within three days");
        assertFalse(MonitoringLifecycle.overdue(monitored, FOUND.plusDays(3)));
        assertTrue(MonitoringLifecycle.overdue(monitored, FOUND.plusDays(4)));
        step(monitored, MonitoringStep.VISIT, 2);
        assertEquals(FOUND.plusDays(15), monitored.getStageDue(), "the decision within fifteen days of the finding");
    }

    private static void assertRefused(String words, org.junit.jupiter.api.function.Executable step) {
        StepRefusedException e = assertThrows(StepRefusedException.class, step);
        assertTrue(e.getMessage().contains(words), e.getMessage());
    }
}
