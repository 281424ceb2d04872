package vn.his.export.claim;

import java.util.List;
import java.util.Locale;

import vn.his.core.i18n.Messages;
import vn.his.export.assessment.Severity;

/** One stored assessment finding of a claim version; {@link #message()} is the Vietnamese text as stored. */
public record StoredFinding(Severity severity, String table, String field, Integer rowStt, String ruleId,
                            List<String> args, String message) {

    public StoredFinding {
        args = List.copyOf(args);
    }

    /** The message in another language, from the same arguments. */
    public String message(Locale locale) {
        return Messages.get(locale, "assessment." + ruleId, args.toArray());
    }
}
