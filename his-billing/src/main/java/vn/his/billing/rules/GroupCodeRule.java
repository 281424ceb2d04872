package vn.his.billing.rules;

import java.util.Objects;

/** A beneficiary group code (card characters 1-2) and the benefit digit it carries during {@code validity}. */
public record GroupCodeRule(String groupCode, int digit, Validity validity, String source) {
    public GroupCodeRule {
        Objects.requireNonNull(groupCode, "groupCode");
        Objects.requireNonNull(validity, "validity");
        Objects.requireNonNull(source, "source");
    }
}
