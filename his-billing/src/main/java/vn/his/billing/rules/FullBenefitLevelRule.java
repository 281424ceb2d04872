package vn.his.billing.rules;

import java.util.Objects;

/**
 * A facility level where every in-scope cost is paid at 100% whatever the card level (the commune level of the
 * 2014 text of Luật BHYT art. 22 §1(c)). Either attribute may be {@code null} (= any); not both.
 */
public record FullBenefitLevelRule(CareLevel careLevel, FormerRoute formerRoute, Validity validity, String source) {
    public FullBenefitLevelRule {
        Objects.requireNonNull(validity, "validity");
        Objects.requireNonNull(source, "source");
        if (careLevel == null && formerRoute == null) {
            throw new IllegalArgumentException("careLevel or formerRoute is required");
        }
    }

    public boolean matches(CareLevel facilityCareLevel, FormerRoute facilityFormerRoute) {
        return (careLevel == null || careLevel == facilityCareLevel)
                && (formerRoute == null || formerRoute == facilityFormerRoute);
    }
}
