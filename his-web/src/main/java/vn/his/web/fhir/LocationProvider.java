package vn.his.web.fhir;

import java.util.List;

import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Location;
import org.springframework.stereotype.Component;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;

/**
 * Location: the departments of the facilities (MA_KHOA); read, search by organization (the facility) and/or
 * identifier (MA_KHOA).
 */
@Component
public class LocationProvider implements IResourceProvider {

    private final FhirLocations locations;

    public LocationProvider(FhirLocations locations) {
        this.locations = locations;
    }

    @Override
    public Class<Location> getResourceType() {
        return Location.class;
    }

    @Read
    public Location read(@IdParam IdType id) {
        return locations.location(FhirIds.numeric(id));
    }

    @Search
    public List<Location> search(@OptionalParam(name = Location.SP_ORGANIZATION) ReferenceParam organization,
                                 @OptionalParam(name = Location.SP_IDENTIFIER) TokenParam identifier) {
        Long facilityId = organization == null ? null : FhirIds.numeric(new IdType(organization.getIdPart()));
        return locations.locations(facilityId, identifier == null ? null : identifier.getValue());
    }
}
