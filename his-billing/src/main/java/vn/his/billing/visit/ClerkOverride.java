package vn.his.billing.visit;

import vn.his.billing.BillingException;

/** A visit-object code chosen by a clerk, with the reason; it wins over the automatic choice. */
public record ClerkOverride(String code, String reason) {

    public ClerkOverride {
        if (code == null || code.isBlank()) {
            throw new BillingException("billing.visit.overrideCodeMissing");
        }
        if (reason == null || reason.isBlank()) {
            throw new BillingException("billing.visit.overrideReasonMissing", code);
        }
        code = code.trim();
        reason = reason.trim();
    }
}
