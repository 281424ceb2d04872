package vn.his.billing.rules;

import java.math.BigDecimal;

/**
 * The benefit a card carries on a date: the printed digit, the digit after a dated override (CN 3→2 and LH 4→2
 * from 01/01/2026), its percentage and flags, and whether the group code is listed with that digit.
 *
 * @param groupMatchesDigit {@code false} when the group code table does not list this group with the
 *                          effective digit on that date (a person in several groups may legitimately carry
 *                          the digit of another group, Luật BHYT art. 22 §2, so this is a warning, not a refusal)
 */
public record BenefitEntitlement(
        String groupCode,
        int printedDigit,
        int effectiveDigit,
        BigDecimal percent,
        boolean ratioLimitsApply,
        boolean paysOutOfScope,
        boolean overrideApplied,
        boolean groupMatchesDigit,
        String source) {
}
