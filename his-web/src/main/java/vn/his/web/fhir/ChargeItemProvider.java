package vn.his.web.fhir;

import java.util.List;

import org.hl7.fhir.r4.model.ChargeItem;
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
 * ChargeItem: the order lines of an encounter ({@code <encounter>-<line no>}); read, search by context (encounter).
 * Every line returned is recorded in the audit trail as a VIEW of its encounter.
 */
@Component
public class ChargeItemProvider implements IResourceProvider {

    private final FhirService fhir;
    private final AuditTrail audit;

    public ChargeItemProvider(FhirService fhir, AuditTrail audit) {
        this.fhir = fhir;
        this.audit = audit;
    }

    @Override
    public Class<ChargeItem> getResourceType() {
        return ChargeItem.class;
    }

    @Read
    public ChargeItem read(@IdParam IdType id) {
        ChargeItem found = fhir.chargeItem(id.getIdPart());
        audit.view(Resource.ENCOUNTER, encounterOf(found), Channel.FHIR);
        return found;
    }

    @Search
    public List<ChargeItem> byEncounter(@RequiredParam(name = ChargeItem.SP_CONTEXT) ReferenceParam context) {
        List<ChargeItem> found = fhir.chargeItems(FhirIds.numeric(new IdType(context.getIdPart())));
        audit.viewAll(Resource.ENCOUNTER, found.stream().map(ChargeItemProvider::encounterOf).distinct().toList(),
                Channel.FHIR);
        return found;
    }

    private static long encounterOf(ChargeItem r) {
        return r.getContext().getReferenceElement().getIdPartAsLong();
    }
}
