package xiaokang.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import xiaokang.core.SixChecks;
import xiaokang.core.SixChecks.Outcome;
import xiaokang.core.model.Check;
import xiaokang.core.model.Household;
import xiaokang.core.model.Person;

class SixChecksTest {

    private static final LocalDate TODAY = LocalDate.of(2020, 9, 1);

    @Test
    void factsDecideEducationAndMedicalAndAssessmentsTheRest() {
        Person child = RulesTest.person("周小军", LocalDate.of(2011, 1, 1), 121);
        Household h = RulesTest.household(RulesTest.person("周大山", LocalDate.of(1980, 1, 1), 131), child);
        h.getAssessments().add(RulesTest.assessment(LocalDate.of(2020, 5, 1), Check.FOOD, true, null));
        h.getAssessments().add(RulesTest.assessment(LocalDate.of(2020, 5, 1), Check.COMPULSORY_EDUCATION, true, null));

        Map<Check, Outcome> outcomes = SixChecks.evaluate(h, TODAY);

        assertEquals(Outcome.PASS, outcomes.get(Check.FOOD));
        assertEquals(Outcome.UNKNOWN, outcomes.get(Check.CLOTHING));
        assertEquals(Outcome.FAIL, outcomes.get(Check.COMPULSORY_EDUCATION), "a fact outweighs an assessment");
        assertEquals(Outcome.PASS, outcomes.get(Check.BASIC_MEDICAL));
    }

    @Test
    void ageComesFromTheIdNumber() {
        assertEquals(9, SixChecks.age(RulesTest.person("周小军", LocalDate.of(2011, 1, 1), 121), TODAY));
        assertEquals(8, SixChecks.age(RulesTest.person("周小军", LocalDate.of(2011, 9, 2), 121), TODAY));
    }
}
