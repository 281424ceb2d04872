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

import vn.his.core.common.DomainException;

/**
 * Coverage (a BHYT card period): read, search by beneficiary or identifier (card number), create. A card period is
 * immutable once recorded (a renewed or changed card is a new period), so update is refused with 422. Every card
 * period returned is recorded in the audit trail as a VIEW of its patient; a created one as an UPDATE of the patient.
 */
@Component
public class CoverageProvider implements IResourceProvider {

    private final FhirService fhir;
    private final AuditTrail audit;

    public CoverageProvider(FhirService fhir, AuditTrail audit) {
        this.fhir = fhir;
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
        fhir.coverage(FhirIds.numeric(id));
        throw new DomainException("fhir.coverage.immutable", id.getIdPart());
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
