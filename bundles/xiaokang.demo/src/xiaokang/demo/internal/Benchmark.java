package xiaokang.demo.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.ecore.EPackage;

import xiaokang.core.Models;
import xiaokang.core.demo.DemoCounty;
import xiaokang.core.model.Assessment;
import xiaokang.core.model.Check;
import xiaokang.core.model.CheckResult;
import xiaokang.core.model.City;
import xiaokang.core.model.CoreFactory;
import xiaokang.core.model.CorePackage;
import xiaokang.core.model.Household;
import xiaokang.core.model.Person;
import xiaokang.core.model.Township;
import xiaokang.core.model.Village;
import xiaokang.data.HouseholdSearch;
import xiaokang.demo.DemoDatabase;
import xiaokang.store.Database;
import xiaokang.store.Session;
import xiaokang.store.Store;
import xiaokang.store.StoreException;

/**
 * The store's figures on this machine, each against a baseline measured in the same run: demo
 * generation and store time with rows per second against plain JDBC batches of the same rows;
 * loading one township's households and one household; ID-number lookups; the search view's
 * queries; saving a household with a new member and assessment; heap after a township.
 */
final class Benchmark {

    private static final int LOOKUPS = 200;
    private static final int SEARCHES = 31;

    private final PrintStream out;
    private final Path work;

    Benchmark(PrintStream out, Path work) {
        this.out = out;
        this.work = work;
    }

    void run(int scale) throws Exception {
        List<EPackage> models = Models.read(Platform.getExtensionRegistry());
        Database database = Database.embedded(work.resolve("scale" + scale)); //$NON-NLS-1$
        long start = System.nanoTime();
        Store store = DemoDatabase.store(database, DemoDatabase.DEFAULT_SEED, scale, new NullProgressMonitor());
        double stored = seconds(start);

        RawCopy rows;
        try (Connection connection = store.connect()) {
            // Every model's rows (the core's first: the others refer to it), as the demo stored them.
            rows = new RawCopy(connection, models.stream().map(model -> model.getNsPrefix().toUpperCase(Locale.ROOT))
                    .sorted(Comparator.comparing(schema -> !schema.equals("CORE"))).toList()); //$NON-NLS-1$
        }
        long statistics = System.nanoTime();
        store.updateStatistics();
        double statisticsSeconds = seconds(statistics);
        Database baseline = Database.embedded(work.resolve("raw" + scale)); //$NON-NLS-1$
        Store.open(baseline, models);
        double raw;
        try (Connection connection = baseline.connect()) {
            long rawStart = System.nanoTime();
            rows.writeTo(connection);
            raw = seconds(rawStart);
        }
        // The loads below are timed as a user's session meets them: the database just opened,
        // no statement compiled, and no other database's pages still being written to disk.
        baseline.shutdown();
        database.shutdown();
        Store reopened = Store.open(database, models);
        out.printf(
                "scale %d: %,d rows of %d models; demo generated and stored in %.1f s = %,.0f rows/s (statistics update %.1f s of it); plain JDBC batches %.1f s = %,.0f rows/s; store/JDBC throughput %.2f%n", //$NON-NLS-1$
                scale, rows.rowCount(), models.size(), stored, rows.rowCount() / stored, statisticsSeconds, raw,
                rows.rowCount() / raw, raw / stored);
        loading(reopened);
        lookups(reopened);
        searches(reopened);
        householdSaves(reopened);
        coreAlone(scale);
    }

    /** The core's model and demo county alone, as the store's target was set for them. */
    private void coreAlone(int scale) throws StoreException {
        Store store = Store.open(Database.embedded(work.resolve("core" + scale)), List.of(CorePackage.eINSTANCE)); //$NON-NLS-1$
        long start = System.nanoTime();
        City city = new DemoCounty(DemoDatabase.DEFAULT_SEED, scale).build();
        double generated = seconds(start);
        try (Session session = store.openSession("bench")) { //$NON-NLS-1$
            session.add(city);
            session.commit();
        }
        out.printf("  the core alone (no plug-in's model): demo county generated in %.1f s, generated and stored in %.1f s%n", //$NON-NLS-1$
                generated, seconds(start));
    }

