package xiaokang.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import xiaokang.exchange.Cells;
import xiaokang.store.Masking;

/** Cells as Chinese desks write them. */
class CellsTest {

    @Test
    void fullWidthBecomesHalfWidthAndSpacesGo() {
        assertEquals("430521ABC", Cells.normalize("\u3000４３０５２１ＡＢＣ "));
        assertEquals("邵东市大塘村合作社（2）", Cells.normalize("邵东市大塘村合作社（2） "), "a name's full-width signs stay as written");
        assertEquals(Cells.headerKey("县(市、区)"), Cells.headerKey("县（市、 区）"), "headers match whichever width their signs are");
        assertEquals("户编号", Cells.headerKey(" 户 编 号 "));
        assertEquals("43052119800101123X", Cells.idNumber("43052119800101123x"));
    }

    @Test
    void datesInEveryFormTheSheetsUse() {
        LocalDate day = LocalDate.of(1972, 1, 4);
        for (String text : new String[] { "1972-01-04", "1972/1/4", "1972.1.4", "1972年1月4日", "19720104", "１９７２－０１－０４" }) {
            assertEquals(day, Cells.date(text), text);
        }
        assertThrows(IllegalArgumentException.class, () -> Cells.date("1972-02-30"));
        assertThrows(IllegalArgumentException.class, () -> Cells.date("去年"));
    }

    @Test
    void numbersAndYearsStoredAsText() {
        assertEquals(new BigDecimal("12345.60"), Cells.number("12,345.60"));
        assertEquals(new BigDecimal("8000"), Cells.number("8000元"));
        assertEquals(2019, Cells.year("2019年"));
        assertEquals(2019, Cells.year("2019.0"));
        assertThrows(IllegalArgumentException.class, () -> Cells.year("2019.5"));
        assertThrows(IllegalArgumentException.class, () -> Cells.number("一万"));
    }

    @Test
    void masking() {
        assertEquals("430521********1234", Masking.idNumber("430521198001011234"));
        assertEquals("138****5678", Masking.phone("13812345678"));
    }
}
