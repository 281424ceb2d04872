package vn.his.export.assessment;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import vn.his.core.i18n.Messages;

/**
 * One problem found before sending: where (table, field, row STT), which rule, how serious, and a message saying
 * how to fix it (bundle {@code i18n/export}, key {@code assessment.<ruleId>}, Vietnamese by default).
 *
 * @param rowStt STT of the row in list tables, or {@code null} for single-record tables and whole-claim findings
 */
public record Finding(Severity severity, String table, String field, Integer rowStt, String ruleId, List<String> args) {

    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(ruleId, "ruleId");
        args = List.copyOf(args);
    }

    public String messageKey() {
        return "assessment." + ruleId;
    }

    /** The Vietnamese message. */
    public String message() {
        return Messages.vi(messageKey(), args.toArray());
    }

    public String message(Locale locale) {
        return Messages.get(locale, messageKey(), args.toArray());
    }

    @Override
    public String toString() {
        return severity + " " + ruleId + " " + table + (rowStt == null ? "" : "#" + rowStt) + "." + field + " " + args;
    }
}
