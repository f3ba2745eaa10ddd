package xiaokang.supervision.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.eclipse.core.runtime.Platform;

import xiaokang.core.Rules;
import xiaokang.core.Validator;
import xiaokang.core.demo.DemoContext;
import xiaokang.core.demo.DemoDataGenerator;
import xiaokang.core.demo.Names;
import xiaokang.core.model.Household;
import xiaokang.core.model.HouseholdStatus;
import xiaokang.core.model.Township;
import xiaokang.core.model.Village;
import xiaokang.supervision.ProblemLifecycle;
import xiaokang.supervision.ProblemNumbers;
import xiaokang.supervision.Rescreening;
import xiaokang.supervision.TransitionRefusedException;
import xiaokang.supervision.model.Inspection;
import xiaokang.supervision.model.InspectionGroup;
import xiaokang.supervision.model.ListedSupervision;
import xiaokang.supervision.model.ListingStatus;
import xiaokang.supervision.model.Problem;
import xiaokang.supervision.model.ProblemArea;
import xiaokang.supervision.model.ProblemSource;
import xiaokang.supervision.model.ProblemStatus;
import xiaokang.supervision.model.ProblemTransition;
import xiaokang.supervision.model.RescreeningRound;
import xiaokang.supervision.model.SupervisionFactory;
import xiaokang.supervision.model.SupervisionLevel;

/**
 * Shaodong's supervision in 2020: 6 province-listed and 4 city-listed villages and 5 city-listed
 * townships; five inspection groups covering all 26 townships, the 21 not listed inspected every
 * month (two visits missed in the epidemic's February); a ledger of about 3,000 problems per scale,
 * almost all closed, the rest overdue; and the autumn re-screening round, 91% done, which opens
 * a problem for every breach it finds.
 */
public final class SupervisionDemoData implements DemoDataGenerator {

    static final int PROVINCE_VILLAGES = 6;
    static final int CITY_VILLAGES = 4;
    static final int CITY_TOWNSHIPS = 5;
    static final int GROUPS = 5;
    static final int LEDGER_PROBLEMS = 3_000;
    static final int LEDGER_STILL_OPEN = 24;
    static final int SCREENED_PERCENT = 91;
    static final int YEAR = 2020;
    static final LocalDate ROUND_START = LocalDate.of(YEAR, 9, 1);
    static final String SCREENER = "回头看工作组"; //$NON-NLS-1$

    private static final SupervisionFactory F = SupervisionFactory.eINSTANCE;
    private static final ProblemArea[] AREAS = ProblemArea.values();
    private static final ProblemSource[] SOURCES = { ProblemSource.INSPECTION, ProblemSource.INSPECTION,
            ProblemSource.PROVINCE_FEEDBACK, ProblemSource.CITY_FEEDBACK, ProblemSource.SELF_CHECK };

    private Random random;

    @Override
    public void generate(DemoContext context) {
        random = context.random();
        List<Township> townships = context.city().getTownships();
        List<Township> listed = listedTownships(townships);
        listings(townships, listed).forEach(context::addRoot);
        List<Problem> ledger = new ArrayList<>();
        inspections(townships, listed, ledger, context.scale()).forEach(context::addRoot);
        context.addRoot(rescreening(townships, ledger));
        ledger.forEach(context::addRoot);
    }

    /** The five townships with the most poor villages. */
    private static List<Township> listedTownships(List<Township> townships) {
        List<Township> sorted = new ArrayList<>(townships);
        sorted.sort((a, b) -> Long.compare(poorVillages(b), poorVillages(a)));
        return List.copyOf(sorted.subList(0, CITY_TOWNSHIPS));
    }

    private static long poorVillages(Township township) {
        return township.getVillages().stream().filter(Village::isPoor).count();
    }

