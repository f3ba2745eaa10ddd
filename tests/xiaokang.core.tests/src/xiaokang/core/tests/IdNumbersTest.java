package xiaokang.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import xiaokang.core.IdNumbers;
import xiaokang.core.IdNumbers.Problem;
import xiaokang.core.model.Gender;

class IdNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = { "11010519491231002X", "430521198502143112", "430521201003154022" })
    void acceptsValidNumbers(String id) {
        assertEquals(Optional.empty(), IdNumbers.problem(id));
    }

    @ParameterizedTest
    @CsvSource({ "110105194912310021, CHECK_DIGIT", "430521198502143117, CHECK_DIGIT",
            "11010519491231002, LENGTH", "1101051949123100211, LENGTH", "11010519491331002X, BIRTH_DATE",
            "11010518990101002X, BIRTH_DATE", "1101051949123100AX, CHARACTERS", "11010519491231002x, CHARACTERS",
            "１10105194912310021, CHARACTERS" })
    void namesTheProblem(String id, Problem expected) {
        assertEquals(Optional.of(expected), IdNumbers.problem(id));
    }

    @Test
    void nullAndEmptyAreTooShort() {
        assertEquals(Optional.of(Problem.LENGTH), IdNumbers.problem(null));
        assertEquals(Optional.of(Problem.LENGTH), IdNumbers.problem(""));
    }

    @Test
    void derivesBirthDateAndGender() {
        assertEquals(LocalDate.of(1949, 12, 31), IdNumbers.birthDate("11010519491231002X"));
        assertEquals(Gender.FEMALE, IdNumbers.gender("11010519491231002X"));
        assertEquals(Gender.MALE, IdNumbers.gender("430521198502143112"));
        assertNull(IdNumbers.birthDate("4305211985"));
        assertNull(IdNumbers.gender(null));
    }

    @Test
    void buildsValidNumbers() {
        String id = IdNumbers.of("430521", LocalDate.of(2012, 2, 29), 385);

        assertTrue(IdNumbers.isValid(id), id);
        assertEquals(LocalDate.of(2012, 2, 29), IdNumbers.birthDate(id));
        assertEquals(Gender.MALE, IdNumbers.gender(id));
    }
}