    private void loading(Store store) throws StoreException, InterruptedException {
        try (Session session = store.openSession("bench")) { //$NON-NLS-1$
            City city = session.<City>roots(CorePackage.Literals.CITY).get(0);
            List<Township> townships = session.children(city, CorePackage.Literals.CITY__TOWNSHIPS);
            long heapBefore = usedHeap();
            Township township = townships.get(10);
            loadTownship(session, township, "first"); //$NON-NLS-1$
            long heapAfter = usedHeap();
            out.printf("  heap after loading it: +%.1f MB%n", (heapAfter - heapBefore) / 1e6); //$NON-NLS-1$
            loadTownship(session, townships.get(11), "another"); //$NON-NLS-1$
            Household household = township.getVillages().get(0).getHouseholds().get(0);

            try (Session fresh = store.openSession("bench")) { //$NON-NLS-1$
                long one = System.nanoTime();
                Household loaded = fresh.<Household>find(CorePackage.Literals.HOUSEHOLD__NUMBER, household.getNumber()).get(0);
                fresh.children(loaded, CorePackage.Literals.HOUSEHOLD__MEMBERS);
                fresh.children(loaded, CorePackage.Literals.HOUSEHOLD__ASSESSMENTS).forEach(a -> {
                    try {
                        fresh.children(a, CorePackage.Literals.ASSESSMENT__RESULTS);
                    } catch (StoreException e) {
                        throw new IllegalStateException(e);
                    }
                });
                fresh.children(loaded, CorePackage.Literals.HOUSEHOLD__INCOMES);
                out.printf("  one household with members, assessments and incomes: %.1f ms%n", seconds(one) * 1000); //$NON-NLS-1$
            }
        }
    }

    private void loadTownship(Session session, Township township, String which) throws StoreException {
        long start = System.nanoTime();
        int households = 0;
        for (Village village : session.<Village>children(township, CorePackage.Literals.TOWNSHIP__VILLAGES)) {
            households += session.children(village, CorePackage.Literals.VILLAGE__HOUSEHOLDS).size();
        }
        out.printf("  %s township (%s): %d villages, %,d households in %.0f ms%n", which, township.getName(), //$NON-NLS-1$
                township.getVillages().size(), households, seconds(start) * 1000);
    }

