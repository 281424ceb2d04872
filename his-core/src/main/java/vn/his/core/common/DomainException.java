package vn.his.core.common;

import java.util.Arrays;
import java.util.Locale;

import vn.his.core.i18n.Messages;

/**
 * A rule of the domain refused an input or a transition. Carries a message key (resolved from the
 * module bundles, Vietnamese by default) and its arguments, so every edge (UI, problem+json, FHIR
 * OperationOutcome) can show the same explanation in the user's language. Subclasses name the rule.
 */
public class DomainException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public DomainException(String messageKey, Object... arguments) {
        super(Messages.vi(messageKey, arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** The explanation in {@code locale}. */
    public String localizedMessage(Locale locale) {
        return Messages.get(locale, messageKey, arguments);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + messageKey + " " + Arrays.toString(arguments) + "]: " + getMessage();
    }
}
