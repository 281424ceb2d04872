package vn.his.web.fhir;

import java.util.List;

import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;
import org.springframework.stereotype.Component;

import ca.uhn.fhir.rest.annotation.ConditionalUrlParam;
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

import vn.his.web.audit.AuditTrail;
import vn.his.web.audit.AuditTrail.Action;
import vn.his.web.audit.AuditTrail.Channel;
import vn.his.web.audit.AuditTrail.Resource;

/**
 * Patient: read, search by identifier (MA_BN, CCCD or card number systems), create (possible duplicates → 409 unless
 * the header {@code X-Confirm-Duplicates: true}), update.
 */
@Component
public class PatientProvider implements IResourceProvider {

    static final String CONFIRM_DUPLICATES = "X-Confirm-Duplicates";

    private final FhirService fhir;
    private final AuditTrail audit;

    public PatientProvider(FhirService fhir, AuditTrail audit) {
        this.fhir = fhir;
        this.audit = audit;
    }

    private Patient viewed(Patient r) {
        audit.view(Resource.PATIENT, r.getIdElement().getIdPartAsLong(), Channel.FHIR);
        return r;
    }

    private List<Patient> viewed(List<Patient> found) {
        audit.viewAll(Resource.PATIENT, found.stream().map(r -> r.getIdElement().getIdPartAsLong()).toList(), Channel.FHIR);
        return found;
    }

    @Override
    public Class<Patient> getResourceType() {
        return Patient.class;
    }

    @Read
    public Patient read(@IdParam IdType id) {
        return viewed(fhir.patient(FhirIds.numeric(id)));
    }

    @Search
    public List<Patient> byIdentifier(@RequiredParam(name = Patient.SP_IDENTIFIER) TokenParam identifier) {
        return viewed(fhir.patientsByIdentifier(identifier.getSystem(), identifier.getValue()));
    }

    /**
     * Creates a patient; with the header {@code If-None-Exist: identifier=<system>|<value>} (conditional create) a
     * single patient with that identifier is returned instead (200, nothing created), several are refused (412).
     */
    @Create
    public MethodOutcome create(@ResourceParam Patient patient, @ConditionalUrlParam String conditional,
                                RequestDetails request) {
        if (conditional != null && !conditional.isBlank()) {
            String[] token = EncounterBundleImport.identifierCriteria(conditional);
            List<Patient> found = fhir.patientsByIdentifier(token[0], token[1]);
            if (found.size() > 1) {
                throw new EncounterBundleImport.SeveralMatchesException(conditional, found.size());
            }
            if (found.size() == 1) {
                Patient existing = viewed(found.get(0));
                return new MethodOutcome(existing.getIdElement(), false).setResource(existing);
            }
        }
        Patient created = audit.change(Action.CREATE, Resource.PATIENT, Channel.FHIR,
                () -> fhir.createPatient(patient, "true".equalsIgnoreCase(request.getHeader(CONFIRM_DUPLICATES))),
                r -> r.getIdElement().getIdPartAsLong());
        return new MethodOutcome(created.getIdElement(), true).setResource(created);
    }

    @Update
    public MethodOutcome update(@IdParam IdType id, @ResourceParam Patient patient) {
        Patient updated = audit.change(Action.UPDATE, Resource.PATIENT, Channel.FHIR,
                () -> fhir.updatePatient(FhirIds.numeric(id), patient),
                r -> r.getIdElement().getIdPartAsLong());
        return new MethodOutcome(updated.getIdElement(), false).setResource(updated);
    }
}
