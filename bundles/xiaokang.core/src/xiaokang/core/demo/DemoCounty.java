package xiaokang.core.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import xiaokang.core.IdNumbers;
import xiaokang.core.model.Assessment;
import xiaokang.core.model.AnnualIncome;
import xiaokang.core.model.Cadre;
import xiaokang.core.model.Check;
import xiaokang.core.model.CheckResult;
import xiaokang.core.model.City;
import xiaokang.core.model.CityLeader;
import xiaokang.core.model.CoreFactory;
import xiaokang.core.model.Household;
import xiaokang.core.model.HouseholdStatus;
import xiaokang.core.model.LabourAbility;
import xiaokang.core.model.Person;
import xiaokang.core.model.PovertyCause;
import xiaokang.core.model.Relation;
import xiaokang.core.model.Township;
import xiaokang.core.model.Village;
import xiaokang.core.model.WorkTeam;
import xiaokang.core.model.WorkUnit;

/**
 * Builds a Shaodong-sized county, the same for the same seed: 26 townships, 580 villages of which
 * 77 poor (all exited by 2020), exactly 20,312 lifted-out households with exactly 61,633 people,
 * plus edge and special-difficulty households; valid ID numbers, causes, incomes, assessments
 * (mostly passing) and who answers for whom. {@code scale} multiplies villages and households.
 */
public final class DemoCounty {

    private static final CoreFactory F = CoreFactory.eINSTANCE;
    private static final int HOUSEHOLDS_PER_CADRE = 8;
    private static final int UNITS = 120;
    private static final int MAX_HOUSEHOLD_SIZE = 7;
    private static final String GROUPS = "一二三四五六七八"; //$NON-NLS-1$

    private final Random random;
    private final int scale;
    private final Set<String> idNumbers = new HashSet<>();
    private int householdNumber;

    public DemoCounty(long seed, int scale) {
        this(new Random(seed), scale);
    }

    DemoCounty(Random random, int scale) {
        if (scale < 1) {
            throw new IllegalArgumentException("scale must be at least 1: " + scale); //$NON-NLS-1$
        }
        this.random = random;
        this.scale = scale;
    }

    public City build() {
        City city = F.createCity();
        fill(city);
        return city;
    }

    /** Fills an empty city with the county. */
    void fill(City city) {
        city.setCode(ShaodongFigures.CITY_CODE);
        city.setName("邵东市"); //$NON-NLS-1$
        List<Cadre> cadres = responsibility(city);
        List<Village> villages = places(city);
        List<Village> poor = villages.stream().filter(Village::isPoor).toList();

        int[] sizes = householdSizes(ShaodongFigures.LIFTED_HOUSEHOLDS * scale, ShaodongFigures.LIFTED_PEOPLE * scale);
        for (int i = 0; i < sizes.length; i++) {
            // Poor villages hold about half of the registered households.
            Village village = i % 2 == 0 ? poor.get(random.nextInt(poor.size())) : villages.get(random.nextInt(villages.size()));
            village.getHouseholds().add(household(HouseholdStatus.LIFTED_OUT, sizes[i], cadres.get(i / HOUSEHOLDS_PER_CADRE % cadres.size())));
        }
        addOthers(villages, cadres, HouseholdStatus.EDGE, ShaodongFigures.EDGE_HOUSEHOLDS * scale);
        addOthers(villages, cadres, HouseholdStatus.SPECIAL_DIFFICULTY, ShaodongFigures.SPECIAL_DIFFICULTY_HOUSEHOLDS * scale);
        villages.forEach(DemoCounty::addresses);
    }

    /** Each household's address: its village and a group (组) of neighbours, up to eight groups a village. */
    private static void addresses(Village village) {
        List<Household> households = village.getHouseholds();
        for (int i = 0; i < households.size(); i++) {
            households.get(i).setAddress(village.getName() + GROUPS.charAt(i * GROUPS.length() / households.size()) + "组"); //$NON-NLS-1$
        }
    }

