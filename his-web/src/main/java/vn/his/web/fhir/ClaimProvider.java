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

import vn.his.web.audit.AuditTrail;
import vn.his.web.audit.AuditTrail.Channel;
import vn.his.web.audit.AuditTrail.Resource;

/**
 * Claim: one per frozen claim version of a settled encounter; read, search by patient, encounter, identifier (MA_LK),
 * provider (the facility's Organization) and created (when the version was frozen). Billing clerks, insurance
 * officers and administrators within their facility scope; every claim returned is recorded in the audit trail as a
 * VIEW of its encounter.
 */
@Component
public class ClaimProvider implements IResourceProvider {

    private final FhirClaims claims;
    private final AuditTrail audit;

    public ClaimProvider(FhirClaims claims, AuditTrail audit) {
        this.claims = claims;
        this.audit = audit;
    }

    @Override
    public Class<Claim> getResourceType() {
        return Claim.class;
    }

    @Read
    public Claim read(@IdParam IdType id) {
        FhirClaims.Found<Claim> found = claims.claim(FhirIds.numeric(id));
        audit.view(Resource.ENCOUNTER, found.encounterId(), Channel.FHIR);
        return found.resource();
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
        audit.viewAll(Resource.ENCOUNTER, found.stream().map(FhirClaims.Found::encounterId).distinct().toList(),
                Channel.FHIR);
        return found.stream().map(FhirClaims.Found::resource).toList();
    }
}
