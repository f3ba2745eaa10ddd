package xiaokang.supervision;

import java.time.LocalDate;

import xiaokang.supervision.model.ProblemArea;
import xiaokang.supervision.model.ProblemSource;
import xiaokang.supervision.model.ProblemStatus;

/**
 * One line of the problem ledger as the ledger view lists it, read with one query.
 *
 * @param householdId the stored id of the household the problem is about, or null
 */
public record LedgerEntry(long id, String number, LocalDate found, ProblemSource source, ProblemArea area,
        ProblemStatus status, Long townshipId, String township, String village, Long householdId, String household,
        String unit, String person, LocalDate deadline, String description) {

    /** Not closed and past its deadline on {@code today}. */
    public boolean overdue(LocalDate today) {
        return status != ProblemStatus.CLOSED && deadline != null && deadline.isBefore(today);
    }
}
