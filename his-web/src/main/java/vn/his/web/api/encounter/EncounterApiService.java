package vn.his.web.api.encounter;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.his.core.catalog.CatalogItem;
import vn.his.core.catalog.CatalogItemRepository;
import vn.his.core.common.ClinicalTime;
import vn.his.core.encounter.Encounter;
import vn.his.core.encounter.EncounterRepository;
import vn.his.core.encounter.EncounterService;
import vn.his.core.encounter.EncounterStatus;
import vn.his.core.encounter.OrderLine;
import vn.his.core.facility.DepartmentRepository;
import vn.his.core.facility.Facility;
import vn.his.core.facility.FacilityRepository;
import vn.his.core.facility.PractitionerRepository;
import vn.his.web.api.InvalidRequestException;
import vn.his.web.api.PageView;
import vn.his.web.api.ResourceNotFoundException;
import vn.his.web.security.AccessPolicy;
import vn.his.web.security.AccessRefusedException;
import vn.his.web.security.FacilityScope;
import vn.his.web.security.SignedInUser;

/**
 * Encounter operations of the API, the FHIR endpoint and the screens, each one transaction that first checks the
 * facility scope of the signed-in user ({@link AccessPolicy}) and then calls the core {@link EncounterService}.
 */
@Service
public class EncounterApiService {

    private final EncounterService encounters;
    private final EncounterRepository repository;
    private final EncounterQuery query;
    private final FacilityRepository facilities;
    private final DepartmentRepository departments;
    private final PractitionerRepository practitioners;
    private final CatalogItemRepository catalogue;
    private final AccessPolicy access;
    private final ClinicalTime time;

    public EncounterApiService(EncounterService encounters, EncounterRepository repository, EncounterQuery query,
                               FacilityRepository facilities, DepartmentRepository departments,
                               PractitionerRepository practitioners, CatalogItemRepository catalogue,
                               AccessPolicy access, ClinicalTime time) {
        this.encounters = encounters;
        this.repository = repository;
        this.query = query;
        this.facilities = facilities;
        this.departments = departments;
        this.practitioners = practitioners;
        this.catalogue = catalogue;
        this.access = access;
        this.time = time;
    }

    /** Opens an encounter at the user's facility (an administrator names the facility). */
    @Transactional
    public EncounterView open(OpenEncounterRequest request) {
        SignedInUser user = access.current();
        Long facilityId = request.facilityId() != null ? request.facilityId() : user.facilityId();
        if (facilityId == null) {
            throw new InvalidRequestException("api.facility.required", "facilityId");
        }
        Facility facility = facilities.findById(facilityId)
                .orElseThrow(() -> new ResourceNotFoundException("api.facility.notFound", facilityId));
        access.requireChangeAt(facility);
        if (departments.findByFacilityIdAndCode(facility.id(), request.departmentCode().strip()).isEmpty()) {
            throw new InvalidRequestException("api.department.notFound", "departmentCode", request.departmentCode());
        }
        Encounter e = encounters.open(request.patientId(), facility.id(), request.cards(),
                request.toOpening(time.now()));
        return EncounterView.of(e);
    }

    /**
     * A whole encounter in one transaction: opened, its lines added in order, then the diagnoses and the discharge
     * when given. A refused line is answered on its place in the body ({@code lines[i].field}); any refusal rolls
     * the whole encounter back (the MA_LK taken by the opening stays used, as codes are never reused).
     */
    @Transactional
    public EncounterView record(RecordEncounterRequest request) {
        EncounterView opened = open(request.encounter());
        List<LineRequest> lines = request.lines();
        for (int i = 0; i < lines.size(); i++) {
            try {
                addLine(opened.id(), lines.get(i));
            } catch (InvalidRequestException refused) {
                throw InvalidRequestException.of(refused, "lines[" + i + "]." + refused.field());
            } catch (ResourceNotFoundException missing) { // the catalogue item on the order date
                throw InvalidRequestException.of(missing, "lines[" + i + "].itemCode");
            }
        }
        if (request.diagnosis() != null) {
            recordDiagnosis(opened.id(), request.diagnosis());
        }
        if (request.finish() != null) {
            return finish(opened.id(), request.finish());
        }
        return EncounterView.of(find(opened.id()));
    }

    @Transactional(readOnly = true)
    public EncounterView get(Long encounterId) {
        Encounter e = find(encounterId);
        access.requireRead(e);
        return EncounterView.of(e);
    }

    /** Refuses (403) when the signed-in user may not change the encounter (screens check before validating a form). */
    @Transactional(readOnly = true)
    public void requireChange(Long encounterId) {
        access.requireChange(find(encounterId));
    }

    /** Whether the signed-in user may change the encounter (screens show their forms only then). */
    @Transactional(readOnly = true)
    public boolean canChange(Long encounterId) {
        try {
            access.requireChange(find(encounterId));
            return true;
        } catch (AccessRefusedException refused) {
            return false;
        }
    }

