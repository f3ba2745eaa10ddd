package xiaokang.store.tests;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import xiaokang.core.IdNumbers;
import xiaokang.core.model.Assessment;
import xiaokang.core.model.AssistanceMeasure;
import xiaokang.core.model.Cadre;
import xiaokang.core.model.Check;
import xiaokang.core.model.CheckResult;
import xiaokang.core.model.City;
import xiaokang.core.model.CityLeader;
import xiaokang.core.model.CoreFactory;
import xiaokang.core.model.Education;
import xiaokang.core.model.Health;
import xiaokang.core.model.Household;
import xiaokang.core.model.HouseholdStatus;
import xiaokang.core.model.AnnualIncome;
import xiaokang.core.model.LabourAbility;
import xiaokang.core.model.Person;
import xiaokang.core.model.PovertyCause;
import xiaokang.core.model.Relation;
import xiaokang.core.model.Township;
import xiaokang.core.model.TownshipKind;
import xiaokang.core.model.Village;
import xiaokang.core.model.VillageGroup;
import xiaokang.core.model.WorkTeam;
import xiaokang.core.model.WorkUnit;
import xiaokang.store.Session;
import xiaokang.store.StoreException;

/** A small city that uses every kind of attribute and reference of the core model. */
final class SampleCity {

    private static final CoreFactory F = CoreFactory.eINSTANCE;

    private SampleCity() {
    }

    static City create() {
        City city = F.createCity();
        city.setCode("430582");
        city.setName("邵东市");
        CityLeader leader = F.createCityLeader();
        leader.setName("张志华");
        leader.setTitle("副市长");
        city.getLeaders().add(leader);
        WorkUnit unit = F.createWorkUnit();
        unit.setName("市财政局");
        Cadre cadre = F.createCadre();
        cadre.setName("刘敏");
        cadre.setPhone("13907390001");
        unit.getCadres().add(cadre);
        city.getWorkUnits().add(unit);

        Township township = F.createTownship();
        township.setCode("430582104");
        township.setName("斫曹乡");
        township.setKind(TownshipKind.TOWNSHIP);
        township.setLeader(leader);
        city.getTownships().add(township);

        Village village = F.createVillage();
        village.setCode("430582104201");
        village.setName("长流村");
        village.setPoor(true);
        village.setYearExited(2018);
        village.setSupportUnit(unit);
        WorkTeam team = F.createWorkTeam();
        team.setLeaderName("王强");
        team.setSize(3);
        team.setUnit(unit);
        village.setWorkTeam(team);
        VillageGroup group = F.createVillageGroup();
        group.setNumber(1);
        group.setName("一组");
        village.getGroups().add(group);
        township.getVillages().add(village);

        village.getHouseholds().add(household("4305821042010001", cadre, "李建国", 111));
        village.getHouseholds().add(household("4305821042010002", cadre, "王秀英", 222));
        return city;
    }

    static Household household(String number, Cadre cadre, String headName, int sequence) {
        Household h = F.createHousehold();
        h.setNumber(number);
        h.setAddress("斫曹乡长流村一组");
        h.setStatus(HouseholdStatus.LIFTED_OUT);
        h.setRegistered(true);
        h.setYearRegistered(2014);
        h.setYearLifted(2017);
        h.getCauses().add(PovertyCause.ILLNESS);
        h.getCauses().add(PovertyCause.LACK_OF_SKILLS);
        h.setCadre(cadre);
        Person head = F.createPerson();
        head.setName(headName);
        head.setIdNumber(IdNumbers.of("430521", LocalDate.of(1968, 4, 12), sequence));
        head.setRelation(Relation.HEAD);
        head.setEducation(Education.JUNIOR_SECONDARY);
        head.setHealth(Health.DISABLED);
        head.setDisabilityGrade(3);
        head.setLabourAbility(LabourAbility.PARTIAL);
        head.setMedicalInsurance(true);
        head.setPensionInsurance(true);
        h.getMembers().add(head);
        AnnualIncome income = F.createAnnualIncome();
        income.setYear(2019);
        income.setPerCapitaNetIncome(new BigDecimal("9876.50"));
        h.getIncomes().add(income);
        Assessment assessment = F.createAssessment();
        assessment.setDate(LocalDate.of(2020, 6, 30));
        assessment.setAssessor("刘敏");
        CheckResult result = F.createCheckResult();
        result.setCheck(Check.HOUSING_SAFETY);
        result.setPassed(true);
        result.setNote("2018 年危房改造");
        assessment.getResults().add(result);
        h.getAssessments().add(assessment);
        AssistanceMeasure measure = F.createAssistanceMeasure();
        measure.setKind("core.medical-aid");
        measure.setDate(LocalDate.of(2019, 3, 1));
        measure.setAmount(new BigDecimal("1200.00"));
        h.getAssistance().add(measure);
        return h;
    }

    /** Reads every containment list below {@code object}, depth first. */
    static void loadAll(Session session, EObject object) throws StoreException {
        for (EReference containment : object.eClass().getEAllContainments()) {
            for (EObject child : session.<EObject>children(object, containment)) {
                loadAll(session, child);
            }
        }
    }
}
