package vn.his.billing;

import vn.his.core.common.DomainException;

/**
 * A billing rule refused an input: an invalid card, a line that cannot be priced, rule data that is missing
 * or contradictory. The message key resolves in {@code i18n/billing} (Vietnamese by default, English second).
 */
public class BillingException extends DomainException {

    public BillingException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    /** Same, keeping the technical cause (for example an SQL error while loading rules). */
    public static BillingException withCause(Throwable cause, String messageKey, Object... arguments) {
        BillingException exception = new BillingException(messageKey, arguments);
        exception.initCause(cause);
        return exception;
    }
}
