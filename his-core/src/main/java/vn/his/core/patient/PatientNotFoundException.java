package vn.his.core.patient;

import vn.his.core.common.DomainException;

public class PatientNotFoundException extends DomainException {
    public PatientNotFoundException(Object id) {
        super("patient.notFound", String.valueOf(id));
    }
}