    private List<ListedSupervision> listings(List<Township> townships, List<Township> listedTownships) {
        List<ListedSupervision> listings = new ArrayList<>();
        for (Township township : listedTownships) {
            listings.add(listing(SupervisionLevel.CITY, township, null, "贫困村较多、脱贫任务较重，市定挂牌督战乡镇")); //$NON-NLS-1$
        }
        List<Village> poor = new ArrayList<>(townships.stream().filter(t -> !listedTownships.contains(t))
                .flatMap(t -> t.getVillages().stream()).filter(Village::isPoor).toList());
        Collections.shuffle(poor, random);
        for (int i = 0; i < PROVINCE_VILLAGES + CITY_VILLAGES; i++) {
            Village village = poor.get(i);
            listings.add(i < PROVINCE_VILLAGES
                    ? listing(SupervisionLevel.PROVINCE, village.getTownship(), village, "省定挂牌督战村：基础设施短板、产业带动不足") //$NON-NLS-1$
                    : listing(SupervisionLevel.CITY, village.getTownship(), village, "市定挂牌督战村：饮水工程和危房改造进度滞后")); //$NON-NLS-1$
        }
        return listings;
    }

    private ListedSupervision listing(SupervisionLevel level, Township township, Village village, String reasons) {
        ListedSupervision listing = F.createListedSupervision();
        listing.setLevel(level);
        listing.setTownship(township);
        listing.setVillage(village);
        listing.setLeader(township.getLeader());
        listing.setListedOn(LocalDate.of(YEAR, 3, 1));
        listing.setListedUntil(LocalDate.of(YEAR, level == SupervisionLevel.PROVINCE ? 11 : 12, 20));
        listing.setStatus(ListingStatus.DELISTED);
        listing.setReasons(reasons);
        return listing;
    }

