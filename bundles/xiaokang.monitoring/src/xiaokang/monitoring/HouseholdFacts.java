package xiaokang.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import xiaokang.core.SixChecks;
import xiaokang.core.model.AnnualIncome;
import xiaokang.core.model.Check;
import xiaokang.core.model.CorePackage;
import xiaokang.core.model.Household;
import xiaokang.core.model.LabourAbility;
import xiaokang.core.model.Person;
import xiaokang.data.CountyWalk;
import xiaokang.monitoring.model.DepartmentRecord;
import xiaokang.monitoring.model.MonitoringPackage;
import xiaokang.monitoring.model.RigidExpenditure;
import xiaokang.store.Session;
import xiaokang.store.StoreException;

/**
 * What the warning rules and the elimination conditions read about one household.
 *
 * @param perCapitaNet the per-capita net income of each year on record (the income cards' figures)
 * @param people the household's members
 * @param failingChecks the six checks that fail
 * @param expenditures the household's rigid expenditures
 * @param departmentRecords the departments' records that name one of its members
 * @param hasLabour at least one member can work
 */
public record HouseholdFacts(Map<Integer, BigDecimal> perCapitaNet, int people, Set<Check> failingChecks,
        List<RigidExpenditure> expenditures, List<DepartmentRecord> departmentRecords, boolean hasLabour) {

    public HouseholdFacts {
        perCapitaNet = new TreeMap<>(perCapitaNet);
        failingChecks = failingChecks.isEmpty() ? Set.of() : EnumSet.copyOf(failingChecks);
        expenditures = List.copyOf(expenditures);
        departmentRecords = List.copyOf(departmentRecords);
    }

    /**
     * The facts of a household loaded with its members, incomes and assessments.
     *
     * @param byIdNumber the departments' records by the ID number they name
     */
    public static HouseholdFacts of(Household household, List<RigidExpenditure> expenditures,
            Map<String, List<DepartmentRecord>> byIdNumber, LocalDate day) {
        Map<Integer, BigDecimal> incomes = new TreeMap<>();
        for (AnnualIncome income : household.getIncomes()) {
            if (income.getPerCapitaNetIncome() != null) {
                incomes.put(income.getYear(), income.getPerCapitaNetIncome());
            }
        }
        Set<Check> failing = EnumSet.noneOf(Check.class);
        SixChecks.evaluate(household, day).forEach((check, outcome) -> {
            if (outcome == SixChecks.Outcome.FAIL) {
                failing.add(check);
            }
        });
        List<DepartmentRecord> named = household.getMembers().stream()
                .flatMap(p -> p.getIdNumber() == null ? Stream.empty()
                        : byIdNumber.getOrDefault(key(p.getIdNumber()), List.of()).stream())
                .toList();
        boolean labour = household.getMembers().stream()
                .anyMatch(p -> p.getLabourAbility() != null && p.getLabourAbility() != LabourAbility.NONE);
        return new HouseholdFacts(incomes, household.getMembers().size(), failing, expenditures, named, labour);
    }

    /**
     * The facts of one stored household on {@code day}, read in the session: its members, incomes,
     * assessments, rigid expenditures and the departments' records naming a member (an editor's
     * household, where the warning run reads the whole county at once).
     */
    public static HouseholdFacts load(Session session, Household household, LocalDate day) throws StoreException {
        CountyWalk.loadForRules(session, household);
        session.children(household, CorePackage.Literals.HOUSEHOLD__INCOMES);
        List<RigidExpenditure> expenditures = session.find(MonitoringPackage.Literals.RIGID_EXPENDITURE__HOUSEHOLD, household);
        List<DepartmentRecord> records = new ArrayList<>();
        for (Person member : household.getMembers()) {
            if (member.getIdNumber() != null) {
                for (String spelling : Stream.of(member.getIdNumber(), key(member.getIdNumber())).distinct().toList()) {
                    records.addAll(session.<DepartmentRecord>find(MonitoringPackage.Literals.DEPARTMENT_RECORD__ID_NUMBER, spelling));
                }
            }
        }
        return of(household, expenditures, byIdNumber(records), day);
    }

    /** The departments' records by the ID number they name, as {@link #of} looks members up in it. */
    public static Map<String, List<DepartmentRecord>> byIdNumber(Collection<DepartmentRecord> records) {
        Map<String, List<DepartmentRecord>> byIdNumber = new HashMap<>();
        for (DepartmentRecord record : records) {
            if (record.getIdNumber() != null) {
                byIdNumber.computeIfAbsent(key(record.getIdNumber()), id -> new ArrayList<>()).add(record);
            }
        }
        return byIdNumber;
    }

    private static String key(String idNumber) {
        return idNumber.strip().toUpperCase(Locale.ROOT);
    }

    /** The per-capita net income of {@code year}, or null when none is on record. */
    public BigDecimal perCapitaNet(int year) {
        return perCapitaNet.get(year);
    }

    /** The latest year with an income on record, or 0. */
    public int latestYear() {
        return perCapitaNet.isEmpty() ? 0 : ((TreeMap<Integer, BigDecimal>) perCapitaNet).lastKey();
    }
}
