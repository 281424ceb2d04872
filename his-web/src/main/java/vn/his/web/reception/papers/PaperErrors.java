package vn.his.web.reception.papers;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.ConstraintViolation;

import vn.his.core.common.DomainException;
import vn.his.core.i18n.Messages;
import vn.his.web.api.InvalidRequestException;

/**
 * The refusals of one discharge-paper form, each next to its field: the typed values that do not parse, the bean
 * validation of the API request (the same constraints as {@code POST /api/v1/encounters/{id}/...}) and the refusals of
 * the service and the core (their message key says the field, or the XML element for the paper field checks). A
 * refusal about the paper as a whole (already settled, not a transfer) has no field and shows above the form.
 */
public final class PaperErrors {

    /** Refusals of the core's paper rules that concern one field of the forms. */
    private static final Map<String, String> FIELD_OF_RULE = Map.ofEntries(
            Map.entry("encounter.summary.issuedBeforeEnd", "issuedOn"),
            Map.entry("encounter.summary.stillbirthIncomplete", "childBirthDate"),
            Map.entry("encounter.summary.childrenDeadInvalid", "childrenDead"),
            Map.entry("encounter.summary.childDeathBeforeBirth", "childDeathDate"),
            Map.entry("encounter.summary.childDeathAfterPaper", "childDeathDate"),
            Map.entry("encounter.referral.reasonInvalid", "reasonCode"),
            Map.entry("encounter.referral.reasonDoesNotFit", "reasonCode"),
            Map.entry("encounter.referral.escortNameRequired", "escortName"),
            Map.entry("encounter.revisit.beforeDischarge", "appointmentTime"),
            Map.entry("encounter.revisit.issuedBeforeArrival", "issuedOn"));

    /** Core checks whose first argument is the XML element of the field ({@code PaperFields}). */
    private static final String PAPER_FIELD_PREFIX = "encounter.paper.";

    private final Locale locale;
    private final Map<String, String> fields = new LinkedHashMap<>();
    private String general;

    public PaperErrors(Locale locale) {
        this.locale = locale;
    }

    /** A typed value that could not be read (a date, a number), with the screen's message for it. */
    public void unreadable(String field, String messageKey) {
        fields.putIfAbsent(field, Messages.get(locale, messageKey));
    }

    /** The bean-validation violations of the request, worded as the API words them. */
    public void violations(Collection<? extends ConstraintViolation<?>> violations) {
        for (ConstraintViolation<?> v : violations) {
            String field = v.getPropertyPath().toString();
            String constraint = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
            boolean missing = constraint.equals("NotBlank") || constraint.equals("NotNull")
                    || constraint.equals("NotEmpty");
            fields.putIfAbsent(field, missing ? Messages.get(locale, "problem.field.required")
                    : Messages.get(locale, "problem.field.invalid", String.valueOf(v.getInvalidValue())));
        }
    }

    /**
     * A refusal of the service or the core, put next to its field: {@code elements} maps the XML elements of this
     * paper (QT_BENHLY, MA_BAC_SI…) to the form's fields.
     */
    public void refused(DomainException e, Map<String, String> elements) {
        String message = e.localizedMessage(locale);
        String field = null;
        if (e instanceof InvalidRequestException invalid) {
            field = invalid.field();
        } else if (e.messageKey().startsWith(PAPER_FIELD_PREFIX) && e.arguments().length > 0) {
            field = elements.get(String.valueOf(e.arguments()[0]));
        } else {
            field = FIELD_OF_RULE.get(e.messageKey());
        }
        if (field == null) {
            general = message;
        } else {
            fields.putIfAbsent(field, message);
        }
    }

    public boolean isEmpty() {
        return fields.isEmpty() && general == null;
    }

    public boolean has(String field) {
        return fields.containsKey(field);
    }

    /** The message next to {@code field}, or null. */
    public String of(String field) {
        return fields.get(field);
    }

    /** The first field refused (the page puts the keyboard focus there), or null. */
    public String firstField() {
        return fields.isEmpty() ? null : fields.keySet().iterator().next();
    }

    /** The message about the paper as a whole, or null. */
    public String general() {
        return general;
    }

    /** Every field with a message, in the order they were found (for tests and the summary above the form). */
    public Map<String, String> fields() {
        return Map.copyOf(fields);
    }
}
