package vn.his.billing.rules;

import java.math.BigDecimal;
import java.util.Objects;

/** A threshold as a multiple of the base salary in force on the date it is evaluated. */
public record ThresholdRule(ThresholdKind kind, BigDecimal multiple, Validity validity, String source) {
    public ThresholdRule {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(multiple, "multiple");
        Objects.requireNonNull(validity, "validity");
        Objects.requireNonNull(source, "source");
    }
}
