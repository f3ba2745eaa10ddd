package xiaokang.industry.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import xiaokang.core.demo.DemoContext;
import xiaokang.core.demo.DemoDataGenerator;
import xiaokang.core.model.Household;
import xiaokang.core.model.HouseholdStatus;
import xiaokang.core.model.Township;
import xiaokang.core.model.Village;
import xiaokang.industry.model.BenefitLink;
import xiaokang.industry.model.BuyerKind;
import xiaokang.industry.model.ConsumptionSale;
import xiaokang.industry.model.Cooperative;
import xiaokang.industry.model.Enterprise;
import xiaokang.industry.model.EnterpriseKind;
import xiaokang.industry.model.IndustryBase;
import xiaokang.industry.model.IndustryFactory;
import xiaokang.industry.model.LinkMode;
import xiaokang.industry.model.RecipientKind;
import xiaokang.industry.model.SubsidyGrant;

/**
 * Shaodong's industry as the source tells it: 1,091 cooperatives covering all 77 poor villages
 * (建成生态 and 本草堂 among them), leading enterprises, the bases it names (herbal medicine in
 * 廉桥镇 and the 10,000-mu peony base of 斫石曹乡, day-lily and Solomon's seal in 流光岭镇, 团山镇
 * and 流泽镇, 10,000 mu of vegetables in 牛马司镇), benefit links giving over 20,000 poor people
 * 2,000 yuan or more in 2020, over 70 million yuan of industry subsidies and over 30 million yuan
 * of consumption help. Every figure is per scale.
 */
public final class IndustryDemoData implements DemoDataGenerator {

    static final int COOPERATIVES = 1_091;
    static final int LEADING_ENTERPRISES = 12;
    static final int OTHER_ENTERPRISES = 28;
    static final int PEOPLE_GAINING_2000 = 20_600;
    static final int YEAR = 2020;
    /** Links of 2020 whose income is not yet counted: the rule's warnings on the demo county. */
    static final int UNCOUNTED_LINKS = 12;
    static final BigDecimal SUBSIDY_TARGET = new BigDecimal("70500000"); //$NON-NLS-1$
    static final BigDecimal SALES_TARGET = new BigDecimal("30600000"); //$NON-NLS-1$

