package vn.his.web.fhir;

import java.util.List;

import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.IdType;
import org.springframework.stereotype.Component;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;

/**
 * Claim: one per frozen claim version of a settled encounter; read, search by patient, encounter, identifier (MA_LK),
 * provider (the facility's Organization) and created (when the version was frozen). Billing clerks, insurance
 * officers and administrators within their facility scope; every claim returned is recorded in the audit trail as a
 * VIEW of its encounter.
 */
@Component
public class ClaimProvider implements IResourceProvider {

    private final FhirClaims claims;
    private final ClaimReads reads;

    public ClaimProvider(FhirClaims claims, ClaimReads reads) {
        this.claims = claims;
        this.reads = reads;
    }

    @Override
    public Class<Claim> getResourceType() {
        return Claim.class;
    }

    @Read
    public Claim read(@IdParam IdType id) {
        return reads.one(claims.claim(FhirIds.numeric(id)));
    }

    @Search
    public List<Claim> search(@OptionalParam(name = Claim.SP_PATIENT) ReferenceParam patient,
                              @OptionalParam(name = Claim.SP_ENCOUNTER) ReferenceParam encounter,
                              @OptionalParam(name = Claim.SP_IDENTIFIER) TokenParam identifier,
                              @OptionalParam(name = Claim.SP_PROVIDER) ReferenceParam provider,
                              @OptionalParam(name = Claim.SP_CREATED) DateRangeParam created) {
        FhirDates.Range range = FhirDates.range(created);
        List<FhirClaims.Found<Claim>> found = claims.claims(new FhirClaims.Criteria(FhirIds.reference(patient),
                FhirIds.reference(encounter), identifier == null ? null : identifier.getValue(),
                FhirIds.reference(provider), range.from(), range.toExclusive(), null, null));
        return reads.all(found);
    }
}