    /** The encounter entity after the read check, for other edges (FHIR) inside their own transaction. */
    @Transactional(readOnly = true)
    public Encounter readable(Long encounterId) {
        Encounter e = find(encounterId);
        access.requireRead(e);
        return e;
    }

    @Transactional(readOnly = true)
    public PageView<EncounterSummary> list(Long facilityId, EncounterStatus status, LocalDate from, LocalDate to,
                                           int page, int size) {
        PageView.check(page, size);
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidRequestException("api.period.invalid", "from", from, to);
        }
        FacilityScope scope = access.scope();
        if (facilityId != null) {
            Facility f = facilities.findById(facilityId)
                    .orElseThrow(() -> new ResourceNotFoundException("api.facility.notFound", facilityId));
            access.requireRead(f);
        }
        return query.page(new EncounterQuery.Filter(scope, facilityId, status, from, to, null, null), page, size)
                .map(EncounterSummary::of);
    }

    @Transactional
    public OrderLineView addLine(Long encounterId, LineRequest request) {
        Encounter e = find(encounterId);
        access.requireChange(e);
        LocalDateTime at = request.orderTime() == null ? time.now() : request.orderTime();
        CatalogItem item = catalogue.findValid(e.facility().id(), request.itemCode().strip(), at.toLocalDate())
                .orElseThrow(() -> new ResourceNotFoundException("api.catalog.notFound", request.itemCode(),
                        at.toLocalDate()));
        String cchn = request.orderingCchn().strip();
        if (practitioners.findByFacilityIdAndCertificateNo(e.facility().id(), cchn).isEmpty()) {
            throw new InvalidRequestException("api.practitioner.notFound", "orderingCchn", cchn);
        }
        String department = request.departmentCode() == null || request.departmentCode().isBlank()
                ? firstDepartment(e) : request.departmentCode().strip();
        OrderLine line = encounters.addLine(e.id(), CatalogueLines.draft(item, request.quantity(), at, department,
                cchn, request.performerCchn(), request.dosage(), request.icd10()));
        return OrderLineView.of(line);
    }

    @Transactional
    public void removeLine(Long encounterId, int lineNo) {
        Encounter e = find(encounterId);
        access.requireChange(e);
        encounters.removeLine(e.id(), lineNo);
    }

    @Transactional
    public EncounterView recordDiagnosis(Long encounterId, DiagnosisRequest request) {
        Encounter e = find(encounterId);
        access.requireChange(e);
        return EncounterView.of(encounters.recordDiagnosis(e.id(), request.toDiagnosis()));
    }

    @Transactional
    public EncounterView finish(Long encounterId, FinishRequest request) {
        Encounter e = find(encounterId);
        access.requireChange(e);
        return EncounterView.of(encounters.finish(e.id(), request.toDischarge(time.now())));
    }

    /** XML8: the record summary of an inpatient, day-inpatient or commune stay. */
    @Transactional
    public EncounterView recordSummary(Long encounterId, RecordSummaryRequest request) {
        Encounter e = find(encounterId);
        access.requireChange(e);
        return EncounterView.of(encounters.recordSummary(e.id(), request.toSummary(time.now().toLocalDate())));
    }

    /** XML13: the referral letter of an encounter finished with a transfer; the doctors are of the facility. */
    @Transactional
    public EncounterView recordReferral(Long encounterId, ReferralRequest request) {
        Encounter e = find(encounterId);
        access.requireChange(e);
        requirePractitioners(e, request.doctorIds());
        return EncounterView.of(encounters.recordReferral(e.id(), request.toReferral()));
    }

    /** XML14: a re-visit appointment once the encounter has ended; the doctors are of the facility. */
    @Transactional
    public EncounterView recordAppointment(Long encounterId, AppointmentRequest request) {
        Encounter e = find(encounterId);
        access.requireChange(e);
        requirePractitioners(e, request.doctorIds());
        return EncounterView.of(encounters.recordRevisit(e.id(), request.toBooking(time.now().toLocalDate())));
    }

    private void requirePractitioners(Encounter e, String doctorIds) {
        for (String cchn : doctorIds.strip().split(";")) {
            if (practitioners.findByFacilityIdAndCertificateNo(e.facility().id(), cchn.strip()).isEmpty()) {
                throw new InvalidRequestException("api.practitioner.notFound", "doctorIds", cchn.strip());
            }
        }
    }

    private Encounter find(Long encounterId) {
        return repository.findById(encounterId)
                .orElseThrow(() -> new ResourceNotFoundException("api.encounter.notFound", encounterId));
    }

    private static String firstDepartment(Encounter e) {
        String codes = e.departmentCodes();
        return codes == null || codes.isBlank() ? null : codes.split(";")[0];
    }
}