    /** 一乡一特: the speciality of the townships the source names; the others grow one of {@link #PRODUCTS}. */
    private static final Map<String, String> SPECIALITIES = Map.of("廉桥镇", "中药材", "斫石曹乡", "芍药", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            "流光岭镇", "黄花菜", "团山镇", "玉竹", "流泽镇", "黄花菜", "牛马司镇", "蔬菜"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
    private static final String[] PRODUCTS = { "油茶", "生猪", "水果", "茶叶", "优质稻", "肉牛", "蛋鸡", "小龙虾", "食用菌", "中药材" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
    private static final String[] COOPERATIVE_KINDS = { "种植", "养殖", "种养", "农机", "果蔬" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    private static final String[] SALE_PRODUCTS = { "黄花菜", "玉竹", "中药材礼盒", "土鸡蛋", "茶油", "优质大米", "腊肉", "新鲜蔬菜", "芍药花茶" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
    private static final String[] BUYERS = { "市直机关党员干部", "邵东市农商银行", "市第一中学食堂", "社区居民", "湘中制药有限公司", "市人民医院食堂" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
    private static final BuyerKind[] BUYER_KINDS = { BuyerKind.PARTY_MEMBERS, BuyerKind.COMPANIES, BuyerKind.SCHOOLS,
            BuyerKind.OTHERS, BuyerKind.COMPANIES, BuyerKind.OTHERS };
    private static final String POLICY = "《产业扶贫实施方案》产业奖补"; //$NON-NLS-1$

    private static final IndustryFactory F = IndustryFactory.eINSTANCE;

    private Random random;

    @Override
    public void generate(DemoContext context) {
        random = context.random();
        int scale = context.scale();
        List<Township> townships = context.city().getTownships();
        List<Enterprise> enterprises = enterprises(townships, scale);
        List<Cooperative> cooperatives = cooperatives(townships, enterprises, scale);
        List<IndustryBase> bases = bases(townships, enterprises, cooperatives);
        enterprises.forEach(context::addRoot);
        cooperatives.forEach(context::addRoot);
        bases.forEach(context::addRoot);
        List<Household> linked = new ArrayList<>();
        benefitLinks(townships, cooperatives, bases, enterprises, linked, scale).forEach(context::addRoot);
        subsidies(linked, cooperatives, enterprises, scale).forEach(context::addRoot);
        sales(cooperatives, enterprises, scale).forEach(context::addRoot);
    }

    private static String speciality(Township township, int index) {
        String speciality = SPECIALITIES.get(township.getName());
        return speciality != null ? speciality : PRODUCTS[index % PRODUCTS.length];
    }

    private List<Enterprise> enterprises(List<Township> townships, int scale) {
        List<Enterprise> enterprises = new ArrayList<>();
        int count = (LEADING_ENTERPRISES + OTHER_ENTERPRISES) * scale;
        for (int i = 0; i < count; i++) {
            Township township = townships.get(i % townships.size());
            String product = speciality(township, i);
            Enterprise enterprise = F.createEnterprise();
            enterprise.setKind(i < LEADING_ENTERPRISES * scale ? EnterpriseKind.LEADING_AGRICULTURAL : EnterpriseKind.OTHER);
            enterprise.setName("邵东市" + stem(township) + product + (i < townships.size() ? "" : String.valueOf(i / townships.size() + 1)) //$NON-NLS-1$ //$NON-NLS-2$
                    + (enterprise.getKind() == EnterpriseKind.LEADING_AGRICULTURAL ? "农业开发有限公司" : "农产品有限公司")); //$NON-NLS-1$ //$NON-NLS-2$
            enterprise.setTownship(township);
            enterprise.setProducts(product);
            enterprises.add(enterprise);
        }
        return enterprises;
    }

    /** 廉桥镇 → 廉桥: the township's name without its kind, as names of firms use it. */
    private static String stem(Township township) {
        String name = township.getName();
        return name.replaceAll("(街道|镇|乡|国营林场)$", ""); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** One cooperative for each poor village first (so all are covered), the rest spread over all villages. */
    private List<Cooperative> cooperatives(List<Township> townships, List<Enterprise> enterprises, int scale) {
        List<Village> villages = townships.stream().flatMap(t -> t.getVillages().stream()).toList();
        List<Village> poor = villages.stream().filter(Village::isPoor).toList();
        List<Cooperative> cooperatives = new ArrayList<>();
        int count = COOPERATIVES * scale;
        for (int i = 0; i < count; i++) {
            Village village = i < poor.size() ? poor.get(i) : villages.get(random.nextInt(villages.size()));
            Township township = village.getTownship();
            String product = i % 3 == 0 ? speciality(township, i) : PRODUCTS[random.nextInt(PRODUCTS.length)];
            Cooperative cooperative = F.createCooperative();
            cooperative.setName(switch (i) {
                case 0 -> "邵东市建成生态种养专业合作社"; //$NON-NLS-1$
                case 1 -> "邵东市本草堂中药材种植专业合作社"; //$NON-NLS-1$
                default -> "邵东市" + village.getName() + product + COOPERATIVE_KINDS[i % COOPERATIVE_KINDS.length] + "专业合作社" //$NON-NLS-1$ //$NON-NLS-2$
                        + (i >= villages.size() ? "（" + (i / villages.size() + 1) + "）" : ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            });
            cooperative.setRegistrationNumber(String.format("93430582MA4%07d", i + 1)); //$NON-NLS-1$
            cooperative.setTownship(township);
            cooperative.getVillages().add(village);
            if (random.nextInt(4) == 0) {
                Village neighbour = township.getVillages().get(random.nextInt(township.getVillages().size()));
                if (neighbour != village) {
                    cooperative.getVillages().add(neighbour);
                }
            }
            cooperative.setMembers(8 + random.nextInt(110));
            cooperative.setPoorMemberHouseholds(village.isPoor() ? 5 + random.nextInt(30) : random.nextInt(8));
            cooperative.setMainProducts(product);
            List<Enterprise> local = enterprises.stream().filter(e -> e.getTownship() == township).toList();
            if (!local.isEmpty() && random.nextInt(3) == 0) {
                cooperative.setEnterprise(local.get(random.nextInt(local.size())));
            }
            cooperatives.add(cooperative);
        }
        return cooperatives;
    }

    private List<IndustryBase> bases(List<Township> townships, List<Enterprise> enterprises, List<Cooperative> cooperatives) {
        List<IndustryBase> bases = new ArrayList<>();
        for (int t = 0; t < townships.size(); t++) {
            Township township = townships.get(t);
            String product = speciality(township, t);
            IndustryBase base = F.createIndustryBase();
            boolean named = SPECIALITIES.containsKey(township.getName());
            int area = switch (township.getName()) {
                case "斫石曹乡", "牛马司镇" -> 10_000; //$NON-NLS-1$ //$NON-NLS-2$
                case "廉桥镇" -> 6_000; //$NON-NLS-1$
                default -> named ? 3_000 + random.nextInt(2_000) : 300 + random.nextInt(1_200);
            };
            base.setName(area == 10_000 ? stem(township) + "万亩" + product + "基地" : stem(township) + product + "产业基地"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            base.setProduct(product);
            base.setArea(BigDecimal.valueOf(area));
            base.setTownship(township);
            List<Village> villages = new ArrayList<>(township.getVillages());
            Collections.shuffle(villages, random);
            base.getVillages().addAll(villages.subList(0, Math.min(villages.size(), area >= 3_000 ? 4 : 1 + random.nextInt(2))));
            enterprises.stream().filter(e -> e.getTownship() == township).findFirst().ifPresent(base::setEnterprise);
            cooperatives.stream().filter(c -> c.getTownship() == township).findFirst().ifPresent(base::setCooperative);
            bases.add(base);
        }
        return bases;
    }

    /**
     * Links lifted-out households, in random order, until the people gaining 2,000 yuan or more in
     * 2020 pass the published figure; a tenth more gain less; each has a link of 2019 too.
     */
    private List<BenefitLink> benefitLinks(List<Township> townships, List<Cooperative> cooperatives, List<IndustryBase> bases,
            List<Enterprise> enterprises, List<Household> linked, int scale) {
        List<Household> lifted = new ArrayList<>(townships.stream().flatMap(t -> t.getVillages().stream())
                .flatMap(v -> v.getHouseholds().stream()).filter(h -> h.getStatus() == HouseholdStatus.LIFTED_OUT
                        && !h.getMembers().isEmpty())
                .toList());
        Collections.shuffle(lifted, random);
        Map<Village, List<Cooperative>> serving = new HashMap<>();
        cooperatives.forEach(c -> c.getVillages().forEach(v -> serving.computeIfAbsent(v, any -> new ArrayList<>()).add(c)));
        List<BenefitLink> links = new ArrayList<>();
        int gaining = 0;
        int target = PEOPLE_GAINING_2000 * scale;
        int lesser = 0;
        for (Household household : lifted) {
            boolean high = gaining < target;
            if (!high && lesser >= target / 10) {
                break;
            }
            int people = household.getMembers().size();
            int gain = high ? 2_000 + random.nextInt(2_600) : 600 + random.nextInt(1_300);
            List<Cooperative> near = serving.getOrDefault(household.getVillage(), cooperatives);
            links.add(link(household, YEAR, people, gain, near, bases, enterprises));
            links.add(link(household, YEAR - 1, people, gain * 8 / 10, near, bases, enterprises));
            linked.add(household);
            if (high) {
                gaining += people;
            } else {
                lesser += people;
            }
        }
        // Links come in pairs (2020, then 2019) and the last households linked gain least.
        for (int i = 0; i < UNCOUNTED_LINKS * scale && 2 * i + 2 <= links.size(); i++) {
            links.get(links.size() - 2 - 2 * i).setIncomeGain(null);
        }
        return links;
    }

    /** @param near the cooperatives serving the household's village (or all, when none does) */
    private BenefitLink link(Household household, int year, int people, int gainPerPerson, List<Cooperative> near,
            List<IndustryBase> bases, List<Enterprise> enterprises) {
        BenefitLink link = F.createBenefitLink();
        link.setHousehold(household);
        link.setYear(year);
        link.setPeople(people);
        link.setIncomeGain(BigDecimal.valueOf(gainPerPerson));
        LinkMode mode = LinkMode.get(random.nextInt(LinkMode.values().length));
        link.setMode(mode);
        Village village = household.getVillage();
        if (mode == LinkMode.LAND_TRANSFER) {
            bases.stream().filter(b -> b.getTownship() == village.getTownship()).findFirst().ifPresent(link::setBase);
        } else if (mode == LinkMode.LABOUR) {
            enterprises.stream().filter(e -> e.getTownship() == village.getTownship()).findFirst().ifPresent(link::setEnterprise);
        }
        if (link.getBase() == null && link.getEnterprise() == null) {
            link.setCooperative(near.get(random.nextInt(near.size())));
        }
        return link;
    }

    /** Grants to linked households (2019 and 2020), to cooperatives and to leading enterprises until the total passes the figure. */
    private List<SubsidyGrant> subsidies(List<Household> linked, List<Cooperative> cooperatives, List<Enterprise> enterprises, int scale) {
        List<SubsidyGrant> grants = new ArrayList<>();
        BigDecimal target = SUBSIDY_TARGET.multiply(BigDecimal.valueOf(scale));
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < linked.size(); i++) {
            SubsidyGrant grant = grant(RecipientKind.HOUSEHOLD, 500 + random.nextInt(4) * 500, YEAR - i % 2);
            grant.setHousehold(linked.get(i));
            grants.add(grant);
            total = total.add(grant.getAmount());
        }
        for (int i = 0; total.compareTo(target.multiply(new BigDecimal("0.85"))) < 0; i++) { //$NON-NLS-1$
            SubsidyGrant grant = grant(RecipientKind.COOPERATIVE, 10_000 + random.nextInt(9) * 5_000, 2016 + i % 5);
            grant.setCooperative(cooperatives.get(i % cooperatives.size()));
            grants.add(grant);
            total = total.add(grant.getAmount());
        }
        for (int i = 0; total.compareTo(target) < 0; i++) {
            SubsidyGrant grant = grant(RecipientKind.ENTERPRISE, 100_000 + random.nextInt(5) * 50_000, 2016 + i % 5);
            grant.setEnterprise(enterprises.get(i % enterprises.size()));
            grants.add(grant);
            total = total.add(grant.getAmount());
        }
        return grants;
    }

    private static SubsidyGrant grant(RecipientKind kind, int amount, int year) {
        SubsidyGrant grant = F.createSubsidyGrant();
        grant.setRecipientKind(kind);
        grant.setAmount(BigDecimal.valueOf(amount));
        grant.setYear(year);
        grant.setPolicy(POLICY);
        return grant;
    }

    /** Sales through 2019 and 2020 by cooperatives and enterprises, until the total passes the figure. */
    private List<ConsumptionSale> sales(List<Cooperative> cooperatives, List<Enterprise> enterprises, int scale) {
        List<ConsumptionSale> sales = new ArrayList<>();
        BigDecimal target = SALES_TARGET.multiply(BigDecimal.valueOf(scale));
        BigDecimal total = BigDecimal.ZERO;
        LocalDate start = LocalDate.of(YEAR - 1, 1, 1);
        for (int i = 0; total.compareTo(target) < 0; i++) {
            ConsumptionSale sale = F.createConsumptionSale();
            int buyer = random.nextInt(BUYERS.length);
            sale.setBuyerKind(BUYER_KINDS[buyer]);
            sale.setBuyer(BUYERS[buyer]);
            sale.setProduct(SALE_PRODUCTS[random.nextInt(SALE_PRODUCTS.length)]);
            if (i % 4 == 0) {
                sale.setEnterprise(enterprises.get(random.nextInt(enterprises.size())));
            } else {
                sale.setCooperative(cooperatives.get(random.nextInt(cooperatives.size())));
            }
            sale.setAmount(BigDecimal.valueOf(2_000 + random.nextInt(40) * 500));
            sale.setDate(start.plusDays(random.nextInt(731)));
            sales.add(sale);
            total = total.add(sale.getAmount());
        }
        return sales;
    }
}
