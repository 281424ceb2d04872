package vn.his.billing.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * The BHYT rules in force on a date. Every value that a decision can change is a dated row (tables
 * {@code billing_*}, migration V20261123_20); a lookup for a date no row covers is refused with a
 * {@link vn.his.billing.BillingException}, never answered with a default.
 */
public interface RuleBook {

    /** Base salary (lương cơ sở) on {@code date}, bhyt-rules §2.3. */
    BigDecimal baseSalary(LocalDate date);

    /**
     * Benefit of a card of group {@code groupCode} printed with {@code printedDigit}, on {@code date}, after the
     * dated overrides (bhyt-rules §1.2). Unknown group codes are refused (gateway error 051).
     */
    BenefitEntitlement benefit(String groupCode, int printedDigit, LocalDate date);

    /** Visit-object rows in force on {@code date}, in table order (rank). */
    List<VisitObjectRule> visitObjects(LocalDate date);

    /** Multiple of the base salary for {@code kind} on {@code date}. */
    BigDecimal thresholdMultiple(ThresholdKind kind, LocalDate date);

    /** The threshold in đồng: multiple × base salary on {@code date}, rounded HALF_UP to 2 decimals. */
    default BigDecimal thresholdAmount(ThresholdKind kind, LocalDate date) {
        return thresholdMultiple(kind, date).multiply(baseSalary(date)).setScale(2, RoundingMode.HALF_UP);
    }

    /** TYLE_TT_DV for the {@code ordinal}-th service of {@code kind} on {@code date}. */
    BigDecimal servicePercent(ServiceRateKind kind, int ordinal, LocalDate date);

    /** Whether a facility of these attributes pays 100% of in-scope cost whatever the card on {@code date}. */
    boolean fullBenefitAt(CareLevel careLevel, FormerRoute formerRoute, LocalDate date);
}
