package vn.his.web.fhir;

import java.util.List;

import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Practitioner;
import org.springframework.stereotype.Component;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;

/** Practitioner of the facilities in the user's scope: read, search all or by identifier (CCHN). */
@Component
public class PractitionerProvider implements IResourceProvider {

    private final FhirService fhir;

    public PractitionerProvider(FhirService fhir) {
        this.fhir = fhir;
    }

    @Override
    public Class<Practitioner> getResourceType() {
        return Practitioner.class;
    }

    @Read
    public Practitioner read(@IdParam IdType id) {
        return fhir.practitioner(FhirIds.numeric(id));
    }

    @Search
    public List<Practitioner> search(@OptionalParam(name = Practitioner.SP_IDENTIFIER) TokenParam identifier) {
        return fhir.practitioners(identifier == null ? null : identifier.getValue());
    }
}
