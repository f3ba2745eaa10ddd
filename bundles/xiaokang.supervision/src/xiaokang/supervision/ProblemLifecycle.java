package xiaokang.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import xiaokang.supervision.model.Problem;
import xiaokang.supervision.model.ProblemEvent;
import xiaokang.supervision.model.ProblemStatus;
import xiaokang.supervision.model.ProblemTransition;
import xiaokang.supervision.model.SupervisionFactory;

/**
 * The ledger's lifecycle: open -> rectifying -> awaiting review -> closed, with send-back and
 * reopen. Each step checks what it needs (a responsible person, a rectification report, evidence,
 * a reviewer who is not the responsible person) and is recorded as an event on the problem.
 */
public final class ProblemLifecycle {

    private static final Map<ProblemStatus, List<ProblemTransition>> LEGAL = Map.of(
            ProblemStatus.OPEN, List.of(ProblemTransition.START),
            ProblemStatus.RECTIFYING, List.of(ProblemTransition.SUBMIT),
            ProblemStatus.AWAITING_REVIEW, List.of(ProblemTransition.CLOSE, ProblemTransition.SEND_BACK),
            ProblemStatus.CLOSED, List.of(ProblemTransition.REOPEN));

    private ProblemLifecycle() {
    }

    /** The steps that the problem's status allows (whether their conditions hold is checked on {@link #apply}). */
    public static List<ProblemTransition> legal(Problem problem) {
        return LEGAL.get(problem.getStatus());
    }

    /** The status a step leads to. */
    public static ProblemStatus target(ProblemTransition transition) {
        return switch (transition) {
            case FIND, REOPEN -> ProblemStatus.OPEN;
            case START, SEND_BACK -> ProblemStatus.RECTIFYING;
            case SUBMIT -> ProblemStatus.AWAITING_REVIEW;
            case CLOSE -> ProblemStatus.CLOSED;
        };
    }

    /**
     * Moves the problem one step and records it, or refuses with the reason and leaves the problem
     * as it was. Closing makes {@code actor} the reviewer.
     *
     * @param note the reason for a send-back or reopen (required there), else an optional remark
     */
    public static void apply(Problem problem, ProblemTransition transition, String actor, String note, LocalDate date)
            throws TransitionRefusedException {
        String number = problem.getNumber();
        if (!legal(problem).contains(transition)) {
            throw new TransitionRefusedException(NLS.bind(Messages.Lifecycle_illegal, new Object[] { number,
                    Labels.of(problem.getStatus()), Labels.of(transition),
                    legal(problem).stream().map(Labels::of).collect(Collectors.joining("、")) })); //$NON-NLS-1$
        }
        switch (transition) {
            case START -> require(!blank(problem.getResponsiblePerson()), NLS.bind(Messages.Lifecycle_needsResponsible, number));
            case SUBMIT -> require(!blank(problem.getRectification()), NLS.bind(Messages.Lifecycle_needsRectification, number));
            case SEND_BACK, REOPEN -> require(!blank(note), NLS.bind(Messages.Lifecycle_needsReason, number, Labels.of(transition)));
            case CLOSE -> {
                require(!blank(problem.getEvidence()), NLS.bind(Messages.Lifecycle_needsEvidence, number));
                require(!blank(actor), NLS.bind(Messages.Lifecycle_needsReviewer, number));
                require(!actor.strip().equals(strip(problem.getResponsiblePerson())),
                        NLS.bind(Messages.Lifecycle_reviewerIsResponsible, number, actor));
            }
            case FIND -> throw new IllegalStateException();
        }
        problem.setStatus(target(transition));
        if (transition == ProblemTransition.CLOSE) {
            problem.setReviewer(actor.strip());
            problem.setClosedOn(date);
        } else if (transition == ProblemTransition.REOPEN) {
            problem.setReviewer(null);
            problem.setClosedOn(null);
        }
        problem.getEvents().add(event(transition, actor, note, date));
    }

    /** The event that records a step (also the first one, {@link ProblemTransition#FIND}). */
    public static ProblemEvent event(ProblemTransition transition, String actor, String note, LocalDate date) {
        ProblemEvent event = SupervisionFactory.eINSTANCE.createProblemEvent();
        event.setTransition(transition);
        event.setActor(actor);
        event.setNote(blank(note) ? null : note.strip());
        event.setDate(date);
        return event;
    }

    /** Open, rectifying or awaiting review past its deadline. */
    public static boolean overdue(Problem problem, LocalDate today) {
        return problem.getStatus() != ProblemStatus.CLOSED && problem.getDeadline() != null
                && problem.getDeadline().isBefore(today);
    }

    private static void require(boolean condition, String reason) throws TransitionRefusedException {
        if (!condition) {
            throw new TransitionRefusedException(reason);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip(); //$NON-NLS-1$
    }
}
