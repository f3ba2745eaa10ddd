package xiaokang.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;

import xiaokang.core.IdNumbers;
import xiaokang.core.RuleDescriptor;
import xiaokang.core.Rules;
import xiaokang.core.Severity;
import xiaokang.core.Validator;
import xiaokang.core.Violation;
import xiaokang.core.model.Assessment;
import xiaokang.core.model.Check;
import xiaokang.core.model.CheckResult;
import xiaokang.core.model.CoreFactory;
import xiaokang.core.model.CorePackage;
import xiaokang.core.model.Household;
import xiaokang.core.model.Person;
import xiaokang.core.model.Relation;

/** Each core rule, read from the real extension registry, on households built in memory. */
class RulesTest {

    private static final LocalDate TODAY = LocalDate.of(2020, 9, 1);
    private static final CoreFactory F = CoreFactory.eINSTANCE;

    private final List<RuleDescriptor> rules = Rules.read(Platform.getExtensionRegistry());
    private final Validator validator = new Validator(rules, TODAY);

    static Person person(String name, LocalDate birth, int sequence) {
        Person p = F.createPerson();
        p.setName(name);
        p.setIdNumber(IdNumbers.of("430521", birth, sequence));
        p.setRelation(Relation.HEAD);
        p.setMedicalInsurance(true);
        return p;
    }

    static Household household(Person... members) {
        Household h = F.createHousehold();
        h.setNumber("4305210001");
        h.getMembers().addAll(List.of(members));
        return h;
    }

    private List<Violation> violations(Household h, String ruleId) {
        return validator.validateTree(h).stream().filter(v -> v.ruleId().equals(ruleId)).toList();
    }

    @Test
    void coreRulesAreRegisteredWithChineseMessagesAndPolicies() {
        List<String> ids = rules.stream().map(RuleDescriptor::id).toList();

        assertTrue(ids.containsAll(List.of("core.id-number", "core.compulsory-education", "core.basic-medical",
                "core.food", "core.clothing", "core.housing", "core.drinking-water")), ids::toString);
        RuleDescriptor medical = rules.stream().filter(r -> r.id().equals("core.basic-medical")).findFirst().orElseThrow();
        assertEquals("{0} 未参加基本医疗保险", medical.message());
        assertTrue(medical.policy().startsWith("三保障"), medical.policy());
        assertEquals(Severity.ERROR, medical.severity());
    }

    @Test
    void aHealthyInsuredHouseholdHasNoViolation() {
        assertEquals(List.of(), validator.validateTree(household(person("李建国", LocalDate.of(1970, 5, 1), 111))));
    }

    @Test
    void invalidIdNumberIsAnErrorOnTheField() {
        Person p = person("王秀英", LocalDate.of(1965, 3, 8), 222);
        p.setIdNumber(p.getIdNumber().substring(0, 17) + (p.getIdNumber().charAt(17) == '1' ? '2' : '1'));

        List<Violation> found = violations(household(p), "core.id-number");

        assertEquals(1, found.size());
        assertEquals(CorePackage.Literals.PERSON__ID_NUMBER, found.get(0).feature());
        assertTrue(found.get(0).message().contains("校验码不符"), found.get(0).message());
    }

    @Test
    void childOfSchoolAgeOutOfSchoolFailsCompulsoryEducation() {
        Person child = person("李小明", LocalDate.of(2008, 3, 1), 333);
        Person exempt = person("李小红", LocalDate.of(2010, 3, 1), 444);
        exempt.setSchoolExempt(true);
        Person toddler = person("李小宝", LocalDate.of(2016, 3, 1), 555);

        List<Violation> found = violations(household(child, exempt, toddler), "core.compulsory-education");

        assertEquals(1, found.size());
        assertEquals(child, found.get(0).target());
        assertEquals("李小明（12 岁）处于义务教育年龄，既未在校也未办理免修", found.get(0).message());
        child.setInSchool(true);
        assertEquals(List.of(), violations(household(child), "core.compulsory-education"));
    }

    @Test
    void memberWithoutMedicalInsuranceFailsBasicMedical() {
        Person p = person("赵德胜", LocalDate.of(1958, 1, 1), 666);
        p.setMedicalInsurance(false);

        List<Violation> found = violations(household(p), "core.basic-medical");

        assertEquals(1, found.size());
        assertEquals(CorePackage.Literals.PERSON__MEDICAL_INSURANCE, found.get(0).feature());
    }

    @Test
    void latestAssessmentDecidesTheAssessedChecks() {
        Household h = household(person("刘桂兰", LocalDate.of(1950, 1, 1), 888));
        h.getAssessments().add(assessment(LocalDate.of(2019, 6, 1), Check.HOUSING_SAFETY, false, "C 级危房"));
        h.getAssessments().add(assessment(LocalDate.of(2020, 6, 1), Check.DRINKING_WATER, false, "水源水质不达标"));

        assertEquals(1, violations(h, "core.housing").size());
        assertTrue(violations(h, "core.drinking-water").get(0).message().contains("水源水质不达标"));

        h.getAssessments().add(assessment(LocalDate.of(2020, 8, 1), Check.HOUSING_SAFETY, true, "已改造"));
        assertEquals(List.of(), violations(h, "core.housing"));
        assertEquals(List.of(), violations(h, "core.food"));
    }

    static Assessment assessment(LocalDate date, Check check, boolean passed, String note) {
        Assessment a = F.createAssessment();
        a.setDate(date);
        CheckResult r = F.createCheckResult();
        r.setCheck(check);
        r.setPassed(passed);
        r.setNote(note);
        a.getResults().add(r);
        return a;
    }
}
