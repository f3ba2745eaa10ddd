package xiaokang.publicity.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import xiaokang.core.demo.DemoContext;
import xiaokang.core.demo.DemoDataGenerator;
import xiaokang.core.demo.Names;
import xiaokang.core.model.Cadre;
import xiaokang.core.model.Household;
import xiaokang.core.model.Township;
import xiaokang.core.model.Village;
import xiaokang.publicity.model.Award;
import xiaokang.publicity.model.AwardLevel;
import xiaokang.publicity.model.CharityEvent;
import xiaokang.publicity.model.CharityKind;
import xiaokang.publicity.model.Commendation;
import xiaokang.publicity.model.CommendationCategory;
import xiaokang.publicity.model.FourOnesActivity;
import xiaokang.publicity.model.FourOnesKind;
import xiaokang.publicity.model.MediaKind;
import xiaokang.publicity.model.MediaReport;
import xiaokang.publicity.model.ProsperityLeader;
import xiaokang.publicity.model.PublicityFactory;
import xiaokang.publicity.model.VolunteerRegistration;

/**
 * Shaodong's publicity and social help as the source tells it: the 湖南日报 and 湖南卫视 reports,
 * the 长流村 workshop's China Youth award, models commended in every category and township, the
 * pairing cadres' "four ones" through 2020 (a visit to every household every month, but for a few
 * misses; a clean-up, a meeting and a commendation every quarter), over 2,000 leaders of prosperity,
 * over 70,000 registered volunteers, and charity such as 创业新村家具城's school aid at 永华村.
 */
public final class PublicityDemoData implements DemoDataGenerator {

    static final int YEAR = 2020;
    static final int MISSES = 30;
    static final int DECEMBER_MISSES = 8;
    static final int LEADERS = 2_050;
    static final int VOLUNTEERS = 70_600;
    static final int OTHER_REPORTS = 30;
    static final int CHARITY = 60;

    private static final String[][] OUTLETS = { { "邵阳日报", "NEWSPAPER" }, { "邵东新闻网", "ONLINE" }, { "红网", "ONLINE" },
            { "邵阳电视台", "TV" }, { "湖南日报", "NEWSPAPER" }, { "学习强国湖南平台", "ONLINE" } };
    private static final String[] TOPICS = { "产业扶贫让村民鼓起钱袋子", "扶贫车间开到家门口", "驻村工作队的一年", "回头看逐户过筛不落一户",
            "消费扶贫助农增收", "志愿服务温暖贫困户" };
    private static final String[] BUSINESSES = { "中药材种植", "黄花菜加工", "生猪养殖", "箱包加工", "电商销售", "油茶种植" };
    private static final String[] DONORS = { "邵东市工商联", "邵东商会", "邵东市慈善总会", "湘商爱心企业", "邵东市妇联" };

    private static final PublicityFactory F = PublicityFactory.eINSTANCE;

    private Random random;

    @Override
    public void generate(DemoContext context) {
        random = context.random();
        int scale = context.scale();
        List<Township> townships = context.city().getTownships();
        media(townships, scale).forEach(context::addRoot);
        awards(townships).forEach(context::addRoot);
        commendations(townships).forEach(context::addRoot);
        fourOnes(townships, scale).forEach(context::addRoot);
        leaders(townships, scale).forEach(context::addRoot);
        volunteers(townships, scale).forEach(context::addRoot);
        charity(townships, scale).forEach(context::addRoot);
    }

    private static Township named(List<Township> townships, String name) {
        return townships.stream().filter(t -> t.getName().equals(name)).findFirst().orElse(townships.get(0));
    }

