package vn.his.core.patient;

import vn.his.core.common.DomainException;

/** A person with the same CCCD is already registered: the same person must not get a second MA_BN. */
public class DuplicatePatientException extends DomainException {
    public DuplicatePatientException(String citizenId, String patientCode) {
        super("patient.duplicate.citizenId", citizenId, patientCode);
    }
}
