package vn.his.billing.settlement;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The patient's payment of a settled encounter.
 *
 * @param method    cash or transfer
 * @param paidAt    the payment time, exported as XML1 NGAY_TTOAN (QĐ 4750 Bảng 1), Asia/Ho_Chi_Minh
 * @param amount    the amount the patient paid (T_BNCCT + T_BNTT of the settled version), 2 decimals
 * @param reference the transfer reference or receipt number, may be {@code null}
 */
public record Payment(PaymentMethod method, LocalDateTime paidAt, BigDecimal amount, String reference) {

    public Payment {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(paidAt, "paidAt");
        Objects.requireNonNull(amount, "amount");
    }
}
