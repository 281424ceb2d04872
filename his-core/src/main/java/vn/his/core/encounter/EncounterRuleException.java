package vn.his.core.encounter;

import vn.his.core.common.DomainException;

/** An encounter rule refused a change: forbidden transition, locked record, times outside the stay, bad quantity. */
public class EncounterRuleException extends DomainException {
    public EncounterRuleException(String key, Object... args) {
        super(key, args);
    }
}