    private List<MediaReport> media(List<Township> townships, int scale) {
        List<MediaReport> reports = new ArrayList<>();
        reports.add(report("湖南日报", MediaKind.NEWSPAPER, "“小车间”助力“大扶贫”", LocalDate.of(YEAR, 6, 18), "邵东市扶贫车间")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        reports.add(report("湖南卫视", MediaKind.TV, "企业建在家门口，就业就在村里头", LocalDate.of(YEAR, 9, 7), "长流村扶贫车间")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        reports.get(1).getVillages().add(named(townships, "斫石曹乡").getVillages().get(0)); //$NON-NLS-1$
        for (int i = 0; i < OTHER_REPORTS * scale; i++) {
            String[] outlet = OUTLETS[i % OUTLETS.length];
            Township township = townships.get(random.nextInt(townships.size()));
            Village village = township.getVillages().get(random.nextInt(township.getVillages().size()));
            MediaReport report = report(outlet[0], MediaKind.valueOf(outlet[1]), village.getName() + "：" + TOPICS[i % TOPICS.length], //$NON-NLS-1$
                    LocalDate.of(YEAR - random.nextInt(2), 1 + random.nextInt(12), 1 + random.nextInt(28)), township.getName());
            report.getVillages().add(village);
            reports.add(report);
        }
        return reports;
    }

    private static MediaReport report(String outlet, MediaKind kind, String title, LocalDate date, String covers) {
        MediaReport report = F.createMediaReport();
        report.setOutlet(outlet);
        report.setKind(kind);
        report.setTitle(title);
        report.setDate(date);
        report.setCovers(covers);
        return report;
    }

    private List<Award> awards(List<Township> townships) {
        List<Award> awards = new ArrayList<>();
        Village changliu = named(townships, "斫石曹乡").getVillages().get(0); //$NON-NLS-1$
        awards.add(award("中国青年“最具品牌影响力”扶贫车间", AwardLevel.NATIONAL, changliu.getName() + "扶贫车间", changliu, //$NON-NLS-1$ //$NON-NLS-2$
                LocalDate.of(YEAR, 10, 17)));
        awards.add(award("湖南省脱贫攻坚先进集体", AwardLevel.PROVINCE, "邵东市扶贫开发办公室", null, LocalDate.of(YEAR, 12, 20))); //$NON-NLS-1$ //$NON-NLS-2$
        for (int i = 0; i < 8; i++) {
            Township township = townships.get(random.nextInt(townships.size()));
            Village village = township.getVillages().get(random.nextInt(township.getVillages().size()));
            awards.add(award("邵阳市脱贫攻坚先进村", AwardLevel.CITY, village.getName(), village, //$NON-NLS-1$
                    LocalDate.of(YEAR - random.nextInt(2), 12, 10 + random.nextInt(15))));
        }
        return awards;
    }

    private static Award award(String name, AwardLevel level, String to, Village village, LocalDate date) {
        Award award = F.createAward();
        award.setName(name);
        award.setLevel(level);
        award.setAwardedTo(to);
        award.setVillage(village);
        award.setDate(date);
        return award;
    }

    private List<Commendation> commendations(List<Township> townships) {
        List<Commendation> commendations = new ArrayList<>();
        for (Township township : townships) {
            for (CommendationCategory category : CommendationCategory.values()) {
                for (int i = 0; i < 2; i++) {
                    Commendation commendation = F.createCommendation();
                    commendation.setCategory(category);
                    commendation.setName(Names.person(Names.surname(random), random));
                    commendation.setTownship(township);
                    commendation.setDate(LocalDate.of(YEAR, 6 + 6 * i, 20));
                    commendation.setCommendedBy(township.getName() + "党委、政府"); //$NON-NLS-1$
                    commendations.add(commendation);
                }
            }
        }
        return commendations;
    }

    /**
     * Every month a visit by each cadre to all their households (a household left out now and
     * then, and {@link #DECEMBER_MISSES} in December, the latest month); every quarter a clean-up
     * at one of them, a villagers' meeting and a commendation of models in its village.
     */
    private List<FourOnesActivity> fourOnes(List<Township> townships, int scale) {
        Map<Cadre, List<Household>> paired = new LinkedHashMap<>();
        for (Township township : townships) {
            for (Village village : township.getVillages()) {
                for (Household household : village.getHouseholds()) {
                    if (household.getCadre() != null) {
                        paired.computeIfAbsent(household.getCadre(), any -> new ArrayList<>()).add(household);
                    }
                }
            }
        }
        List<Cadre> cadres = new ArrayList<>(paired.keySet());
        List<FourOnesActivity> activities = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            int misses = month == 12 ? DECEMBER_MISSES * scale : MISSES * scale / 11 + (month <= MISSES * scale % 11 ? 1 : 0);
            List<Cadre> missing = new ArrayList<>();
            while (missing.size() < misses) {
                Cadre cadre = cadres.get(random.nextInt(cadres.size()));
                if (!missing.contains(cadre)) {
                    missing.add(cadre);
                }
            }
            LocalDate first = LocalDate.of(YEAR, month, 1);
            for (Cadre cadre : cadres) {
                List<Household> households = paired.get(cadre);
                FourOnesActivity visit = activity(cadre, first, FourOnesKind.VISIT, households.get(0).getVillage());
                visit.getHouseholds().addAll(households);
                if (missing.contains(cadre)) {
                    visit.getHouseholds().remove(households.size() - 1);
                }
                if (!visit.getHouseholds().isEmpty()) {
                    activities.add(visit);
                }
                if (month % 3 == 0) {
                    FourOnesActivity cleanUp = activity(cadre, first, FourOnesKind.CLEAN_UP, households.get(0).getVillage());
                    cleanUp.getHouseholds().add(households.get(random.nextInt(households.size())));
                    activities.add(cleanUp);
                    activities.add(activity(cadre, first, FourOnesKind.MEETING, households.get(0).getVillage()));
                    activities.add(activity(cadre, first, FourOnesKind.COMMENDATION, households.get(0).getVillage()));
                }
            }
        }
        return activities;
    }

    private static FourOnesActivity activity(Cadre cadre, LocalDate month, FourOnesKind kind, Village village) {
        FourOnesActivity activity = F.createFourOnesActivity();
        activity.setCadre(cadre);
        activity.setMonth(month);
        activity.setKind(kind);
        activity.setVillage(village);
        return activity;
    }

    private List<ProsperityLeader> leaders(List<Township> townships, int scale) {
        List<Village> villages = townships.stream().flatMap(t -> t.getVillages().stream()).toList();
        List<ProsperityLeader> leaders = new ArrayList<>();
        for (int i = 0; i < LEADERS * scale; i++) {
            ProsperityLeader leader = F.createProsperityLeader();
            leader.setName(Names.person(Names.surname(random), random));
            leader.setBusiness(BUSINESSES[random.nextInt(BUSINESSES.length)]);
            leader.setHouseholdsHelped(1 + random.nextInt(12));
            leader.setVillage(villages.get(i % villages.size()));
            leaders.add(leader);
        }
        return leaders;
    }

    /** 2019 and 2020 registrations per township; 2020's add up to {@link #VOLUNTEERS}. */
    private List<VolunteerRegistration> volunteers(List<Township> townships, int scale) {
        List<VolunteerRegistration> registrations = new ArrayList<>();
        int total = VOLUNTEERS * scale;
        for (int t = 0; t < townships.size(); t++) {
            int share = total * (t + 1) / townships.size() - total * t / townships.size();
            registrations.add(registration(townships.get(t), YEAR, share));
            registrations.add(registration(townships.get(t), YEAR - 1, share * 3 / 4));
        }
        return registrations;
    }

    private static VolunteerRegistration registration(Township township, int year, int registered) {
        VolunteerRegistration registration = F.createVolunteerRegistration();
        registration.setTownship(township);
        registration.setYear(year);
        registration.setRegistered(registered);
        return registration;
    }

    private List<CharityEvent> charity(List<Township> townships, int scale) {
        List<CharityEvent> events = new ArrayList<>();
        CharityEvent aid = F.createCharityEvent();
        aid.setDonor("创业新村家具城"); //$NON-NLS-1$
        aid.setVillage(named(townships, "流泽镇").getVillages().get(0)); //$NON-NLS-1$
        aid.setKind(CharityKind.SCHOOL_AID);
        aid.setBeneficiaries(32);
        aid.setAmount(new BigDecimal("64000")); //$NON-NLS-1$
        aid.setDate(LocalDate.of(YEAR, 8, 28));
        aid.setDescription("爱心助学：走访永华村贫困学生家庭，发放助学金和学习用品"); //$NON-NLS-1$
        events.add(aid);
        CharityKind[] kinds = CharityKind.values();
        for (int i = 0; i < CHARITY * scale; i++) {
            Township township = townships.get(random.nextInt(townships.size()));
            CharityEvent event = F.createCharityEvent();
            event.setDonor(DONORS[random.nextInt(DONORS.length)]);
            event.setVillage(township.getVillages().get(random.nextInt(township.getVillages().size())));
            event.setKind(kinds[i % kinds.length]);
            event.setBeneficiaries(5 + random.nextInt(60));
            event.setAmount(BigDecimal.valueOf(5_000 + random.nextInt(20) * 2_500));
            event.setDate(LocalDate.of(YEAR - random.nextInt(2), 1 + random.nextInt(12), 1 + random.nextInt(28)));
            events.add(event);
        }
        return events;
    }
}
