package vn.his.web.fhir;

import java.util.List;

import org.hl7.fhir.r4.model.ClaimResponse;
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
 * ClaimResponse: the delivery of a claim version's dossier to the BHXH gateway (one per outbox submission); read,
 * search by request (Claim), patient, identifier (maGiaoDich), requestor (the facility's Organization) and created
 * (last change of the submission). Same roles, scope and audit as {@link ClaimProvider}.
 */
@Component
public class ClaimResponseProvider implements IResourceProvider {

    private final FhirClaims claims;
    private final ClaimReads reads;

    public ClaimResponseProvider(FhirClaims claims, ClaimReads reads) {
        this.claims = claims;
        this.reads = reads;
    }

    @Override
    public Class<ClaimResponse> getResourceType() {
        return ClaimResponse.class;
    }

    @Read
    public ClaimResponse read(@IdParam IdType id) {
        return reads.one(claims.claimResponse(FhirIds.numeric(id)));
    }

    @Search
    public List<ClaimResponse> search(@OptionalParam(name = ClaimResponse.SP_REQUEST) ReferenceParam request,
                                      @OptionalParam(name = ClaimResponse.SP_PATIENT) ReferenceParam patient,
                                      @OptionalParam(name = ClaimResponse.SP_IDENTIFIER) TokenParam identifier,
                                      @OptionalParam(name = ClaimResponse.SP_REQUESTOR) ReferenceParam requestor,
                                      @OptionalParam(name = ClaimResponse.SP_CREATED) DateRangeParam created) {
        FhirDates.Range range = FhirDates.range(created);
        List<FhirClaims.Found<ClaimResponse>> found = claims.claimResponses(new FhirClaims.Criteria(
                FhirIds.reference(patient), null, null, FhirIds.reference(requestor), range.from(),
                range.toExclusive(), FhirIds.reference(request), identifier == null ? null : identifier.getValue()));
        return reads.all(found);
    }
}
