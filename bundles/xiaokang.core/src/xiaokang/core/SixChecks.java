package xiaokang.core;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import xiaokang.core.model.Assessment;
import xiaokang.core.model.Check;
import xiaokang.core.model.CheckResult;
import xiaokang.core.model.Household;
import xiaokang.core.model.Person;

/**
 * The six checks (两不愁三保障 + 饮水安全) of a household. Compulsory education and basic medical
 * care follow from the members' facts; the others from the latest assessment.
 */
public final class SixChecks {

    /** The state of one check. UNKNOWN: no fact and no assessment says. */
    public enum Outcome {
        PASS, FAIL, UNKNOWN
    }

    private static final int SCHOOL_AGE_FROM = 6;
    private static final int SCHOOL_AGE_TO = 15;

    private SixChecks() {
    }

    /** Age in whole years on {@code day}, or -1 when the ID number gives no birth date. */
    public static int age(Person person, LocalDate day) {
        LocalDate birth = person.getBirthDate();
        return birth == null || birth.isAfter(day) ? -1 : Period.between(birth, day).getYears();
    }

    /** A child of compulsory-school age (6-15) who is neither in school nor exempted. */
    public static boolean missesCompulsoryEducation(Person person, LocalDate day) {
        int age = age(person, day);
        return age >= SCHOOL_AGE_FROM && age <= SCHOOL_AGE_TO && !person.isInSchool() && !person.isSchoolExempt();
    }

    /** Without basic medical insurance, medical care is not guaranteed. */
    public static boolean lacksBasicMedical(Person person) {
        return !person.isMedicalInsurance();
    }

    /** The result for {@code check} in the household's most recent assessment that records it. */
    public static Optional<CheckResult> latestResult(Household household, Check check) {
        return household.getAssessments().stream()
                .sorted(Comparator.comparing(Assessment::getDate, Comparator.nullsFirst(Comparator.naturalOrder())).reversed())
                .flatMap(a -> a.getResults().stream().filter(r -> r.getCheck() == check).limit(1))
                .findFirst();
    }

    /** Every check's outcome on {@code day}: a failing fact outweighs a passing assessment. */
    public static Map<Check, Outcome> evaluate(Household household, LocalDate day) {
        Map<Check, Outcome> outcomes = new EnumMap<>(Check.class);
        for (Check check : Check.VALUES) {
            outcomes.put(check, latestResult(household, check)
                    .map(r -> r.isPassed() ? Outcome.PASS : Outcome.FAIL).orElse(Outcome.UNKNOWN));
        }
        if (!household.getMembers().isEmpty()) {
            boolean educationFails = household.getMembers().stream().anyMatch(p -> missesCompulsoryEducation(p, day));
            boolean medicalFails = household.getMembers().stream().anyMatch(SixChecks::lacksBasicMedical);
            outcomes.put(Check.COMPULSORY_EDUCATION, educationFails ? Outcome.FAIL : Outcome.PASS);
            outcomes.put(Check.BASIC_MEDICAL, medicalFails ? Outcome.FAIL : Outcome.PASS);
        }
        return outcomes;
    }
}
