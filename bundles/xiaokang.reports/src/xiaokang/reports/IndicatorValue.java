package xiaokang.reports;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** One stored value of an indicator for one place, from the run at {@code computedAt} on data version {@code dataVersion}. */
public record IndicatorValue(String indicator, String name, String unit, int decimals, IndicatorLevel level, Long placeId,
        BigDecimal value, LocalDateTime computedAt, long dataVersion) {
}
