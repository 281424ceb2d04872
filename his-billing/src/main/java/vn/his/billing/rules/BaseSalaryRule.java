package vn.his.billing.rules;

import java.math.BigDecimal;
import java.util.Objects;

/** Base salary (lương cơ sở) in force during {@code validity}, bhyt-rules §2.3. */
public record BaseSalaryRule(BigDecimal amount, Validity validity, String source) {
    public BaseSalaryRule {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(validity, "validity");
        Objects.requireNonNull(source, "source");
    }
}
