package vn.his.billing.pricing;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The money of one line (QĐ 4750 Bảng 2/3). Invariant, checked on construction:
 * THANH_TIEN_BV = T_BHTT + T_BNCCT + T_BNTT + T_NGUONKHAC, every amount ≥ 0 with 2 decimals.
 */
public record LineAmounts(BigDecimal thanhTienBv, BigDecimal thanhTienBh, BigDecimal tBhtt, BigDecimal tBncct,
                          BigDecimal tBntt, OtherSources nguonKhac) {

    public LineAmounts {
        Objects.requireNonNull(nguonKhac, "nguonKhac");
        for (BigDecimal amount : new BigDecimal[] {thanhTienBv, thanhTienBh, tBhtt, tBncct, tBntt}) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() < 0 || amount.scale() != 2) {
                throw new IllegalStateException("line amount must be >= 0 with 2 decimals: " + amount);
            }
        }
        if (nguonKhac.anyNegative()) {
            throw new IllegalStateException("other sources must be >= 0: " + nguonKhac);
        }
        BigDecimal parts = tBhtt.add(tBncct).add(tBntt).add(nguonKhac.total());
        if (parts.compareTo(thanhTienBv) != 0) {
            throw new IllegalStateException("THANH_TIEN_BV " + thanhTienBv + " != parts " + parts);
        }
    }

    /** T_NGUONKHAC. */
    public BigDecimal tNguonKhac() {
        return nguonKhac.total();
    }
}
