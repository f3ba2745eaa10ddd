package xiaokang.employment.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import xiaokang.core.demo.DemoContext;
import xiaokang.core.demo.DemoDataGenerator;
import xiaokang.core.demo.Names;
import xiaokang.core.model.Household;
import xiaokang.core.model.LabourAbility;
import xiaokang.core.model.Person;
import xiaokang.core.model.Township;
import xiaokang.core.model.Village;
import xiaokang.employment.model.Employment;
import xiaokang.employment.model.EmploymentFactory;
import xiaokang.employment.model.EntrepreneurshipSubsidy;
import xiaokang.employment.model.Participant;
import xiaokang.employment.model.ReturnCampaign;
import xiaokang.employment.model.ReturnEntry;
import xiaokang.employment.model.ReturnStatus;
import xiaokang.employment.model.Training;
import xiaokang.employment.model.TrainingKind;
import xiaokang.employment.model.WorkPlace;
import xiaokang.employment.model.Workshop;

/**
 * Shaodong's jobs as the source tells them: 115 workshops (康汇服装有限公司's school uniforms in
 * 牛马司镇, the award-winning workshop of 长流村 in 斫石曹乡) employing over 4,600 rural workers of
 * whom 2,130 poor, each earning about 20,000 yuan more a year; the 2020 return-to-work campaign
 * that brought 21,025 poor workers back; and for every other poor person able to work a job in the
 * county or a course, but for 40 (the employment gap list). Every figure is per scale.
 */
public final class EmploymentDemoData implements DemoDataGenerator {

    static final int WORKSHOPS = 115;
    static final int WORKERS = 4_620;
    static final int POOR_WORKERS = 2_130;
    static final int BACK_AT_WORK = 21_025;
    static final int NOT_YET = 1_180;
    static final int UNABLE = 320;
    static final int GAPS = 40;
    static final int SUBSIDIES = 300;
    static final int YEAR = 2020;
    static final String KANGHUI = "康汇服装有限公司"; //$NON-NLS-1$
    static final String CHANGLIU_AWARD = "中国青年“最具品牌影响力”扶贫车间"; //$NON-NLS-1$

