package vn.his.core.patient;

import vn.his.core.common.DomainException;

/** A patient field does not follow its rule (QĐ 4750 Bảng 1 person fields). */
public class InvalidPatientDataException extends DomainException {
    public InvalidPatientDataException(String key, Object... args) {
        super(key, args);
    }
}
