package xiaokang.monitoring;

import java.math.BigDecimal;

import xiaokang.monitoring.model.WarningKind;

/**
 * What a warning rule found about a household.
 *
 * @param figure the household's figure that crossed the threshold (null for the six checks and the departments' lists)
 * @param threshold the threshold it crossed
 * @param reason why, with the figures, in the user's language
 */
public record RaisedWarning(WarningKind kind, BigDecimal figure, BigDecimal threshold, String reason) {
}
