package xiaokang.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import xiaokang.core.model.CorePackage;
import xiaokang.core.model.Household;
import xiaokang.data.CountyWalk;
import xiaokang.monitoring.model.DepartmentRecord;
import xiaokang.monitoring.model.MonitoredHousehold;
import xiaokang.monitoring.model.MonitoringFactory;
import xiaokang.monitoring.model.MonitoringPackage;
import xiaokang.monitoring.model.PolicyYear;
import xiaokang.monitoring.model.RigidExpenditure;
import xiaokang.monitoring.model.Warning;
import xiaokang.monitoring.model.WarningKind;
import xiaokang.monitoring.model.WarningStatus;
import xiaokang.store.Session;
import xiaokang.store.Store;
import xiaokang.store.StoreException;

/**
 * Runs the warning rules over every household of the county with one year's parameters and brings
 * the stored warnings in line, in one transaction: a rule that fires for the first time opens a
 * warning with its visit and decision days; one that fires again keeps its warning (its figures
 * brought up to date), or opens a cleared one again; an open warning whose rule no longer fires is
 * cleared. Warnings already triaged (dismissed, identification started) stay as they are. A
 * household under identification or monitoring is not warned again: it is being watched, and its
 * open warnings join its identification.
 */
public final class WarningRun {

    /**
     * What a run found and did.
     *
     * @param joined open warnings of a household whose identification has started since, now part of it
     */
    public record Summary(int year, int households, int raised, int opened, int reopened, int cleared, int joined, int open) {
    }

    private record Key(long household, WarningKind kind) {
    }

    private WarningRun() {
    }

    /**
     * @param year the year whose figures and parameters to use, or 0 for the latest year with parameters up to {@code date}
     * @throws StoreException when that year has no parameters, or the database cannot be read or written
     * @throws OperationCanceledException when cancelled: nothing is written
     */
    public static Summary run(Store store, String user, LocalDate date, int year, IProgressMonitor monitor) throws StoreException {
        SubMonitor progress = SubMonitor.convert(monitor, Messages.WarningRun_task, 10);
        // read before the data it runs on: a save in between makes the next runIfChanged run again
        long version = RunState.dataVersion(store);
        Summary summary = reconciled(store, user, date, year, progress);
        RunState.record(store, version, summary);
        return summary;
    }

    /**
     * Runs the rules with the latest year's parameters when the data changed since the last run (a
     * save of any desk, an import), else returns nothing: what keeps the warnings up to the data
     * whenever the board is read.
     */
    public static Optional<Summary> runIfChanged(Store store, String user, LocalDate date, IProgressMonitor monitor) throws StoreException {
        if (RunState.dataVersion(store) == RunState.lastRun(store)) {
            return Optional.empty();
        }
        return Optional.of(run(store, user, date, 0, monitor));
    }

    private static Summary reconciled(Store store, String user, LocalDate date, int year, SubMonitor progress) throws StoreException {
        try (Session session = store.openSession(user)) {
            Map<Integer, PolicyYear> policies = IncomeCards.policies(session);
            int chosen = year > 0 ? year
                    : policies.keySet().stream().filter(y -> y <= date.getYear()).mapToInt(Integer::intValue).max().orElse(date.getYear());
            PolicyYear policy = policies.get(chosen);
            if (policy == null) {
                throw new StoreException(NLS.bind(Messages.IncomeCards_noPolicy, chosen));
            }
            Map<Long, MonitoredHousehold> watched = new HashMap<>();
            for (MonitoredHousehold monitored : session.<MonitoredHousehold>roots(MonitoringPackage.Literals.MONITORED_HOUSEHOLD)) {
                if (MonitoringLifecycle.active(monitored)) {
                    watched.put(session.id(monitored.getHousehold()), monitored);
                }
            }
            Map<Long, List<RigidExpenditure>> expenditures = new HashMap<>();
            for (RigidExpenditure expenditure : session.<RigidExpenditure>roots(MonitoringPackage.Literals.RIGID_EXPENDITURE)) {
                expenditures.computeIfAbsent(session.id(expenditure.getHousehold()), id -> new ArrayList<>()).add(expenditure);
            }
            Map<String, List<DepartmentRecord>> byIdNumber = HouseholdFacts
                    .byIdNumber(session.<DepartmentRecord>roots(MonitoringPackage.Literals.DEPARTMENT_RECORD));
            progress.worked(1);
            Map<Key, RaisedWarning> found = new HashMap<>();
            int[] households = { 0 };
            CountyWalk.householdsOnce(session, progress.split(8), Messages.WarningRun_task, household -> {
                long id = session.id(household);
                households[0]++;
                if (!watched.containsKey(id)) {
                    session.children(household, CorePackage.Literals.HOUSEHOLD__INCOMES);
                    HouseholdFacts facts = HouseholdFacts.of(household, expenditures.getOrDefault(id, List.of()), byIdNumber, date);
                    WarningRules.evaluate(facts, policy).forEach(raised -> found.put(new Key(id, raised.kind()), raised));
                }
            });
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            Summary summary = reconcile(session, found, watched, policy, date, households[0]);
            progress.worked(1);
            session.commit();
            return summary;
        }
    }

