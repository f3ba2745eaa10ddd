package xiaokang.supervision;

import java.time.LocalDate;

import xiaokang.supervision.model.ProblemArea;
import xiaokang.supervision.model.ProblemSource;

/**
 * What a user registers of a problem found (登记问题): where (a household by its number, or a
 * village or township), what, and who answers for it by when. Nulls are left open.
 */
public record NewProblem(LocalDate found, ProblemSource source, ProblemArea area, Long townshipId, Long villageId,
        String householdNumber, String description, Long unitId, String person, LocalDate deadline) {
}
