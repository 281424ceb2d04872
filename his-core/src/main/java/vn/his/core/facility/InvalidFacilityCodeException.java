package vn.his.core.facility;

import vn.his.core.common.DomainException;

/** MA_CSKCB / MA_DKBD must be exactly 5 digits (QĐ 4750 Bảng 1, MA_CSKCB). */
public class InvalidFacilityCodeException extends DomainException {
    public InvalidFacilityCodeException(String code) {
        super("facility.code.invalid", String.valueOf(code));
    }
}
