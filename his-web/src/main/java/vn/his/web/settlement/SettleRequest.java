package vn.his.web.settlement;

import java.time.LocalDateTime;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.his.billing.settlement.PaymentMethod;

/**
 * Settling an encounter: an optional visit object chosen by the clerk with the reason, and the payment of the
 * patient's share when paid at discharge (absent: discharged unpaid, "ra viện chưa thanh toán").
 */
public record SettleRequest(@Valid OverrideRequest override, @Valid PaymentRequest payment) {

    /** A visit-object code (MA_DOITUONG_KCB) chosen by the clerk, and why. */
    public record OverrideRequest(@NotBlank @Size(max = 10) String visitObject,
                                  @NotBlank @Size(max = 1000) String reason) {
    }

    /**
     * The payment: cash or transfer, NGAY_TTOAN (now when absent) and the receipt or transfer reference (required for
     * a transfer). The amount is the patient's share of the version (T_BNCCT + T_BNTT), never typed.
     */
    public record PaymentRequest(@NotNull PaymentMethod method, LocalDateTime paidAt,
                                 @Size(max = 100) String reference) {
    }

    /** Opening a correction of a settled encounter. */
    public record CorrectionRequest(@NotBlank @Size(max = 1000) String reason) {
    }
}
