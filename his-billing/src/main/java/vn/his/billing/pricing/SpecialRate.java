package vn.his.billing.pricing;

import java.util.Objects;

import vn.his.billing.rules.ServiceRateKind;

/** Asks the rule book for TYLE_TT_DV: the {@code ordinal}-th exam of the day, n patients per bed, ... */
public record SpecialRate(ServiceRateKind kind, int ordinal) {
    public SpecialRate {
        Objects.requireNonNull(kind, "kind");
    }
}
