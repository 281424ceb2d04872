package vn.his.billing.rules;

import java.util.Objects;

/** A card printed with {@code printedDigit} for {@code groupCode} is read as {@code effectiveDigit} (CN 3→2...). */
public record BenefitOverrideRule(String groupCode, int printedDigit, int effectiveDigit, Validity validity,
                                  String source) {
    public BenefitOverrideRule {
        Objects.requireNonNull(groupCode, "groupCode");
        Objects.requireNonNull(validity, "validity");
        Objects.requireNonNull(source, "source");
    }
}
