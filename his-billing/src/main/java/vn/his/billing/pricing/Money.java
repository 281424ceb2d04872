package vn.his.billing.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Rounding of QĐ 4750: quantities and unit prices HALF_UP to 3 decimals, amounts HALF_UP to 2 decimals
 * ("làm tròn số đến 2 chữ số thập phân"; half-up is the usual reading [I: bhyt-rules §9 step 8]).
 */
final class Money {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private Money() {
    }

    static BigDecimal quantity(BigDecimal value) {
        return value.setScale(3, RoundingMode.HALF_UP);
    }

    static BigDecimal unitPrice(BigDecimal value) {
        return value.setScale(3, RoundingMode.HALF_UP);
    }

    static BigDecimal amount(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    /** {@code amount × percent / 100}, rounded to 2 decimals; the division by 100 is exact (a decimal shift). */
    static BigDecimal percentOf(BigDecimal amount, BigDecimal percent) {
        return amount(amount.multiply(percent).movePointLeft(2));
    }

    /**
     * MUC_HUONG as written: trailing zeros stripped, at most 4 characters (QĐ 1931/QĐ-BYT 2026 [S]); a longer
     * product is rounded HALF_UP to the decimals that fit.
     */
    static BigDecimal benefitPercent(BigDecimal value) {
        BigDecimal stripped = plain(value);
        for (int scale = Math.max(stripped.scale(), 0); stripped.toPlainString().length() > 4 && scale > 0; scale--) {
            stripped = plain(value.setScale(scale - 1, RoundingMode.HALF_UP));
        }
        return stripped;
    }

    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
