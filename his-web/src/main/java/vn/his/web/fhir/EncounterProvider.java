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

/** Encounter in the user's scope: read, search by identifier (MA_LK) or patient, create (open), update (finish). */
@Component
public class EncounterProvider implements IResourceProvider {

    private final FhirService fhir;

    public EncounterProvider(FhirService fhir) {
        this.fhir = fhir;
    }

    @Override
    public Class<Encounter> getResourceType() {
        return Encounter.class;
    }

    @Read
    public Encounter read(@IdParam IdType id) {
        return fhir.encounter(FhirIds.numeric(id));
    }

    @Search
    public List<Encounter> byIdentifier(@RequiredParam(name = Encounter.SP_IDENTIFIER) TokenParam identifier) {
        return fhir.encounters(identifier.getValue(), null);
    }

    @Search
    public List<Encounter> byPatient(@RequiredParam(name = Encounter.SP_PATIENT) ReferenceParam patient) {
        return fhir.encounters(null, FhirIds.numeric(new IdType(patient.getIdPart())));
    }

    @Create
    public MethodOutcome create(@ResourceParam Encounter encounter) {
        Encounter created = fhir.createEncounter(encounter);
        return new MethodOutcome(created.getIdElement(), true).setResource(created);
    }

    @Update
    public MethodOutcome update(@IdParam IdType id, @ResourceParam Encounter encounter) {
        Encounter updated = fhir.updateEncounter(FhirIds.numeric(id), encounter);
        return new MethodOutcome(updated.getIdElement(), false).setResource(updated);
    }
}
