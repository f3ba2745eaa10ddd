package xiaokang.supervision;

import java.time.LocalDate;
import java.util.function.Predicate;

import xiaokang.supervision.model.ProblemArea;
import xiaokang.supervision.model.ProblemSource;
import xiaokang.supervision.model.ProblemStatus;

/**
 * What the ledger view shows: each criterion that is null lets every problem through.
 *
 * @param overdueOnly only problems not closed past their deadline
 */
public record LedgerFilter(Long townshipId, ProblemArea area, ProblemStatus status, ProblemSource source,
        boolean overdueOnly) {

    public static final LedgerFilter ALL = new LedgerFilter(null, null, null, null, false);

    public Predicate<LedgerEntry> on(LocalDate today) {
        return entry -> (townshipId == null || townshipId.equals(entry.townshipId()))
                && (area == null || area == entry.area()) && (status == null || status == entry.status())
                && (source == null || source == entry.source()) && (!overdueOnly || entry.overdue(today));
    }
}
