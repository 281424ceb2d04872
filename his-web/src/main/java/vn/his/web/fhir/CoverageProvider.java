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

import vn.his.web.audit.AuditTrail;
import vn.his.web.audit.AuditTrail.Channel;
import vn.his.web.audit.AuditTrail.Resource;


/**
 * Coverage (a BHYT card period): read, search by beneficiary or identifier (card number), create, update of what may
 * change on a recorded period ({@link CoverageRevision}; the card number stays, a new number is a new Coverage). Every
 * card period returned is recorded in the audit trail as a VIEW of its patient; a created or updated one as an UPDATE
 * of the patient, in the change's transaction.
 */
@Component
public class CoverageProvider implements IResourceProvider {

    private final FhirService fhir;
    private final CoverageRevision revision;
    private final AuditTrail audit;

    public CoverageProvider(FhirService fhir, CoverageRevision revision, AuditTrail audit) {
        this.fhir = fhir;
        this.revision = revision;
        this.audit = audit;
    }

    @Override
    public Class<Coverage> getResourceType() {
        return Coverage.class;
    }

    @Read
    public Coverage read(@IdParam IdType id) {
        Coverage found = fhir.coverage(FhirIds.numeric(id));
        audit.view(Resource.PATIENT, patientOf(found), Channel.FHIR);
        return found;
    }

    @Search
    public List<Coverage> byBeneficiary(@RequiredParam(name = Coverage.SP_BENEFICIARY) ReferenceParam beneficiary) {
        return viewed(fhir.coverages(FhirIds.numeric(new IdType(beneficiary.getIdPart())), null));
    }

    @Search
    public List<Coverage> byIdentifier(@RequiredParam(name = Coverage.SP_IDENTIFIER) TokenParam identifier) {
        return viewed(fhir.coverages(null, identifier.getValue()));
    }

    @Create
    public MethodOutcome create(@ResourceParam Coverage coverage) {
        Coverage created = audit.change(AuditTrail.Action.UPDATE, Resource.PATIENT, Channel.FHIR,
                () -> fhir.createCoverage(coverage), CoverageProvider::patientOf);
        return new MethodOutcome(created.getIdElement(), true).setResource(created);
    }

    @Update
    public MethodOutcome update(@IdParam IdType id, @ResourceParam Coverage coverage) {
        long cardId = FhirIds.numeric(id);
        Coverage updated = audit.change(AuditTrail.Action.UPDATE, Resource.PATIENT, Channel.FHIR, () -> {
            revision.revise(cardId, coverage);
            return fhir.coverage(cardId);
        }, CoverageProvider::patientOf);
        return new MethodOutcome(updated.getIdElement(), false).setResource(updated);
    }

    private List<Coverage> viewed(List<Coverage> found) {
        audit.viewAll(Resource.PATIENT, found.stream().map(CoverageProvider::patientOf).distinct().toList(),
                Channel.FHIR);
        return found;
    }

    private static long patientOf(Coverage c) {
        return c.getBeneficiary().getReferenceElement().getIdPartAsLong();
    }
}