    private void lookups(Store store) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection connection = store.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT ID_NUMBER FROM CORE.PERSON WHERE MOD(ID, 97) = 0")) { //$NON-NLS-1$
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        Random random = new Random(1);
        try (Session session = store.openSession("bench")) { //$NON-NLS-1$
            long start = System.nanoTime();
            int found = 0;
            for (int i = 0; i < LOOKUPS; i++) {
                found += session.find(CorePackage.Literals.PERSON__ID_NUMBER, ids.get(random.nextInt(ids.size()))).size();
            }
            out.printf("  ID-number lookup: %.2f ms on average over %d lookups (%d found)%n", //$NON-NLS-1$
                    seconds(start) * 1000 / LOOKUPS, LOOKUPS, found);
        }
    }

    /**
     * The 查找 view's queries, each the median of {@link #SEARCHES} over people drawn at random: a
     * name's first two characters, a household number, the last four and six characters of an ID
     * number; against the baseline of the ending found by a scan ({@code LIKE '%1234'}).
     */
    private void searches(Store store) throws Exception {
        List<String[]> people = new ArrayList<>();
        try (Connection connection = store.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT P.NAME, P.ID_NUMBER, H.NUMBER FROM CORE.PERSON P " //$NON-NLS-1$
                        + "JOIN CORE.HOUSEHOLD H ON P.HOUSEHOLD_ID = H.ID WHERE MOD(P.ID, 89) = 0")) { //$NON-NLS-1$
            while (rows.next()) {
                people.add(new String[] { rows.getString(1), rows.getString(2), rows.getString(3) });
            }
        }
        Random random = new Random(2);
        double[][] times = new double[5][SEARCHES];
        try (Connection connection = store.connect()) {
            for (int i = 0; i < SEARCHES; i++) {
                String[] person = people.get(random.nextInt(people.size()));
                String id = person[1];
                times[0][i] = timed(() -> HouseholdSearch.find(connection, person[0].substring(0, Math.min(2, person[0].length()))));
                times[1][i] = timed(() -> HouseholdSearch.find(connection, person[2]));
                times[2][i] = timed(() -> HouseholdSearch.find(connection, id.substring(id.length() - 4)));
                times[3][i] = timed(() -> HouseholdSearch.find(connection, id.substring(id.length() - 6)));
                times[4][i] = timed(() -> scanForEnding(connection, id.substring(id.length() - 4)));
            }
        }
        out.printf("  search (查找), median of %d: name %.1f ms, household number %.1f ms, ID ending of 4 %.1f ms, of 6 %.1f ms; " //$NON-NLS-1$
                + "baseline, an ending by a scan: %.1f ms (index/scan %.3f)%n", SEARCHES, median(times[0]), median(times[1]), //$NON-NLS-1$
                median(times[2]), median(times[3]), median(times[4]), median(times[2]) / median(times[4]));
    }

    private static void scanForEnding(Connection connection, String ending) throws Exception {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT ID FROM CORE.PERSON WHERE ID_NUMBER LIKE '%" + ending + "'")) { //$NON-NLS-1$ //$NON-NLS-2$
            while (rows.next()) {
                rows.getLong(1);
            }
        }
    }

    /**
     * What saving a household with a new member and a new six-checks assessment costs in the store
     * (one commit with its audit rows), the median of {@link #SEARCHES} households, each in a
     * session of its own as an editor has; the baseline is reading the same household.
     */
    private void householdSaves(Store store) throws Exception {
        List<String> numbers = new ArrayList<>();
        try (Connection connection = store.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT NUMBER FROM CORE.HOUSEHOLD WHERE MOD(ID, 53) = 0")) { //$NON-NLS-1$
            while (rows.next()) {
                numbers.add(rows.getString(1));
            }
        }
        Random random = new Random(3);
        double[] saves = new double[SEARCHES];
        double[] reads = new double[SEARCHES];
        for (int i = 0; i < SEARCHES; i++) {
            String number = numbers.get(random.nextInt(numbers.size()));
            try (Session session = store.openSession("bench")) { //$NON-NLS-1$
                long read = System.nanoTime();
                Household household = session.<Household>find(CorePackage.Literals.HOUSEHOLD__NUMBER, number).get(0);
                session.children(household, CorePackage.Literals.HOUSEHOLD__MEMBERS);
                session.children(household, CorePackage.Literals.HOUSEHOLD__ASSESSMENTS);
                reads[i] = (System.nanoTime() - read) / 1e6;
                Person member = CoreFactory.eINSTANCE.createPerson();
                member.setName("新成员"); //$NON-NLS-1$
                member.setIdNumber(String.format("43052120200101%03d%s", i, "X")); //$NON-NLS-1$ //$NON-NLS-2$
                household.getMembers().add(member);
                Assessment assessment = CoreFactory.eINSTANCE.createAssessment();
                assessment.setDate(LocalDate.now());
                assessment.setAssessor("bench"); //$NON-NLS-1$
                for (Check check : Check.values()) {
                    CheckResult result = CoreFactory.eINSTANCE.createCheckResult();
                    result.setCheck(check);
                    result.setPassed(true);
                    assessment.getResults().add(result);
                }
                household.getAssessments().add(assessment);
                long save = System.nanoTime();
                session.commit();
                saves[i] = (System.nanoTime() - save) / 1e6;
            }
        }
        out.printf("  saving a household with a new member and assessment (the store's part), median of %d: %.1f ms; " //$NON-NLS-1$
                + "baseline, reading it: %.1f ms%n", SEARCHES, median(saves), median(reads)); //$NON-NLS-1$
    }

    @FunctionalInterface
    private interface Timed {
        void run() throws Exception;
    }

    private static double timed(Timed work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /**
     * The heap in use once garbage is gone. Collected twice: what a closed database's finalizable
     * objects hold (its page cache) goes only in the collection after their finalizers ran.
     */
    private static long usedHeap() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        Thread.sleep(200);
        System.gc();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

}
