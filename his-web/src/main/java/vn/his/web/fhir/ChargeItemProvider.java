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

/** ChargeItem: the order lines of an encounter ({@code <encounter>-<line no>}); read, search by context (encounter). */
@Component
public class ChargeItemProvider implements IResourceProvider {

    private final FhirService fhir;

    public ChargeItemProvider(FhirService fhir) {
        this.fhir = fhir;
    }

    @Override
    public Class<ChargeItem> getResourceType() {
        return ChargeItem.class;
    }

    @Read
    public ChargeItem read(@IdParam IdType id) {
        return fhir.chargeItem(id.getIdPart());
    }

    @Search
    public List<ChargeItem> byEncounter(@RequiredParam(name = ChargeItem.SP_CONTEXT) ReferenceParam context) {
        return fhir.chargeItems(FhirIds.numeric(new IdType(context.getIdPart())));
    }
}
