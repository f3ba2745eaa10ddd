package xiaokang.core;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

import xiaokang.core.model.Gender;

/**
 * Resident ID numbers (公民身份号码) by GB 11643-1999: six digits of area, eight of birth date,
 * three of sequence (odd for men, even for women) and an ISO 7064 MOD 11-2 check character.
 */
public final class IdNumbers {

    private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    private static final String CHECK_CHARACTERS = "10X98765432"; //$NON-NLS-1$

    /** What is wrong with an ID number. */
    public enum Problem {
        LENGTH, CHARACTERS, BIRTH_DATE, CHECK_DIGIT
    }

    private IdNumbers() {
    }

    /** The check character for the first 17 digits. */
    public static char checkCharacter(CharSequence first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    /** Empty when the number is valid, otherwise the first problem found. */
    public static Optional<Problem> problem(String id) {
        if (id == null || id.length() != 18) {
            return Optional.of(Problem.LENGTH);
        }
        for (int i = 0; i < 17; i++) {
            if (!Character.isDigit(id.charAt(i)) || id.charAt(i) > '9') {
                return Optional.of(Problem.CHARACTERS);
            }
        }
        char last = id.charAt(17);
        if (!(last >= '0' && last <= '9') && last != 'X') {
            return Optional.of(Problem.CHARACTERS);
        }
        if (parseBirthDate(id) == null) {
            return Optional.of(Problem.BIRTH_DATE);
        }
        return checkCharacter(id) == last ? Optional.empty() : Optional.of(Problem.CHECK_DIGIT);
    }

    public static boolean isValid(String id) {
        return problem(id).isEmpty();
    }

    /** The birth date written in a well-formed number, or {@code null}. */
    public static LocalDate birthDate(String id) {
        return id != null && id.length() == 18 ? parseBirthDate(id) : null;
    }

    /** The gender written in a well-formed number (odd 17th digit: male), or {@code null}. */
    public static Gender gender(String id) {
        if (id == null || id.length() != 18 || !Character.isDigit(id.charAt(16))) {
            return null;
        }
        return (id.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }

    /** Builds a valid number from area, birth date and a sequence of 0-999 (odd: male). */
    public static String of(String area, LocalDate birth, int sequence) {
        String first17 = String.format("%s%04d%02d%02d%03d", area, birth.getYear(), birth.getMonthValue(), //$NON-NLS-1$
                birth.getDayOfMonth(), sequence);
        return first17 + checkCharacter(first17);
    }

    private static LocalDate parseBirthDate(String id) {
        try {
            int year = Integer.parseInt(id, 6, 10, 10);
            int month = Integer.parseInt(id, 10, 12, 10);
            int day = Integer.parseInt(id, 12, 14, 10);
            return year < 1900 ? null : LocalDate.of(year, month, day);
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }
}