    private List<Cadre> responsibility(City city) {
        List<Cadre> cadres = new ArrayList<>();
        int cadreCount = (ShaodongFigures.LIFTED_HOUSEHOLDS * scale + HOUSEHOLDS_PER_CADRE - 1) / HOUSEHOLDS_PER_CADRE;
        for (int u = 0; u < UNITS; u++) {
            WorkUnit unit = F.createWorkUnit();
            unit.setName("市直后盾单位" + (u + 1)); //$NON-NLS-1$
            city.getWorkUnits().add(unit);
        }
        for (int c = 0; c < cadreCount; c++) {
            Cadre cadre = F.createCadre();
            cadre.setName(Names.person(Names.surname(random), random));
            cadre.setPhone(String.format("139%08d", c)); //$NON-NLS-1$
            city.getWorkUnits().get(c % UNITS).getCadres().add(cadre);
            cadres.add(cadre);
        }
        return cadres;
    }

    private List<Village> places(City city) {
        List<Village> villages = new ArrayList<>();
        int villageCount = ShaodongFigures.VILLAGES * scale;
        int townships = ShaodongFigures.TOWNSHIPS.size();
        for (int t = 0; t < townships; t++) {
            ShaodongFigures.Place place = ShaodongFigures.TOWNSHIPS.get(t);
            Township township = F.createTownship();
            township.setCode(String.format("%s%03d", ShaodongFigures.CITY_CODE, t + 1)); //$NON-NLS-1$
            township.setName(place.name());
            township.setKind(place.kind());
            CityLeader leader = F.createCityLeader();
            leader.setName(Names.person(Names.surname(random), random));
            leader.setTitle("市领导"); //$NON-NLS-1$
            city.getLeaders().add(leader);
            township.setLeader(leader);
            city.getTownships().add(township);
            int first = villageCount * t / townships;
            int last = villageCount * (t + 1) / townships;
            for (int v = first; v < last; v++) {
                villages.add(village(township, v, city));
            }
            String named = ShaodongFigures.NAMED_VILLAGES.get(place.name());
            if (named != null) {
                township.getVillages().get(0).setName(named);
            }
        }
        return villages;
    }

    private Village village(Township township, int index, City city) {
        Village village = F.createVillage();
        village.setCode(String.format("%s%03d", township.getCode(), township.getVillages().size() + 1)); //$NON-NLS-1$
        village.setName(Names.village(index));
        village.setSupportUnit(city.getWorkUnits().get(index % UNITS));
        // Every seventh or so village is poor, spread over the county: 77 of 580 at scale 1.
        boolean poor = index * ShaodongFigures.POOR_VILLAGES / ShaodongFigures.VILLAGES
                != (index + 1) * ShaodongFigures.POOR_VILLAGES / ShaodongFigures.VILLAGES;
        village.setPoor(poor);
        if (poor) {
            village.setYearExited(2014 + random.nextInt(7));
            WorkTeam team = F.createWorkTeam();
            team.setLeaderName(Names.person(Names.surname(random), random));
            team.setSize(3);
            team.setUnit(village.getSupportUnit());
            village.setWorkTeam(team);
        }
        township.getVillages().add(village);
        return village;
    }

    /** Sizes of {@code households} households that add up to exactly {@code people}. */
    private int[] householdSizes(int households, int people) {
        int[] sizes = new int[households];
        int total = 0;
        for (int i = 0; i < households; i++) {
            sizes[i] = 1 + random.nextInt(5);
            total += sizes[i];
        }
        while (total != people) {
            int i = random.nextInt(households);
            if (total < people && sizes[i] < MAX_HOUSEHOLD_SIZE) {
                sizes[i]++;
                total++;
            } else if (total > people && sizes[i] > 1) {
                sizes[i]--;
                total--;
            }
        }
        return sizes;
    }

