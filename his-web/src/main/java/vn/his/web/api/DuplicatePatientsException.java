package vn.his.web.api;

import java.util.List;

import vn.his.core.common.DomainException;
import vn.his.web.api.patient.DuplicateView;

/** Registration stopped because registered patients may be the same person (409 with {@code duplicates}). */
public class DuplicatePatientsException extends DomainException {

    private final transient List<DuplicateView> duplicates;

    public DuplicatePatientsException(List<DuplicateView> duplicates) {
        super("problem.409.detail", duplicates.size());
        this.duplicates = List.copyOf(duplicates);
    }

    public List<DuplicateView> duplicates() {
        return duplicates;
    }
}
