package vn.his.core.encounter;

import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle of an encounter. OPEN → FINISHED → SETTLED; FINISHED → OPEN (reopened before settlement);
 * SETTLED → CORRECTING (a correction with a reason, a new revision) → FINISHED → SETTLED.
 */
public enum EncounterStatus {
    OPEN, FINISHED, SETTLED, CORRECTING;

    public Set<EncounterStatus> next() {
        return switch (this) {
            case OPEN, CORRECTING -> EnumSet.of(FINISHED);
            case FINISHED -> EnumSet.of(OPEN, SETTLED);
            case SETTLED -> EnumSet.of(CORRECTING);
        };
    }

    /** Whether clinical data and order lines may change. */
    public boolean editable() {
        return this == OPEN || this == CORRECTING;
    }
}
