package vn.his.web.fhir;

import java.util.List;

import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Organization;
import org.springframework.stereotype.Component;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;

/** Organization (facility): read, search all or by identifier (MA_CSKCB). */
@Component
public class OrganizationProvider implements IResourceProvider {

    private final FhirService fhir;

    public OrganizationProvider(FhirService fhir) {
        this.fhir = fhir;
    }

    @Override
    public Class<Organization> getResourceType() {
        return Organization.class;
    }

    @Read
    public Organization read(@IdParam IdType id) {
        return fhir.organization(FhirIds.numeric(id));
    }

    @Search
    public List<Organization> search(@OptionalParam(name = Organization.SP_IDENTIFIER) TokenParam identifier) {
        return fhir.organizations(identifier == null ? null : identifier.getValue());
    }
}
