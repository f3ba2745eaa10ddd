package xiaokang.supervision.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import xiaokang.supervision.ProblemLifecycle;
import xiaokang.supervision.TransitionRefusedException;
import xiaokang.supervision.model.Problem;
import xiaokang.supervision.model.ProblemArea;
import xiaokang.supervision.model.ProblemSource;
import xiaokang.supervision.model.ProblemStatus;
import xiaokang.supervision.model.ProblemTransition;
import xiaokang.supervision.model.SupervisionFactory;

/** Every legal and illegal step of the ledger's lifecycle, and what each step needs. */
class ProblemLifecycleTest {

    private static final LocalDate DAY = LocalDate.of(2020, 6, 1);
    private static final String RESPONSIBLE = "李建国";
    private static final String REVIEWER = "王秀英";

    private static Problem problem(ProblemStatus status) {
        Problem problem = SupervisionFactory.eINSTANCE.createProblem();
        problem.setNumber("2020-00001");
        problem.setFound(DAY);
        problem.setSource(ProblemSource.INSPECTION);
        problem.setArea(ProblemArea.HOUSING_SAFETY);
        problem.setDescription("住房存在安全隐患");
        problem.setResponsiblePerson(RESPONSIBLE);
        problem.setRectification("纳入危房改造计划");
        problem.setEvidence("验收照片和签字确认表");
        problem.setStatus(status);
        return problem;
    }

    @Test
    void aProblemGoesFromOpenToClosedAndBackWithEveryStepRecorded() throws Exception {
        Problem problem = problem(ProblemStatus.OPEN);
        ProblemLifecycle.apply(problem, ProblemTransition.START, RESPONSIBLE, null, DAY);
        assertEquals(ProblemStatus.RECTIFYING, problem.getStatus());
        ProblemLifecycle.apply(problem, ProblemTransition.SUBMIT, RESPONSIBLE, null, DAY.plusDays(5));
        assertEquals(ProblemStatus.AWAITING_REVIEW, problem.getStatus());
        ProblemLifecycle.apply(problem, ProblemTransition.SEND_BACK, REVIEWER, "照片不清楚", DAY.plusDays(6));
        assertEquals(ProblemStatus.RECTIFYING, problem.getStatus());
        ProblemLifecycle.apply(problem, ProblemTransition.SUBMIT, RESPONSIBLE, null, DAY.plusDays(8));
        ProblemLifecycle.apply(problem, ProblemTransition.CLOSE, REVIEWER, null, DAY.plusDays(9));
        assertEquals(ProblemStatus.CLOSED, problem.getStatus());
        assertEquals(REVIEWER, problem.getReviewer());
        assertEquals(DAY.plusDays(9), problem.getClosedOn());
        ProblemLifecycle.apply(problem, ProblemTransition.REOPEN, "市督查组", "回访发现反弹", DAY.plusDays(30));
        assertEquals(ProblemStatus.OPEN, problem.getStatus());
        assertNull(problem.getClosedOn());
        assertNull(problem.getReviewer());
        assertEquals(List.of(ProblemTransition.START, ProblemTransition.SUBMIT, ProblemTransition.SEND_BACK,
                ProblemTransition.SUBMIT, ProblemTransition.CLOSE, ProblemTransition.REOPEN),
                problem.getEvents().stream().map(e -> e.getTransition()).toList());
        assertEquals("照片不清楚", problem.getEvents().get(2).getNote());
    }

    @Test
    void everyStepNotAllowedInAStatusIsRefusedAndChangesNothing() {
        int refused = 0;
        for (ProblemStatus status : ProblemStatus.values()) {
            for (ProblemTransition transition : ProblemTransition.values()) {
                Problem problem = problem(status);
                if (ProblemLifecycle.legal(problem).contains(transition)) {
                    continue;
                }
                TransitionRefusedException refusal = assertThrows(TransitionRefusedException.class,
                        () -> ProblemLifecycle.apply(problem, transition, REVIEWER, "原因", DAY), status + " " + transition);
                assertTrue(refusal.getMessage().contains("2020-00001"), refusal.getMessage());
                assertEquals(status, problem.getStatus());
                assertTrue(problem.getEvents().isEmpty());
                refused++;
            }
        }
        // 4 statuses x 6 steps, of which 5 are legal somewhere.
        assertEquals(24 - 5, refused);
    }

    @Test
    void theLegalStepsOfEachStatus() {
        assertEquals(List.of(ProblemTransition.START), ProblemLifecycle.legal(problem(ProblemStatus.OPEN)));
        assertEquals(List.of(ProblemTransition.SUBMIT), ProblemLifecycle.legal(problem(ProblemStatus.RECTIFYING)));
        assertEquals(List.of(ProblemTransition.CLOSE, ProblemTransition.SEND_BACK),
                ProblemLifecycle.legal(problem(ProblemStatus.AWAITING_REVIEW)));
        assertEquals(List.of(ProblemTransition.REOPEN), ProblemLifecycle.legal(problem(ProblemStatus.CLOSED)));
    }

    @Test
    void closingNeedsEvidenceAndAReviewerWhoIsNotTheResponsiblePerson() {
        Problem noEvidence = problem(ProblemStatus.AWAITING_REVIEW);
        noEvidence.setEvidence("  ");
        assertRefused(noEvidence, ProblemTransition.CLOSE, REVIEWER, null, "佐证");

        Problem ownReview = problem(ProblemStatus.AWAITING_REVIEW);
        assertRefused(ownReview, ProblemTransition.CLOSE, " " + RESPONSIBLE + " ", null, "不能自己验收");

        Problem noReviewer = problem(ProblemStatus.AWAITING_REVIEW);
        assertRefused(noReviewer, ProblemTransition.CLOSE, "", null, "验收人");
    }

    @Test
    void eachStepChecksWhatItNeeds() {
        Problem unassigned = problem(ProblemStatus.OPEN);
        unassigned.setResponsiblePerson(null);
        assertRefused(unassigned, ProblemTransition.START, REVIEWER, null, "责任人");

        Problem unreported = problem(ProblemStatus.RECTIFYING);
        unreported.setRectification("");
        assertRefused(unreported, ProblemTransition.SUBMIT, RESPONSIBLE, null, "整改情况");

        assertRefused(problem(ProblemStatus.AWAITING_REVIEW), ProblemTransition.SEND_BACK, REVIEWER, " ", "原因");
        assertRefused(problem(ProblemStatus.CLOSED), ProblemTransition.REOPEN, REVIEWER, null, "原因");
    }

    @Test
    void aProblemIsOverdueWhenNotClosedPastItsDeadline() {
        Problem problem = problem(ProblemStatus.RECTIFYING);
        problem.setDeadline(DAY);
        assertTrue(ProblemLifecycle.overdue(problem, DAY.plusDays(1)));
        assertTrue(!ProblemLifecycle.overdue(problem, DAY));
        problem.setStatus(ProblemStatus.CLOSED);
        assertTrue(!ProblemLifecycle.overdue(problem, DAY.plusDays(1)));
    }

    private static void assertRefused(Problem problem, ProblemTransition transition, String actor, String note,
            String reason) {
        ProblemStatus before = problem.getStatus();
        TransitionRefusedException refusal = assertThrows(TransitionRefusedException.class,
                () -> ProblemLifecycle.apply(problem, transition, actor, note, DAY));
        assertTrue(refusal.getMessage().contains(reason), refusal.getMessage());
        assertEquals(before, problem.getStatus());
        assertTrue(problem.getEvents().isEmpty());
    }
}