    private void addOthers(List<Village> villages, List<Cadre> cadres, HouseholdStatus status, int count) {
        for (int i = 0; i < count; i++) {
            villages.get(random.nextInt(villages.size())).getHouseholds()
                    .add(household(status, 1 + random.nextInt(5), cadres.get(random.nextInt(cadres.size()))));
        }
    }

    private Household household(HouseholdStatus status, int size, Cadre cadre) {
        Household h = F.createHousehold();
        h.setNumber(String.format("%s%07d", ShaodongFigures.CITY_CODE, ++householdNumber)); //$NON-NLS-1$
        h.setStatus(status);
        h.setRegistered(status != HouseholdStatus.EDGE);
        h.setYearRegistered(h.isRegistered() ? 2014 + random.nextInt(3) : null);
        h.setYearLifted(status == HouseholdStatus.LIFTED_OUT ? 2016 + random.nextInt(5) : null);
        h.getCauses().add(PovertyCause.VALUES.get(random.nextInt(PovertyCause.VALUES.size())));
        h.setCadre(cadre);
        String surname = Names.surname(random);
        for (int m = 0; m < size; m++) {
            h.getMembers().add(member(m, surname));
        }
        for (int year = 2019; year <= 2020; year++) {
            AnnualIncome income = F.createAnnualIncome();
            income.setYear(year);
            income.setPerCapitaNetIncome(BigDecimal.valueOf(4000 + random.nextInt(9000) + (year - 2019) * 600L));
            h.getIncomes().add(income);
        }
        h.getAssessments().add(assessment(cadre));
        return h;
    }

    private Person member(int index, String surname) {
        Relation relation = index == 0 ? Relation.HEAD : index == 1 ? Relation.SPOUSE : index < 4 ? Relation.CHILD : Relation.PARENT;
        int birthYear = switch (relation) {
            case HEAD, SPOUSE -> 1955 + random.nextInt(30);
            case CHILD -> 1995 + random.nextInt(20);
            default -> 1935 + random.nextInt(20);
        };
        Person person = F.createPerson();
        person.setName(Names.person(relation == Relation.SPOUSE ? Names.surname(random) : surname, random));
        person.setRelation(relation);
        person.setIdNumber(uniqueId(LocalDate.of(birthYear, 1 + random.nextInt(12), 1 + random.nextInt(28))));
        int age = 2020 - birthYear;
        person.setInSchool(age >= 6 && age <= 18);
        person.setLabourAbility(age < 16 || age > 65 ? LabourAbility.NONE : random.nextInt(6) == 0 ? LabourAbility.PARTIAL : LabourAbility.FULL);
        person.setMedicalInsurance(true);
        person.setPensionInsurance(age >= 16);
        return person;
    }

    private String uniqueId(LocalDate birth) {
        String id;
        do {
            id = IdNumbers.of(ShaodongFigures.ID_AREA, birth, random.nextInt(1000));
        } while (!idNumbers.add(id));
        return id;
    }

    private Assessment assessment(Cadre cadre) {
        Assessment assessment = F.createAssessment();
        assessment.setDate(LocalDate.of(2020, 6 + random.nextInt(3), 1 + random.nextInt(28)));
        assessment.setAssessor(cadre.getName());
        for (Check check : Check.VALUES) {
            CheckResult result = F.createCheckResult();
            result.setCheck(check);
            // About one household in two hundred still has a housing or water problem to fix.
            boolean fails = (check == Check.HOUSING_SAFETY || check == Check.DRINKING_WATER) && random.nextInt(400) == 0;
            result.setPassed(!fails);
            result.setNote(fails ? (check == Check.HOUSING_SAFETY ? "C 级危房，待改造" : "水源不稳定") : null); //$NON-NLS-1$ //$NON-NLS-2$
            assessment.getResults().add(result);
        }
        return assessment;
    }
}
