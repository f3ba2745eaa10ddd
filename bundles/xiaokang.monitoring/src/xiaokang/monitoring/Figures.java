package xiaokang.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Amounts and shares as the messages print them. */
final class Figures {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Figures() {
    }

    /** Yuan with grouping and at most two decimals: 5,800 or 5,800.5. */
    static String yuan(BigDecimal amount) {
        return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount); //$NON-NLS-1$
    }

    /** A share in per cent with at most one decimal. */
    static String percent(BigDecimal share) {
        return new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(share); //$NON-NLS-1$
    }

    /** {@code value} raised by {@code percent} per cent, to the fen. */
    static BigDecimal plusPercent(BigDecimal value, BigDecimal percent) {
        return value.multiply(HUNDRED.add(percent)).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }

    /** {@code percent} per cent of {@code value}, to the fen. */
    static BigDecimal share(BigDecimal value, BigDecimal percent) {
        return value.multiply(percent).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }

    /** How far {@code now} fell below {@code before}, per cent of {@code before}, to 0.1 %. */
    static BigDecimal fall(BigDecimal before, BigDecimal now) {
        return before.subtract(now).multiply(HUNDRED).divide(before, 1, RoundingMode.HALF_UP);
    }
}
