package vn.his.billing.rules;

import java.math.BigDecimal;
import java.util.Objects;

/** TYLE_TT_DV for ordinals {@code ordinalFrom..ordinalTo} (open end {@code null}) of a {@link ServiceRateKind}. */
public record ServiceRateRule(ServiceRateKind kind, int ordinalFrom, Integer ordinalTo, BigDecimal percent,
                              Validity validity, String source) {
    public ServiceRateRule {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(percent, "percent");
        Objects.requireNonNull(validity, "validity");
        Objects.requireNonNull(source, "source");
    }

    public boolean coversOrdinal(int ordinal) {
        return ordinal >= ordinalFrom && (ordinalTo == null || ordinal <= ordinalTo);
    }

    boolean ordinalsOverlap(ServiceRateRule other) {
        boolean thisEndsBefore = ordinalTo != null && ordinalTo < other.ordinalFrom;
        boolean otherEndsBefore = other.ordinalTo != null && other.ordinalTo < ordinalFrom;
        return !thisEndsBefore && !otherEndsBefore;
    }
}
