package vn.his.web.fhir;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.his.web.audit.AuditTrail;
import vn.his.web.audit.AuditTrail.Channel;
import vn.his.web.audit.AuditTrail.Resource;

/**
 * What {@link ClaimProvider} and {@link ClaimResponseProvider} share: each claim or delivery they answer is recorded
 * in the audit trail as a FHIR VIEW of its encounter (once per encounter of a search) before it is returned.
 */
@Component
class ClaimReads {

    private final AuditTrail audit;

    ClaimReads(AuditTrail audit) {
        this.audit = audit;
    }

    /** The resource found, after its encounter's VIEW row. */
    <T> T one(FhirClaims.Found<T> found) {
        audit.view(Resource.ENCOUNTER, found.encounterId(), Channel.FHIR);
        return found.resource();
    }

    /** The resources found, after one VIEW row per distinct encounter. */
    <T> List<T> all(List<FhirClaims.Found<T>> found) {
        audit.viewAll(Resource.ENCOUNTER, found.stream().map(FhirClaims.Found::encounterId).distinct().toList(),
                Channel.FHIR);
        return found.stream().map(FhirClaims.Found::resource).toList();
    }
}
