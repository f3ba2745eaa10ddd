package xiaokang.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import xiaokang.cli.Arguments;
import xiaokang.cli.UsageException;

class ArgumentsTest {

    private static Arguments parse(String... words) throws UsageException {
        return Arguments.parse(List.of(words), Set.of("--scale", "--db"), Set.of("--replace"));
    }

    @Test
    void readsValuesFlagsAndPositionalWords() throws UsageException {
        Arguments arguments = parse("city-overview", "--scale", "10", "--replace");

        assertEquals(10, arguments.intValue("--scale", 1, 1, 100));
        assertEquals("默认", arguments.value("--db", "默认"));
        assertTrue(arguments.flag("--replace"));
        assertEquals(List.of("city-overview"), arguments.positional());
    }

    @Test
    void namesWhatIsWrong() {
        assertTrue(assertThrows(UsageException.class, () -> parse("--format")).getMessage().contains("--format"));
        assertTrue(assertThrows(UsageException.class, () -> parse("--db")).getMessage().contains("--db"));
        UsageException range = assertThrows(UsageException.class, () -> parse("--scale", "1000").intValue("--scale", 1, 1, 100));
        assertTrue(range.getMessage().contains("1000") && range.getMessage().contains("100"), range.getMessage());
    }
}