    private List<InspectionGroup> inspections(List<Township> townships, List<Township> listed, List<Problem> ledger,
            int scale) {
        List<InspectionGroup> groups = new ArrayList<>();
        for (int g = 0; g < GROUPS; g++) {
            InspectionGroup group = F.createInspectionGroup();
            group.setName("常态化督查第" + "一二三四五".charAt(g) + "组"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            group.setLeaderName(Names.person(Names.surname(random), random));
            for (int m = 0; m < 3; m++) {
                group.getMembers().add(Names.person(Names.surname(random), random));
            }
            groups.add(group);
        }
        List<Inspection> all = new ArrayList<>();
        for (int t = 0; t < townships.size(); t++) {
            Township township = townships.get(t);
            InspectionGroup group = groups.get(t % GROUPS);
            group.getTownships().add(township);
            for (int month = 1; month <= 12; month++) {
                // The epidemic's February: two of the unlisted townships were not visited.
                if (month == 2 && !listed.contains(township) && t % 10 == 1) {
                    continue;
                }
                int visits = listed.contains(township) ? 2 : 1;
                for (int v = 0; v < visits; v++) {
                    Inspection inspection = F.createInspection();
                    inspection.setDate(LocalDate.of(YEAR, month, 1 + v * 14 + random.nextInt(13)));
                    inspection.setTownship(township);
                    inspection.setVillage(township.getVillages().get(random.nextInt(township.getVillages().size())));
                    group.getInspections().add(inspection);
                    all.add(inspection);
                }
            }
        }
        int problems = LEDGER_PROBLEMS * scale;
        for (int i = 0; i < problems; i++) {
            ledger.add(ledgerProblem(all.get(random.nextInt(all.size())), i >= problems - LEDGER_STILL_OPEN));
        }
        ledger.sort((a, b) -> a.getFound().compareTo(b.getFound()));
        ProblemNumbers numbers = new ProblemNumbers(List.of());
        ledger.forEach(problem -> problem.setNumber(numbers.next(problem.getFound().getYear())));
        for (Inspection inspection : all) {
            long found = ledger.stream().filter(p -> p.getSource() == ProblemSource.INSPECTION
                    && p.getFound().equals(inspection.getDate()) && p.getTownship() == inspection.getTownship()).count();
            inspection.setFindings(found == 0 ? "未发现问题" : "发现问题 " + found + " 个，已列入问题台账"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        return groups;
    }

    private Problem ledgerProblem(Inspection inspection, boolean stillOpen) {
        Village village = inspection.getVillage();
        Problem problem = F.createProblem();
        ProblemArea area = AREAS[random.nextInt(AREAS.length)];
        problem.setSource(SOURCES[random.nextInt(SOURCES.length)]);
        problem.setFound(inspection.getDate());
        problem.setArea(area);
        problem.setTownship(inspection.getTownship());
        problem.setVillage(village);
        if (area.getValue() <= ProblemArea.DRINKING_WATER_VALUE && !village.getHouseholds().isEmpty()) {
            Household household = village.getHouseholds().get(random.nextInt(village.getHouseholds().size()));
            problem.setHousehold(household);
            problem.setResponsiblePerson(household.getCadre() == null ? null : household.getCadre().getName());
        } else if (village.getWorkTeam() != null) {
            problem.setResponsiblePerson(village.getWorkTeam().getLeaderName());
        }
        problem.setResponsibleUnit(village.getSupportUnit());
        problem.setDescription(village.getName() + "：" + DemoProblems.description(area, random)); //$NON-NLS-1$
        problem.setDeadline(problem.getFound().plusDays(15 + random.nextInt(46)));
        problem.setStatus(ProblemStatus.OPEN);
        problem.getEvents().add(ProblemLifecycle.event(ProblemTransition.FIND, inspectorOf(problem), null, problem.getFound()));
        int steps = stillOpen ? random.nextInt(3) : 3;
        rectify(problem, steps, problem.getDeadline().plusDays(random.nextInt(10) < 9 ? -5 : 12));
        return problem;
    }

    private String inspectorOf(Problem problem) {
        return switch (problem.getSource()) {
            case PROVINCE_FEEDBACK -> "省脱贫攻坚督查组"; //$NON-NLS-1$
            case CITY_FEEDBACK -> "市脱贫攻坚指挥部"; //$NON-NLS-1$
            default -> Names.person(Names.surname(random), random);
        };
    }

    /** Takes a problem {@code steps} steps along (1 started, 2 submitted, 3 closed), the last on {@code end}. */
    private void rectify(Problem problem, int steps, LocalDate end) {
        if (problem.getResponsiblePerson() == null) {
            problem.setResponsiblePerson(Names.person(Names.surname(random), random));
        }
        LocalDate started = problem.getFound().plusDays(2);
        try {
            if (steps >= 1) {
                ProblemLifecycle.apply(problem, ProblemTransition.START, problem.getResponsiblePerson(), null, started);
            }
            if (steps >= 2) {
                problem.setRectification(DemoProblems.rectification(problem.getArea()));
                ProblemLifecycle.apply(problem, ProblemTransition.SUBMIT, problem.getResponsiblePerson(), null,
                        end.minusDays(2).isBefore(started) ? started : end.minusDays(2));
            }
            if (steps >= 3) {
                problem.setEvidence("现场核实照片、整改台账和户主签字确认表已归档"); //$NON-NLS-1$
                problem.getAttachments().add("整改前后对比照片.jpg"); //$NON-NLS-1$
                String reviewer = "乡镇验收组·" + Names.person(Names.surname(random), random); //$NON-NLS-1$
                ProblemLifecycle.apply(problem, ProblemTransition.CLOSE, reviewer, null, end.isBefore(started) ? started : end);
            }
        } catch (TransitionRefusedException e) {
            throw new IllegalStateException(e);
        }
    }

    private RescreeningRound rescreening(List<Township> townships, List<Problem> ledger) {
        RescreeningRound round = F.createRescreeningRound();
        round.setName(YEAR + "年脱贫质量“回头看”逐户过筛"); //$NON-NLS-1$
        round.setStartDate(ROUND_START);
        round.setEndDate(LocalDate.of(YEAR, 11, 30));
        round.getGroups().addAll(List.of(HouseholdStatus.LIFTED_OUT, HouseholdStatus.NOT_YET_LIFTED,
                HouseholdStatus.EDGE, HouseholdStatus.SPECIAL_DIFFICULTY));
        LocalDate screened = ROUND_START.plusDays(30);
        Rescreening rescreening = new Rescreening(round, ledger,
                new Validator(Rules.read(Platform.getExtensionRegistry()), screened), screened, SCREENER);
        List<Problem> opened = new ArrayList<>();
        for (Township township : townships) {
            for (Village village : township.getVillages()) {
                for (Household household : village.getHouseholds()) {
                    if (rescreening.inScope(household) && random.nextInt(100) < SCREENED_PERCENT) {
                        opened.addAll(rescreening.screen(household).opened());
                    }
                }
            }
        }
        // Most of what the round found was rectified within its deadline; the rest is still open.
        for (int i = 0; i < opened.size(); i++) {
            if (i % 5 != 0) {
                rectify(opened.get(i), 3, opened.get(i).getDeadline().minusDays(3));
            }
        }
        ledger.addAll(opened);
        return round;
    }
}
