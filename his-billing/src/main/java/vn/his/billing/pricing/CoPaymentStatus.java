package vn.his.billing.pricing;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import vn.his.billing.BillingException;

/**
 * The patient's co-payment position for the five-year exemption (Luật BHYT art. 22 §1(đ)).
 *
 * @param exemptFrom          NGAY_MIEN_CCT from a BHXH certificate (start of that day for a date), or
 *                            {@code null}; exempts lines of the same calendar year ordered at or after it
 * @param accumulatedThisYear co-payments already made in the calendar year of the encounter date, before this
 *                            encounter, or {@code null} when unknown (then no crossing is computed)
 */
public record CoPaymentStatus(LocalDateTime exemptFrom, BigDecimal accumulatedThisYear) {

    public static final CoPaymentStatus NONE = new CoPaymentStatus(null, null);

    public CoPaymentStatus {
        if (accumulatedThisYear != null && accumulatedThisYear.signum() < 0) {
            throw new BillingException("billing.coPayment.accumulatedNegative", accumulatedThisYear);
        }
    }
}
