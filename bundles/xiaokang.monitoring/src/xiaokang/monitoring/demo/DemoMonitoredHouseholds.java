package xiaokang.monitoring.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import xiaokang.core.demo.DemoContext;
import xiaokang.core.model.Household;
import xiaokang.core.model.HouseholdStatus;
import xiaokang.monitoring.HouseholdFacts;
import xiaokang.monitoring.MonitoringLifecycle;
import xiaokang.monitoring.MonitoringLifecycle.StepInput;
import xiaokang.monitoring.RiskElimination;
import xiaokang.monitoring.StepRefusedException;
import xiaokang.monitoring.model.HelpMeasure;
import xiaokang.monitoring.model.HowFound;
import xiaokang.monitoring.model.MeasureKind;
import xiaokang.monitoring.model.MonitoredHousehold;
import xiaokang.monitoring.model.MonitoringCategory;
import xiaokang.monitoring.model.MonitoringFactory;
import xiaokang.monitoring.model.MonitoringStep;
import xiaokang.monitoring.model.PolicyYear;
import xiaokang.monitoring.model.RigidExpenditure;
import xiaokang.monitoring.model.RiskType;

/**
 * The county's monitored households in Shaoyang's proportions of October 2021 (16,869 households in
 * the prefecture: 7,850 unstable, 4,989 edge, 4,030 sudden hardship), scaled to Shaodong's share of
 * about 2,700 (with those the warnings brought in): the unstable from the lifted-out households of lowest income, the edge from the
 * edge and special-difficulty households, the sudden hardship from those with a rigid expenditure.
 * Each is taken through the lifecycle's own steps: most monitored with measures given, some with
 * their risk eliminated where the conditions held, some declined, and the newest still being
 * identified, some of them overdue.
 */
final class DemoMonitoredHouseholds {

