package vn.his.billing.settlement;

/** How the patient paid their share (co-payment and self-pay) of a settled encounter. */
public enum PaymentMethod {
    CASH,
    TRANSFER
}
