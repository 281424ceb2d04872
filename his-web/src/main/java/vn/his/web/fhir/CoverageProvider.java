package vn.his.web.fhir;

import java.util.List;

import org.hl7.fhir.r4.model.Coverage;
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

import vn.his.core.common.DomainException;

/**
 * Coverage (a BHYT card period): read, search by beneficiary or identifier (card number), create. A card period is
 * immutable once recorded (a renewed or changed card is a new period), so update is refused with 422.
 */
@Component
public class CoverageProvider implements IResourceProvider {

    private final FhirService fhir;

    public CoverageProvider(FhirService fhir) {
        this.fhir = fhir;
    }

    @Override
    public Class<Coverage> getResourceType() {
        return Coverage.class;
    }

    @Read
    public Coverage read(@IdParam IdType id) {
        return fhir.coverage(FhirIds.numeric(id));
    }

    @Search
    public List<Coverage> byBeneficiary(@RequiredParam(name = Coverage.SP_BENEFICIARY) ReferenceParam beneficiary) {
        return fhir.coverages(FhirIds.numeric(new IdType(beneficiary.getIdPart())), null);
    }

    @Search
    public List<Coverage> byIdentifier(@RequiredParam(name = Coverage.SP_IDENTIFIER) TokenParam identifier) {
        return fhir.coverages(null, identifier.getValue());
    }

    @Create
    public MethodOutcome create(@ResourceParam Coverage coverage) {
        Coverage created = fhir.createCoverage(coverage);
        return new MethodOutcome(created.getIdElement(), true).setResource(created);
    }

    @Update
    public MethodOutcome update(@IdParam IdType id, @ResourceParam Coverage coverage) {
        fhir.coverage(FhirIds.numeric(id));
        throw new DomainException("fhir.coverage.immutable", id.getIdPart());
    }
}
