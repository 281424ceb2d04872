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

import vn.his.web.audit.AuditTrail;
import vn.his.web.audit.AuditTrail.Channel;
import vn.his.web.audit.AuditTrail.Resource;

/**
 * Condition: the ICD-10 diagnoses of an encounter ({@code <encounter>-1} the main one); read, search by encounter. Every
 * diagnosis returned is recorded in the audit trail as a VIEW of its encounter.
 */
@Component
public class ConditionProvider implements IResourceProvider {

    private final FhirService fhir;
    private final AuditTrail audit;

    public ConditionProvider(FhirService fhir, AuditTrail audit) {
        this.fhir = fhir;
        this.audit = audit;
    }

    @Override
    public Class<Condition> getResourceType() {
        return Condition.class;
    }

    @Read
    public Condition read(@IdParam IdType id) {
        Condition found = fhir.condition(id.getIdPart());
        audit.view(Resource.ENCOUNTER, encounterOf(found), Channel.FHIR);
        return found;
    }

    @Search
    public List<Condition> byEncounter(@RequiredParam(name = Condition.SP_ENCOUNTER) ReferenceParam encounter) {
        List<Condition> found = fhir.conditions(FhirIds.numeric(new IdType(encounter.getIdPart())));
        audit.viewAll(Resource.ENCOUNTER, found.stream().map(ConditionProvider::encounterOf).distinct().toList(),
                Channel.FHIR);
        return found;
    }

    private static long encounterOf(Condition r) {
        return r.getEncounter().getReferenceElement().getIdPartAsLong();
    }
}