    private static final int UNSTABLE = 1_100;
    private static final int EDGE = 690;
    private static final int SUDDEN = 560;
    private static final LocalDate FIRST_FOUND = LocalDate.of(2021, 3, 1);
    private static final String COUNTY = "邵东市乡村振兴局"; //$NON-NLS-1$
    private static final String TOWNSHIP_OFFICE = "乡村振兴办"; //$NON-NLS-1$
    private static final List<String> MEASURES = List.of("产业奖补：发展养殖", "公益性岗位", "大病救助与医保报销", "教育资助", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            "危房改造", "纳入低保", "临时救助"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    private final DemoContext context;
    private final Random random;
    private final Map<Integer, PolicyYear> policies;
    private final Map<Household, List<RigidExpenditure>> expenditures;
    private final LocalDate today;
    private final List<MonitoredHousehold> created = new ArrayList<>();

    DemoMonitoredHouseholds(DemoContext context, Map<Integer, PolicyYear> policies, Map<Household, List<RigidExpenditure>> expenditures,
            LocalDate today) {
        this.context = context;
        this.random = context.random();
        this.policies = policies;
        this.expenditures = expenditures;
        this.today = today;
    }

    List<MonitoredHousehold> created() {
        return created;
    }

    void generate(List<Household> households) throws StepRefusedException {
        Set<Household> taken = new LinkedHashSet<>();
        List<Household> lowest = households.stream().filter(h -> h.getStatus() == HouseholdStatus.LIFTED_OUT)
                .sorted(Comparator.comparing(DemoMonitoredHouseholds::lastIncome)).toList();
        take(lowest.subList(0, Math.min(lowest.size(), UNSTABLE * context.scale())), MonitoringCategory.UNSTABLE, taken);
        List<Household> edge = new ArrayList<>(households.stream()
                .filter(h -> h.getStatus() == HouseholdStatus.EDGE || h.getStatus() == HouseholdStatus.SPECIAL_DIFFICULTY).toList());
        List<Household> notTaken = new ArrayList<>(households);
        notTaken.removeAll(taken);
        Collections.shuffle(notTaken, random);
        edge.addAll(notTaken);
        take(edge.stream().filter(h -> !taken.contains(h)).limit((long) EDGE * context.scale()).toList(), MonitoringCategory.EDGE, taken);
        List<Household> hardship = new ArrayList<>(expenditures.keySet().stream().filter(h -> !taken.contains(h)).toList());
        hardship.addAll(notTaken);
        take(hardship.stream().filter(h -> !taken.contains(h)).distinct().limit((long) SUDDEN * context.scale()).toList(),
                MonitoringCategory.SUDDEN_HARDSHIP, taken);
        created.forEach(context::addRoot);
    }

    private static BigDecimal lastIncome(Household household) {
        return household.getIncomes().stream().filter(i -> i.getYear() == MonitoringDemoData.LAST_YEAR).map(i -> i.getPerCapitaNetIncome())
                .filter(i -> i != null).findFirst().orElse(BigDecimal.valueOf(Long.MAX_VALUE));
    }

    private void take(List<Household> households, MonitoringCategory category, Set<Household> taken) throws StepRefusedException {
        for (Household household : households) {
            taken.add(household);
            int kind = random.nextInt(100);
            if (kind < 80) {
                monitored(household, category, kind < 20);
            } else if (kind < 83) {
                declined(household, category);
            } else {
                identifying(household, category, today.minusDays(random.nextInt(25)), random.nextInt(5));
            }
        }
    }

    /** Found, visited, compared, publicised, reviewed and approved; measures given; the risk eliminated where it may be. */
    private void monitored(Household household, MonitoringCategory category, boolean tryElimination) throws StepRefusedException {
        long days = ChronoUnit.DAYS.between(FIRST_FOUND, today.minusDays(60));
        LocalDate found = FIRST_FOUND.plusDays(random.nextLong(days));
        MonitoredHousehold monitored = identifying(household, category, found, 5);
        LocalDate identified = monitored.getIdentifiedOn();
        for (int i = 0; i <= random.nextInt(3); i++) {
            measure(monitored, kindFor(monitored.getRisks().get(0)), identified, identified.plusDays(10 + random.nextInt(80)));
        }
        if (!HouseholdFacts.of(household, List.of(), Map.of(), today).hasLabour()) {
            measure(monitored, MeasureKind.SOCIAL_ASSISTANCE, identified, identified.plusDays(20));
        }
        boolean inProgress = random.nextInt(6) == 0;
        LocalDate visit = inProgress ? today.minusDays(2 + random.nextInt(20)) : identified.plusMonths(7 + random.nextInt(24));
        if (tryElimination && visit.plusDays(8).isBefore(today) || inProgress && !identified.plusMonths(7).isAfter(visit)) {
            List<RiskElimination.Condition> conditions = RiskElimination.conditions(monitored,
                    HouseholdFacts.of(household, expenditures.getOrDefault(household, List.of()), Map.of(), visit), policies, visit);
            if (RiskElimination.allHold(conditions)) {
                String cadre = cadre(household);
                step(monitored, MonitoringStep.ELIMINATION_VISIT, cadre, "收入稳定高于监测线，风险已消除", visit, conditions); //$NON-NLS-1$
                if (!inProgress || random.nextBoolean()) {
                    step(monitored, MonitoringStep.ELIMINATION_PUBLICISE, cadre, null, visit.plusDays(1), null);
                }
                if (!inProgress) {
                    step(monitored, MonitoringStep.ELIMINATION_APPROVE, COUNTY, null,
                            visit.plusDays(1 + MonitoringLifecycle.PUBLICITY_DAYS + 1), null);
                }
            }
        }
    }

    private void declined(Household household, MonitoringCategory category) throws StepRefusedException {
        LocalDate found = FIRST_FOUND.plusDays(random.nextLong(ChronoUnit.DAYS.between(FIRST_FOUND, today.minusDays(30))));
        MonitoredHousehold monitored = identifying(household, category, found, 1);
        step(monitored, MonitoringStep.DECLINE, cadre(household), "经核实家庭收入稳定，不符合纳入条件", found.plusDays(4), null); //$NON-NLS-1$
    }

    /** Found on {@code found} and taken {@code steps} steps along the identification, as far as today allows. */
    private MonitoredHousehold identifying(Household household, MonitoringCategory category, LocalDate found, int steps)
            throws StepRefusedException {
        String cadre = cadre(household);
        MonitoredHousehold monitored = MonitoringLifecycle.start(household, category, risks(), how(),
                new StepInput(cadre, "排查发现", found), policy(found)); //$NON-NLS-1$
        monitored.setAuthorisationSigned(true);
        created.add(monitored);
        LocalDate day = found;
        List<MonitoringStep> path = List.of(MonitoringStep.VISIT, MonitoringStep.COMPARE, MonitoringStep.PUBLICISE,
                MonitoringStep.TOWNSHIP_REVIEW, MonitoringStep.COUNTY_APPROVE);
        for (MonitoringStep step : path.subList(0, steps)) {
            day = day.plusDays(step == MonitoringStep.TOWNSHIP_REVIEW ? MonitoringLifecycle.PUBLICITY_DAYS + random.nextInt(2) : 1 + random.nextInt(3));
            if (day.isAfter(today)) {
                break;
            }
            String actor = step == MonitoringStep.TOWNSHIP_REVIEW ? township(household) + TOWNSHIP_OFFICE
                    : step == MonitoringStep.COUNTY_APPROVE ? COUNTY : cadre;
            step(monitored, step, actor, step == MonitoringStep.VISIT ? "入户核实，情况属实" : "与民政、医保、人社数据比对一致", day, null); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return monitored;
    }

    private void step(MonitoredHousehold monitored, MonitoringStep step, String actor, String note, LocalDate day,
            List<RiskElimination.Condition> conditions) throws StepRefusedException {
        MonitoringLifecycle.apply(monitored, step, new StepInput(actor, note, day), policy(day), conditions);
    }

    private PolicyYear policy(LocalDate day) {
        return policies.getOrDefault(day.getYear(), policies.get(MonitoringDemoData.LAST_YEAR));
    }

    private void measure(MonitoredHousehold monitored, MeasureKind kind, LocalDate planned, LocalDate given) {
        HelpMeasure measure = MonitoringFactory.eINSTANCE.createHelpMeasure();
        measure.setKind(kind);
        measure.setDescription(MEASURES.get(Math.min(kind.getValue(), MEASURES.size() - 1)));
        measure.setPlannedOn(planned);
        measure.setGivenOn(given.isAfter(today) ? null : given);
        measure.setAmount(BigDecimal.valueOf(500 + random.nextInt(20) * 250L));
        monitored.getMeasures().add(measure);
    }

    private static MeasureKind kindFor(RiskType risk) {
        return switch (risk) {
            case ILLNESS, DISABILITY, ACCIDENT -> MeasureKind.HEALTH;
            case SCHOOLING -> MeasureKind.EDUCATION;
            case DISASTER -> MeasureKind.HOUSING;
            case UNEMPLOYMENT -> MeasureKind.EMPLOYMENT;
            case INDUSTRY_FAILURE -> MeasureKind.INDUSTRY;
            case OTHER -> MeasureKind.SOCIAL_ASSISTANCE;
        };
    }

    private Set<RiskType> risks() {
        int[] weights = { 40, 10, 10, 5, 5, 15, 10, 5 };
        Set<RiskType> risks = EnumSet.noneOf(RiskType.class);
        for (int i = 0; i <= random.nextInt(2); i++) {
            int pick = random.nextInt(100);
            int index = 0;
            while (pick >= weights[index]) {
                pick -= weights[index++];
            }
            risks.add(RiskType.VALUES.get(index));
        }
        return risks;
    }

    private HowFound how() {
        int pick = random.nextInt(10);
        return pick < 2 ? HowFound.SELF_REPORT : pick < 6 ? HowFound.CADRE_VISIT : pick < 9 ? HowFound.DEPARTMENT_SCREENING : HowFound.OTHER;
    }

    /** Who takes a household's village steps: its pairing cadre, or the village's work team. */
    static String cadre(Household household) {
        return household.getCadre() == null ? "驻村工作队" : household.getCadre().getName(); //$NON-NLS-1$
    }

    private static String township(Household household) {
        return household.getVillage() == null || household.getVillage().getTownship() == null ? ""
                : household.getVillage().getTownship().getName(); //$NON-NLS-1$
    }
}
