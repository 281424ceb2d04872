package vn.his.web.fhir;

import java.util.List;

import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.IdType;
import org.springframework.stereotype.Component;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;

/** Condition: the ICD-10 diagnoses of an encounter ({@code <encounter>-1} the main one); read, search by encounter. */
@Component
public class ConditionProvider implements IResourceProvider {

    private final FhirService fhir;

    public ConditionProvider(FhirService fhir) {
        this.fhir = fhir;
    }

    @Override
    public Class<Condition> getResourceType() {
        return Condition.class;
    }

    @Read
    public Condition read(@IdParam IdType id) {
        return fhir.condition(id.getIdPart());
    }

    @Search
    public List<Condition> byEncounter(@RequiredParam(name = Condition.SP_ENCOUNTER) ReferenceParam encounter) {
        return fhir.conditions(FhirIds.numeric(new IdType(encounter.getIdPart())));
    }
}
