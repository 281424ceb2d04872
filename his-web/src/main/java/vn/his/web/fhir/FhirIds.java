package vn.his.web.fhir;

import org.hl7.fhir.r4.model.IdType;

import vn.his.web.api.ResourceNotFoundException;

/** Resource ids of the endpoint: database ids, or {@code <encounter>-<n>} for conditions and charge items. */
final class FhirIds {

    private FhirIds() {
    }

    static Long numeric(IdType id) {
        String part = id == null ? null : id.getIdPart();
        if (part == null || !part.matches("\\d{1,18}")) {
            throw new ResourceNotFoundException("fhir.id.notFound", String.valueOf(part));
        }
        return Long.valueOf(part);
    }

    /** The numeric id of a reference search parameter ({@code Patient/12} or {@code 12}); null when absent. */
    static Long reference(ca.uhn.fhir.rest.param.ReferenceParam param) {
        return param == null ? null : numeric(new IdType(param.getIdPart()));
    }
}