    private static final String[] PRODUCTS = { "箱包", "服装", "鞋帽", "电子元件", "工艺品", "假发", "打火机", "玩具" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
    private static final String[] EMPLOYERS_IN_COUNTY = { "邵东市经开区五金企业", "邵东市箱包产业园", "邵东市中药材市场", "邵东市打火机产业园" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    private static final String[] EMPLOYERS_IN_PROVINCE = { "长沙经开区制造企业", "株洲轨道交通配套企业", "邵阳市建筑工地" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    private static final String[] EMPLOYERS_OUTSIDE = { "广东东莞电子厂", "浙江义乌小商品企业", "广东深圳物流公司", "福建晋江鞋业" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    private static final String[][] COURSES = { { "电子商务", "SKILLS" }, { "家政服务", "SKILLS" }, { "种养实用技术", "SKILLS" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            { "两后生职业技能", "SCHOOL_LEAVERS" }, { "创业意识", "ENTREPRENEURSHIP" } }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    private static final String[] BUSINESSES = { "农家乐", "电商网店", "养殖场", "农产品加工坊", "小超市" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

    private static final EmploymentFactory F = EmploymentFactory.eINSTANCE;

    private Random random;

    @Override
    public void generate(DemoContext context) {
        random = context.random();
        int scale = context.scale();
        List<Township> townships = context.city().getTownships();
        List<Person> able = ablePoorPeople(townships);
        Collections.shuffle(able, random);
        Set<Person> placed = new HashSet<>();
        List<Workshop> workshops = workshops(townships, scale);
        workshops.forEach(context::addRoot);
        workshopJobs(workshops, able, placed, scale).forEach(context::addRoot);
        Set<Person> waiting = campaign(able, placed, scale, context);
        everyoneElse(townships, able, placed, waiting, scale, context);
        subsidies(able, scale).forEach(context::addRoot);
    }

    /** Members of registered households aged 16 to 59 in 2020 who can work (fully or partly) and are not at school. */
    private static List<Person> ablePoorPeople(List<Township> townships) {
        LocalDate oldest = LocalDate.of(YEAR - 60, 1, 1);
        LocalDate youngest = LocalDate.of(YEAR - 16, 12, 31);
        List<Person> able = new ArrayList<>();
        for (Township township : townships) {
            for (Village village : township.getVillages()) {
                for (Household household : village.getHouseholds()) {
                    if (!household.isRegistered()) {
                        continue;
                    }
                    for (Person person : household.getMembers()) {
                        LocalDate born = person.getBirthDate();
                        if (born != null && !born.isBefore(oldest) && !born.isAfter(youngest) && !person.isInSchool()
                                && (person.getLabourAbility() == LabourAbility.FULL || person.getLabourAbility() == LabourAbility.PARTIAL)) {
                            able.add(person);
                        }
                    }
                }
            }
        }
        return able;
    }

    private List<Workshop> workshops(List<Township> townships, int scale) {
        List<Workshop> workshops = new ArrayList<>();
        int count = WORKSHOPS * scale;
        int workers = 0;
        for (int i = 0; i < count; i++) {
            Township township = switch (i) {
                case 0 -> named(townships, "牛马司镇"); //$NON-NLS-1$
                case 1 -> named(townships, "斫石曹乡"); //$NON-NLS-1$
                default -> townships.get(i % townships.size());
            };
            Village village = i == 1 ? township.getVillages().get(0) : township.getVillages().get(random.nextInt(township.getVillages().size()));
            String product = PRODUCTS[i % PRODUCTS.length];
            Workshop workshop = F.createWorkshop();
            workshop.setTownship(township);
            workshop.setVillage(village);
            if (i == 0) {
                workshop.setName(KANGHUI + "扶贫车间"); //$NON-NLS-1$
                workshop.setOperator(KANGHUI);
                workshop.setProducts("学生校服"); //$NON-NLS-1$
            } else {
                workshop.setName(village.getName() + "扶贫车间" + (i >= townships.size() * 4 ? "（" + (i + 1) + "）" : "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                workshop.setOperator("邵东市" + village.getName().replace("村", "") + product + "有限公司"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                workshop.setProducts(product);
            }
            if (i == 1) {
                workshop.setAwards(CHANGLIU_AWARD);
            }
            workshop.setOpened(LocalDate.of(2017 + random.nextInt(4), 1 + random.nextInt(12), 1 + random.nextInt(28)));
            int employed = i == count - 1 ? Math.max(25, WORKERS * scale - workers) : 25 + random.nextInt(31);
            workshop.setWorkers(employed);
            workshop.setCapacity(employed + 5 + random.nextInt(20));
            workers += employed;
            workshops.add(workshop);
        }
        return workshops;
    }

    private static Township named(List<Township> townships, String name) {
        return townships.stream().filter(t -> t.getName().equals(name)).findFirst().orElse(townships.get(0));
    }

    /** The poor among each workshop's workers, from its own township where it can. */
    private List<Employment> workshopJobs(List<Workshop> workshops, List<Person> able, Set<Person> placed, int scale) {
        Map<Township, List<Person>> byTownship = new HashMap<>();
        for (Person person : able) {
            byTownship.computeIfAbsent(person.getHousehold().getVillage().getTownship(), any -> new ArrayList<>()).add(person);
        }
        List<Employment> jobs = new ArrayList<>();
        int count = POOR_WORKERS * scale;
        for (int i = 0; i < count; i++) {
            Workshop workshop = workshops.get(i % workshops.size());
            List<Person> local = byTownship.getOrDefault(workshop.getTownship(), able);
            Person person = local.stream().filter(p -> !placed.contains(p)).findFirst()
                    .orElseGet(() -> able.stream().filter(p -> !placed.contains(p)).findFirst().orElseThrow());
            placed.add(person);
            Employment job = job(person, WorkPlace.WORKSHOP_AT_HOME, null, LocalDate.of(YEAR - 1 + random.nextInt(2), 1 + random.nextInt(12), 1));
            job.setWorkshop(workshop);
            job.setMonthlyWage(BigDecimal.valueOf(1_600 + random.nextInt(15) * 100));
            job.setAnnualGain(BigDecimal.valueOf(18_000 + random.nextInt(9) * 500));
            jobs.add(job);
        }
        return jobs;
    }

    private Employment job(Person person, WorkPlace place, String employer, LocalDate started) {
        Employment job = F.createEmployment();
        job.setPerson(person);
        job.setPlace(place);
        job.setEmployer(employer);
        job.setStarted(started);
        return job;
    }

    /**
     * The 2020 list: poor workers who worked away from home before the epidemic. The workshop's
     * workers back at work count; the others get the job they went back to. Those unable to go back
     * are the partly able; those not yet back are taking a course (see {@link #everyoneElse}).
     */
    private Set<Person> campaign(List<Person> able, Set<Person> placed, int scale, DemoContext context) {
        Set<Person> waiting = new HashSet<>();
        ReturnCampaign campaign = F.createReturnCampaign();
        campaign.setName(YEAR + "年贫困劳动力返岗就业"); //$NON-NLS-1$
        campaign.setYear(YEAR);
        campaign.setStartDate(LocalDate.of(YEAR, 2, 10));
        List<Person> full = able.stream().filter(p -> p.getLabourAbility() == LabourAbility.FULL).toList();
        List<Person> partial = able.stream().filter(p -> p.getLabourAbility() == LabourAbility.PARTIAL).toList();
        int back = BACK_AT_WORK * scale;
        int notYet = NOT_YET * scale;
        for (int i = 0; i < back + notYet; i++) {
            Person person = full.get(i);
            boolean isBack = i < back;
            ReturnEntry entry = entry(person, isBack ? ReturnStatus.BACK_AT_WORK : ReturnStatus.NOT_YET);
            if (isBack) {
                entry.setDate(LocalDate.of(YEAR, 2 + random.nextInt(4), 1 + random.nextInt(28)));
                if (!placed.contains(person)) {
                    WorkPlace place = WorkPlace.get(1 + random.nextInt(3));
                    String[] employers = switch (place) {
                        case IN_COUNTY -> EMPLOYERS_IN_COUNTY;
                        case IN_PROVINCE -> EMPLOYERS_IN_PROVINCE;
                        default -> EMPLOYERS_OUTSIDE;
                    };
                    Employment job = job(person, place, employers[random.nextInt(employers.length)], entry.getDate());
                    job.setMonthlyWage(BigDecimal.valueOf(2_500 + random.nextInt(30) * 100));
                    job.setAnnualGain(BigDecimal.valueOf(20_000 + random.nextInt(21) * 500));
                    context.addRoot(job);
                }
                placed.add(person);
            } else {
                entry.setReason("家中有老人需照料，暂未返岗"); //$NON-NLS-1$
                waiting.add(person);
            }
            campaign.getEntries().add(entry);
        }
        for (int i = 0; i < UNABLE * scale && i < partial.size(); i++) {
            ReturnEntry entry = entry(partial.get(i), ReturnStatus.UNABLE);
            entry.setReason("身体原因无法外出务工，已纳入兜底保障"); //$NON-NLS-1$
            campaign.getEntries().add(entry);
        }
        context.addRoot(campaign);
        return waiting;
    }

    private ReturnEntry entry(Person person, ReturnStatus status) {
        ReturnEntry entry = F.createReturnEntry();
        entry.setPerson(person);
        entry.setStatus(status);
        Household household = person.getHousehold();
        entry.setHelper(household.getCadre() != null ? household.getCadre().getName() : Names.person(Names.surname(random), random));
        return entry;
    }

    /**
     * Every other fully able poor person: a course of their township (those not yet back at work,
     * and one in three of the rest) or a job in the county; the first {@link #GAPS} born 1970-1999
     * get neither, the gap list.
     */
    private void everyoneElse(List<Township> townships, List<Person> able, Set<Person> placed, Set<Person> waiting, int scale,
            DemoContext context) {
        Map<Township, List<Training>> courses = new HashMap<>();
        for (Township township : townships) {
            List<Training> trainings = new ArrayList<>();
            for (String[] course : COURSES) {
                Training training = F.createTraining();
                training.setCourse(township.getName() + course[0] + "培训班"); //$NON-NLS-1$
                training.setKind(TrainingKind.valueOf(course[1]));
                training.setTownship(township);
                LocalDate start = LocalDate.of(YEAR - random.nextInt(2), 3 + random.nextInt(8), 1 + random.nextInt(20));
                training.setStartDate(start);
                training.setEndDate(start.plusDays(course[1].equals("SCHOOL_LEAVERS") ? 90 : 10)); //$NON-NLS-1$
                trainings.add(training);
                context.addRoot(training);
            }
            courses.put(township, trainings);
        }
        List<Person> rest = new ArrayList<>(able.stream().filter(p -> !placed.contains(p) && p.getLabourAbility() == LabourAbility.FULL).toList());
        List<Person> gaps = rest.stream().filter(p -> p.getBirthDate().getYear() >= 1970 && p.getBirthDate().getYear() <= 1999)
                .limit((long) GAPS * scale).toList();
        rest.removeAll(gaps);
        for (int i = 0; i < rest.size(); i++) {
            Person person = rest.get(i);
            if (i % 3 == 0 || waiting.contains(person)) {
                List<Training> local = courses.get(person.getHousehold().getVillage().getTownship());
                Training training = local.get(random.nextInt(local.size()));
                Participant participant = F.createParticipant();
                participant.setPerson(person);
                participant.setCertified(random.nextInt(10) < 8);
                training.getParticipants().add(participant);
            } else {
                Employment job = job(person, WorkPlace.IN_COUNTY, EMPLOYERS_IN_COUNTY[random.nextInt(EMPLOYERS_IN_COUNTY.length)],
                        LocalDate.of(YEAR - 1 - random.nextInt(3), 1 + random.nextInt(12), 1));
                job.setMonthlyWage(BigDecimal.valueOf(2_000 + random.nextInt(20) * 100));
                job.setAnnualGain(BigDecimal.valueOf(15_000 + random.nextInt(21) * 500));
                context.addRoot(job);
            }
        }
    }

    private List<EntrepreneurshipSubsidy> subsidies(List<Person> able, int scale) {
        List<EntrepreneurshipSubsidy> subsidies = new ArrayList<>();
        for (int i = 0; i < SUBSIDIES * scale; i++) {
            EntrepreneurshipSubsidy subsidy = F.createEntrepreneurshipSubsidy();
            subsidy.setPerson(able.get(able.size() - 1 - i));
            subsidy.setBusiness(BUSINESSES[random.nextInt(BUSINESSES.length)]);
            subsidy.setAmount(BigDecimal.valueOf(5_000 + random.nextInt(16) * 1_000));
            subsidy.setYear(YEAR - random.nextInt(3));
            subsidies.add(subsidy);
        }
        return subsidies;
    }
}
