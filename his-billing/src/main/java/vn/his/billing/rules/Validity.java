package vn.his.billing.rules;

import java.time.LocalDate;
import java.util.Objects;

import vn.his.billing.BillingException;

/** The dates a rule row is in force: from {@code from} to {@code to} inclusive; an open end is {@code null}. */
public record Validity(LocalDate from, LocalDate to) {

    public Validity {
        Objects.requireNonNull(from, "from");
        if (to != null && to.isBefore(from)) {
            throw new BillingException("billing.rules.validityInverted", from.toString(), to.toString());
        }
    }

    public static Validity from(LocalDate from) {
        return new Validity(from, null);
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }

    public boolean overlaps(Validity other) {
        boolean thisEndsBefore = to != null && to.isBefore(other.from);
        boolean otherEndsBefore = other.to != null && other.to.isBefore(from);
        return !thisEndsBefore && !otherEndsBefore;
    }

    @Override
    public String toString() {
        return from + ".." + (to == null ? "" : to.toString());
    }
}
