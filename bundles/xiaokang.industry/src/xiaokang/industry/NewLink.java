package xiaokang.industry;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EClass;

import xiaokang.industry.model.LinkMode;

/**
 * A benefit link to add: the household by its number, what it is tied to (a cooperative, an
 * enterprise or a base, by class and stored id), how, in which year, and its gain if counted.
 */
public record NewLink(String householdNumber, EClass partnerType, long partnerId, LinkMode mode, int year, int people,
        BigDecimal incomeGain) {
}
