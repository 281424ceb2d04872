package vn.his.web.fhir;

import java.util.List;

import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;
import org.springframework.stereotype.Component;

import ca.uhn.fhir.rest.annotation.Create;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.annotation.Update;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;

/**
 * Patient: read, search by identifier (MA_BN, CCCD or card number systems), create (possible duplicates → 409 unless
 * the header {@code X-Confirm-Duplicates: true}), update.
 */
@Component
public class PatientProvider implements IResourceProvider {

    static final String CONFIRM_DUPLICATES = "X-Confirm-Duplicates";

    private final FhirService fhir;

    public PatientProvider(FhirService fhir) {
        this.fhir = fhir;
    }

    @Override
    public Class<Patient> getResourceType() {
        return Patient.class;
    }

    @Read
    public Patient read(@IdParam IdType id) {
        return fhir.patient(FhirIds.numeric(id));
    }

    @Search
    public List<Patient> byIdentifier(@RequiredParam(name = Patient.SP_IDENTIFIER) TokenParam identifier) {
        return fhir.patientsByIdentifier(identifier.getSystem(), identifier.getValue());
    }

    @Create
    public MethodOutcome create(@ResourceParam Patient patient, RequestDetails request) {
        Patient created = fhir.createPatient(patient, "true".equalsIgnoreCase(request.getHeader(CONFIRM_DUPLICATES)));
        return new MethodOutcome(created.getIdElement(), true).setResource(created);
    }

    @Update
    public MethodOutcome update(@IdParam IdType id, @ResourceParam Patient patient) {
        Patient updated = fhir.updatePatient(FhirIds.numeric(id), patient);
        return new MethodOutcome(updated.getIdElement(), false).setResource(updated);
    }
}
