package xiaokang.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import xiaokang.core.Validator;
import xiaokang.core.Violation;
import xiaokang.core.model.Household;
import xiaokang.supervision.model.Problem;
import xiaokang.supervision.model.ProblemArea;
import xiaokang.supervision.model.ProblemSource;
import xiaokang.supervision.model.ProblemStatus;
import xiaokang.supervision.model.ProblemTransition;
import xiaokang.supervision.model.RescreeningRound;
import xiaokang.supervision.model.ScreeningRecord;
import xiaokang.supervision.model.SupervisionFactory;

/**
 * 逐户过筛: screens households of a round against every installed rule and finding, records each result in the
 * round (a second screening of a household replaces its record), and opens a ledger problem for
 * each breach unless one for the same household and rule is still open.
 */
public final class Rescreening {

    /** Days a household's problem found by re-screening has to be rectified. */
    public static final int DEADLINE_DAYS = 30;

    private static final Map<String, ProblemArea> AREAS = Map.of(
            "core.food", ProblemArea.FOOD, //$NON-NLS-1$
            "core.clothing", ProblemArea.CLOTHING, //$NON-NLS-1$
            "core.compulsory-education", ProblemArea.COMPULSORY_EDUCATION, //$NON-NLS-1$
            "core.basic-medical", ProblemArea.BASIC_MEDICAL, //$NON-NLS-1$
            "core.housing", ProblemArea.HOUSING_SAFETY, //$NON-NLS-1$
            "core.drinking-water", ProblemArea.DRINKING_WATER); //$NON-NLS-1$

    private final RescreeningRound round;
    private final Validator validator;
    private final LocalDate date;
    private final String screener;
    private final ProblemNumbers numbers;
    private final Map<Household, ScreeningRecord> records = new IdentityHashMap<>();
    private final Map<Household, Set<String>> openRules = new IdentityHashMap<>();

    /** @param ledger every problem of the ledger, or at least every one not closed */
    public Rescreening(RescreeningRound round, Collection<Problem> ledger, Validator validator, LocalDate date,
            String screener) {
        this.round = round;
        this.validator = validator;
        this.date = date;
        this.screener = screener;
        this.numbers = new ProblemNumbers(ledger.stream().map(Problem::getNumber).toList());
        round.getRecords().forEach(record -> records.put(record.getHousehold(), record));
        ledger.stream().filter(p -> p.getStatus() != ProblemStatus.CLOSED && p.getHousehold() != null && p.getRule() != null)
                .forEach(p -> openRules.computeIfAbsent(p.getHousehold(), h -> new HashSet<>()).add(p.getRule()));
    }

    /** Whether the round screens this household (its status is one of the round's groups). */
    public boolean inScope(Household household) {
        return round.getGroups().contains(household.getStatus());
    }

    /** A household's screening: its record in the round and the problems it opened (for the caller to store). */
    public record Result(ScreeningRecord record, List<Problem> opened) {
    }

    /** Screens one household, its members and assessments loaded and its village and township set. */
    public Result screen(Household household) {
        return screen(household, List.of());
    }

    /**
     * Screens one household against the rules and adds what the plug-ins found about it in the
     * stored data ({@link xiaokang.data.FindingSource}s: a missed visit, an uncounted benefit link...).
     */
    public Result screen(Household household, List<Violation> findings) {
        List<Violation> violations = new ArrayList<>(validator.validateTree(household));
        violations.addAll(findings);
        ScreeningRecord record = records.computeIfAbsent(household, h -> {
            ScreeningRecord created = SupervisionFactory.eINSTANCE.createScreeningRecord();
            created.setHousehold(h);
            round.getRecords().add(created);
            return created;
        });
        record.setDate(date);
        record.setScreener(screener);
        record.setPassed(violations.isEmpty());
        record.setFindings(violations.isEmpty() ? null
                : violations.stream().map(Violation::message).collect(Collectors.joining("；"))); //$NON-NLS-1$
        Set<String> open = openRules.computeIfAbsent(household, h -> new HashSet<>());
        return new Result(record, violations.stream().filter(v -> open.add(v.ruleId())).map(v -> problem(household, v)).toList());
    }

    private Problem problem(Household household, Violation violation) {
        Problem problem = SupervisionFactory.eINSTANCE.createProblem();
        problem.setNumber(numbers.next(date.getYear()));
        problem.setFound(date);
        problem.setSource(ProblemSource.RESCREENING);
        problem.setArea(AREAS.getOrDefault(violation.ruleId(), ProblemArea.OTHER));
        problem.setVillage(household.getVillage());
        problem.setTownship(household.getVillage() == null ? null : household.getVillage().getTownship());
        problem.setHousehold(household);
        problem.setRule(violation.ruleId());
        problem.setDescription(NLS.bind(Messages.Rescreening_failed, violation.message()));
        problem.setResponsibleUnit(household.getVillage() == null ? null : household.getVillage().getSupportUnit());
        problem.setResponsiblePerson(household.getCadre() == null ? null : household.getCadre().getName());
        problem.setDeadline(date.plusDays(DEADLINE_DAYS));
        problem.setStatus(ProblemStatus.OPEN);
        problem.getEvents().add(ProblemLifecycle.event(ProblemTransition.FIND, screener, round.getName(), date));
        return problem;
    }
}