    private static Summary reconcile(Session session, Map<Key, RaisedWarning> found, Map<Long, MonitoredHousehold> watched, PolicyYear policy,
            LocalDate date, int households) throws StoreException {
        Map<Key, Warning> stored = new HashMap<>();
        for (Warning warning : session.<Warning>roots(MonitoringPackage.Literals.WARNING)) {
            if (warning.getYear() == policy.getYear()) {
                stored.put(new Key(session.id(warning.getHousehold()), warning.getKind()), warning);
            }
        }
        int opened = 0;
        int reopened = 0;
        int cleared = 0;
        int joined = 0;
        for (Map.Entry<Key, RaisedWarning> entry : found.entrySet()) {
            Warning warning = stored.get(entry.getKey());
            RaisedWarning raised = entry.getValue();
            if (warning == null) {
                warning = MonitoringFactory.eINSTANCE.createWarning();
                warning.setHousehold(session.<Household>get(CorePackage.Literals.HOUSEHOLD, entry.getKey().household()));
                warning.setKind(raised.kind());
                warning.setYear(policy.getYear());
                open(warning, policy, date);
                session.add(warning);
                opened++;
            } else if (warning.getStatus() == WarningStatus.CLEARED) {
                open(warning, policy, date);
                reopened++;
            }
            if (warning.getStatus() == WarningStatus.OPEN) {
                describe(warning, raised);
            }
        }
        for (Map.Entry<Key, Warning> entry : stored.entrySet()) {
            Warning warning = entry.getValue();
            if (warning.getStatus() != WarningStatus.OPEN || found.containsKey(entry.getKey())) {
                continue;
            }
            MonitoredHousehold monitored = watched.get(entry.getKey().household());
            warning.setStatus(monitored == null ? WarningStatus.CLEARED : WarningStatus.IDENTIFYING);
            warning.setMonitored(monitored);
            warning.setHandledOn(date);
            warning.setHandledBy(null);
            if (monitored == null) {
                cleared++;
            } else {
                joined++;
            }
        }
        int open = (int) stored.values().stream().filter(w -> w.getStatus() == WarningStatus.OPEN).count() + opened;
        return new Summary(policy.getYear(), households, found.size(), opened, reopened, cleared, joined, open);
    }

    private static void open(Warning warning, PolicyYear policy, LocalDate date) {
        warning.setStatus(WarningStatus.OPEN);
        warning.setRaisedOn(date);
        warning.setVisitBy(date.plusDays(policy.getVisitDays()));
        warning.setDecideBy(date.plusDays(policy.getDecisionDays()));
        warning.setHandledBy(null);
        warning.setHandledOn(null);
    }

    private static void describe(Warning warning, RaisedWarning raised) {
        if (!raised.reason().equals(warning.getReason())) {
            warning.setReason(raised.reason());
        }
        if (!same(raised.figure(), warning.getFigure())) {
            warning.setFigure(raised.figure());
        }
        if (!same(raised.threshold(), warning.getThreshold())) {
            warning.setThreshold(raised.threshold());
        }
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
