package vn.his.web.fhir;

import java.util.List;

import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.IdType;
import org.springframework.stereotype.Component;

import ca.uhn.fhir.rest.annotation.Create;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.annotation.Update;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;

import vn.his.web.audit.AuditTrail;
import vn.his.web.audit.AuditTrail.Action;
import vn.his.web.audit.AuditTrail.Channel;
import vn.his.web.audit.AuditTrail.Resource;

/** Encounter in the user's scope: read, search by identifier (MA_LK) or patient, create (open), update (finish). */
@Component
public class EncounterProvider implements IResourceProvider {

    private final FhirService fhir;
    private final AuditTrail audit;

    public EncounterProvider(FhirService fhir, AuditTrail audit) {
        this.fhir = fhir;
        this.audit = audit;
    }

    private Encounter viewed(Encounter r) {
        audit.view(Resource.ENCOUNTER, r.getIdElement().getIdPartAsLong(), Channel.FHIR);
        return r;
    }

    private List<Encounter> viewed(List<Encounter> found) {
        audit.viewAll(Resource.ENCOUNTER, found.stream().map(r -> r.getIdElement().getIdPartAsLong()).toList(), Channel.FHIR);
        return found;
    }

    @Override
    public Class<Encounter> getResourceType() {
        return Encounter.class;
    }

    @Read
    public Encounter read(@IdParam IdType id) {
        return viewed(fhir.encounter(FhirIds.numeric(id)));
    }

    @Search
    public List<Encounter> byIdentifier(@RequiredParam(name = Encounter.SP_IDENTIFIER) TokenParam identifier) {
        return viewed(fhir.encounters(identifier.getValue(), null));
    }

    @Search
    public List<Encounter> byPatient(@RequiredParam(name = Encounter.SP_PATIENT) ReferenceParam patient) {
        return viewed(fhir.encounters(null, FhirIds.numeric(new IdType(patient.getIdPart()))));
    }

    @Create
    public MethodOutcome create(@ResourceParam Encounter encounter) {
        Encounter created = audit.change(Action.CREATE, Resource.ENCOUNTER, Channel.FHIR,
                () -> fhir.createEncounter(encounter),
                r -> r.getIdElement().getIdPartAsLong());
        return new MethodOutcome(created.getIdElement(), true).setResource(created);
    }

    @Update
    public MethodOutcome update(@IdParam IdType id, @ResourceParam Encounter encounter) {
        Encounter updated = audit.change(Action.UPDATE, Resource.ENCOUNTER, Channel.FHIR,
                () -> fhir.updateEncounter(FhirIds.numeric(id), encounter),
                r -> r.getIdElement().getIdPartAsLong());
        return new MethodOutcome(updated.getIdElement(), false).setResource(updated);
    }
}
