package xiaokang.industry;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EClass;

import xiaokang.industry.model.LinkMode;

/**
 * One benefit link as a list shows it: the household and what it is tied to.
 *
 * @param partnerType the class of what the household is tied to (a cooperative, an enterprise, a base)
 * @param people the members who gain, or null when not known
 * @param incomeGain the gain per person in the year, or null while it is not counted
 */
public record LinkRow(long id, int year, LinkMode mode, EClass partnerType, long partnerId, String partner,
        long householdId, String householdNumber, String head, String place, Integer people, BigDecimal incomeGain) {
}
