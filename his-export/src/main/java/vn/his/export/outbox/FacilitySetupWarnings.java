package vn.his.export.outbox;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;

/**
 * A facility's missing set-up (no gateway account, no keystore) logged once per facility and kind per run of the
 * application at WARN, then at DEBUG: every due row of that facility fails the same way on every dispatcher pass, and
 * the submission ledger (attempt NOT_SENT, row RETRY with the reason) is the record people read per submission.
 */
final class FacilitySetupWarnings {

    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    /** Whether this is the first time {@code kind} is reported for {@code facilityCode} in this run. */
    boolean first(String facilityCode, String kind) {
        return warned.add(kind + '|' + facilityCode);
    }

    /** Logs {@code message} at WARN the first time for this facility and kind, at DEBUG afterwards. */
    void log(Logger log, String facilityCode, String kind, String format, Object... arguments) {
        if (first(facilityCode, kind)) {
            log.warn(format + " (logged once per facility until restart; each attempt is in the submission ledger)",
                    arguments);
        } else {
            log.debug(format, arguments);
        }
    }
}
