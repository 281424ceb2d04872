package vn.his.billing.rules;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a benefit digit (3rd character of the card code) is worth: the percentage, whether payment ratios
 * TYLE_TT_BH apply (not for digit 1) and whether out-of-scope costs are paid (digit 5).
 */
public record BenefitLevelRule(int digit, BigDecimal percent, boolean ratioLimitsApply, boolean paysOutOfScope,
                               Validity validity, String source) {
    public BenefitLevelRule {
        Objects.requireNonNull(percent, "percent");
        Objects.requireNonNull(validity, "validity");
        Objects.requireNonNull(source, "source");
    }
}
