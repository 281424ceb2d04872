package vn.his.core.catalog;

import vn.his.core.common.DomainException;

/** A code is not in the catalogue valid on the date of care. */
public class UnknownCodeException extends DomainException {
    public UnknownCodeException(String key, Object... args) {
        super(key, args);
    }
}
