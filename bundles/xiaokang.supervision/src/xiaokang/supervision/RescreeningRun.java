package xiaokang.supervision;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Platform;

import org.eclipse.osgi.util.NLS;

import xiaokang.core.Rules;
import xiaokang.core.Validator;
import xiaokang.core.Violation;
import xiaokang.core.model.HouseholdStatus;
import xiaokang.data.CountyWalk;
import xiaokang.data.FindingSource;
import xiaokang.data.FindingSources;
import xiaokang.store.Session;
import xiaokang.store.Store;
import xiaokang.store.StoreException;
import xiaokang.supervision.internal.OpenProblemFindings;
import xiaokang.supervision.model.Problem;
import xiaokang.supervision.model.RescreeningRound;
import xiaokang.supervision.model.SupervisionFactory;
import xiaokang.supervision.model.SupervisionPackage;

/**
 * Runs a re-screening round on the stored county: every household in scope is screened against
 * every installed rule and every plug-in's findings about households, and the records and new problems are written in one transaction (a
 * cancelled or failed run writes nothing).
 */
public final class RescreeningRun {

    /** What a run did. */
    public record Summary(int screened, int failed, int problemsOpened) {
    }

    private RescreeningRun() {
    }

    /** Runs round {@code roundId} with the findings of {@code sources} (the installed plug-ins' service). */
    public static Summary run(Store store, FindingSources sources, long roundId, String user, LocalDate date, IProgressMonitor monitor)
            throws StoreException {
        try (Session session = store.openSession(user)) {
            RescreeningRound round = session.get(SupervisionPackage.Literals.RESCREENING_ROUND, roundId);
            if (round == null) {
                throw new StoreException(NLS.bind(Messages.Rescreening_noRound, roundId));
            }
            session.children(round, SupervisionPackage.Literals.RESCREENING_ROUND__RECORDS);
            List<Problem> ledger = session.roots(SupervisionPackage.Literals.PROBLEM);
            Rescreening rescreening = new Rescreening(round, ledger,
                    new Validator(Rules.read(Platform.getExtensionRegistry()), date), date, user);
            Map<Long, List<Violation>> findings = householdFindings(store, sources, date);
            List<Problem> opened = new ArrayList<>();
            int[] counts = new int[2];
            CountyWalk.households(session, monitor, Messages.Rescreening_task, household -> {
                if (rescreening.inScope(household)) {
                    Rescreening.Result result = rescreening.screen(household, findings.getOrDefault(session.id(household), List.of()));
                    counts[0]++;
                    counts[1] += result.record().isPassed() ? 0 : 1;
                    opened.addAll(result.opened());
                }
            });
            if (monitor != null && monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            opened.forEach(session::add);
            session.commit();
            return new Summary(counts[0], counts[1], opened.size());
        }
    }

    /**
     * What every installed finding source says about households, by household id; the ledger's own
     * open problems are left out (a problem is not a new problem about itself).
     */
    private static Map<Long, List<Violation>> householdFindings(Store store, FindingSources sources, LocalDate date)
            throws StoreException {
        try (Connection connection = store.connect()) {
            return sources.all(connection, date).stream()
                    .filter(f -> f.aboutHousehold() && !f.violation().ruleId().equals(OpenProblemFindings.RULE))
                    .collect(Collectors.groupingBy(FindingSource.Finding::householdId,
                            Collectors.mapping(FindingSource.Finding::violation, Collectors.toList())));
        } catch (SQLException e) {
            throw new StoreException(NLS.bind(Messages.Rescreening_findingsFailed, e.getMessage()), e);
        }
    }

    /**
     * Starts a new round (nothing screened yet) over the households of {@code groups}.
     *
     * @return the new round's id
     */
    public static long newRound(Store store, String name, LocalDate start, LocalDate end, Collection<HouseholdStatus> groups,
            String user) throws StoreException {
        if (name == null || name.isBlank() || groups.isEmpty() || start == null) {
            throw new StoreException(Messages.Rescreening_incomplete);
        }
        try (Session session = store.openSession(user)) {
            RescreeningRound round = SupervisionFactory.eINSTANCE.createRescreeningRound();
            round.setName(name.strip());
            round.setStartDate(start);
            round.setEndDate(end);
            round.getGroups().addAll(groups);
            session.add(round);
            session.commit();
            return session.id(round);
        }
    }
}
