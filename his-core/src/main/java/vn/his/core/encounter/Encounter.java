package vn.his.core.encounter;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.his.core.card.InsuranceCard;
import vn.his.core.facility.Facility;
import vn.his.core.patient.Patient;

/**
 * An encounter (đợt KCB) with its stable key MA_LK: everything XML1 says about the stay, its cards, order lines,
 * paraclinical results and progress notes. Every state change goes through one guarded method; once SETTLED nothing
 * changes except through {@link #startCorrection}, which opens a new revision with a reason.
 */
@Entity
@Table(name = "encounter")
public class Encounter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ma_lk", nullable = false, updatable = false)
    private String maLk;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "facility_id")
    private Facility facility;

    @Column(name = "facility_code", nullable = false)
    private String facilityCode;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "patient_id")
    private Patient patient;

    @Column(name = "encounter_type", nullable = false)
    private String encounterType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EncounterStatus status;

    @Column(nullable = false)
    private int revision;

    @Column(name = "visit_object_provisional")
    private String visitObjectProvisional;

    @Column(name = "visit_object_final")
    private String visitObjectFinal;

    @Column(name = "arrival_time", nullable = false)
    private LocalDateTime arrivalTime;

    @Column(name = "inpatient_order_time")
    private LocalDateTime inpatientOrderTime;

    @Column(name = "discharge_time")
    private LocalDateTime dischargeTime;

    @Column(name = "visit_reason", nullable = false)
    private String visitReason;

    @Column(name = "admission_reason")
    private String admissionReason;

    @Column(name = "admission_reason_code")
    private String admissionReasonCode;

    @Column(nullable = false)
    private boolean emergency;

    @Column(name = "referral_paper_no")
    private String referralPaperNo;

    @Column(name = "referred_from")
    private String referredFrom;

    @Column(name = "referred_to")
    private String referredTo;

    @Column(name = "revisit_appointment", nullable = false)
    private boolean revisitAppointment;

    @Column(name = "accident_code")
    private String accidentCode;

    @Column(name = "diagnosis_in")
    private String diagnosisIn;

    @Column(name = "diagnosis_out")
    private String diagnosisOut;

    @Column(name = "main_icd10")
    private String mainIcd10;

    @Column(name = "secondary_icd10")
    private String secondaryIcd10;

    @Column(name = "traditional_codes")
    private String traditionalCodes;

    @Column(name = "procedure_icd9")
    private String procedureIcd9;

    @Column(name = "department_codes")
    private String departmentCodes;

    @Column(name = "treatment_result")
    private Integer treatmentResult;

    @Column(name = "discharge_type")
    private Integer dischargeType;

    @Column(name = "treatment_method")
    private String treatmentMethod;

    @Column(name = "doctor_advice")
    private String doctorAdvice;

    @Column(name = "revisit_dates")
    private String revisitDates;

    @Column(name = "weight_kg")
    private BigDecimal weightKg;

    @Column(name = "newborn_weights")
    private String newbornWeights;

    @Column(name = "record_no")
    private String recordNo;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    @OneToMany(mappedBy = "encounter", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("seq")
    private List<EncounterCard> cards = new ArrayList<>();

    @OneToMany(mappedBy = "encounter", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    private List<OrderLine> lines = new ArrayList<>();

    @OneToMany(mappedBy = "encounter", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("seq")
    private List<ParaclinicalResult> results = new ArrayList<>();

    @OneToMany(mappedBy = "encounter", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("seq")
    private List<ClinicalNote> notes = new ArrayList<>();

    @OneToMany(mappedBy = "encounter", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("revision")
    private List<EncounterCorrection> corrections = new ArrayList<>();

    @OneToOne(mappedBy = "encounter", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    private EncounterRecordSummary recordSummary;

    @OneToOne(mappedBy = "encounter", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    private EncounterReferral referral;

    @OneToOne(mappedBy = "encounter", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    private EncounterRevisitBooking revisitBooking;

    protected Encounter() {
    }

    Encounter(String maLk, Facility facility, String facilityCode, Patient patient, EncounterOpening opening,
              String recordNo, LocalDateTime now) {
        this.maLk = maLk;
        this.facility = facility;
        this.facilityCode = facilityCode;
        this.patient = patient;
        this.encounterType = opening.encounterType();
        this.status = EncounterStatus.OPEN;
        this.revision = 1;
        this.arrivalTime = opening.arrivalTime();
        this.visitReason = opening.visitReason();
        this.emergency = opening.emergency();
        this.referralPaperNo = opening.referralPaperNo();
        this.referredFrom = opening.referredFrom();
        this.revisitAppointment = opening.revisitAppointment();
        this.accidentCode = opening.accidentCode() == null || opening.accidentCode().isBlank() ? null : opening.accidentCode();
        this.departmentCodes = opening.departmentCode();
        this.weightKg = opening.weightKg();
        this.recordNo = recordNo;
        this.createdAt = now;
        this.updatedAt = now;
    }

    // ---- the lifecycle -------------------------------------------------------------------------------------

    private void moveTo(EncounterStatus target, LocalDateTime now) {
        if (!status.next().contains(target)) {
            throw new EncounterRuleException("encounter.transition.forbidden", maLk, status, target);
        }
        status = target;
        updatedAt = now;
    }

    private void requireEditable() {
        if (!status.editable()) {
            throw new EncounterRuleException("encounter.locked", maLk, status);
        }
    }

    /** Ends the visit or stay. Discharge must follow arrival and every order; a main ICD-10 code must be set. */
    public void finish(Discharge discharge, LocalDateTime now) {
        requireEditable();
        if (discharge.dischargeTime().isBefore(arrivalTime)) {
            throw new EncounterRuleException("encounter.dischargeBeforeArrival", maLk);
        }
        if (inpatientOrderTime != null && discharge.dischargeTime().isBefore(inpatientOrderTime)) {
            throw new EncounterRuleException("encounter.dischargeBeforeAdmission", maLk);
        }
        for (OrderLine line : lines) {
            if (line.orderTime().isAfter(discharge.dischargeTime())) {
                throw new EncounterRuleException("line.timeOutsideStay", line.itemCode(), line.orderTime());
            }
        }
        if (mainIcd10 == null) {
            throw new EncounterRuleException("encounter.icd.mainRequired", maLk);
        }
        if (referral != null && isTransfer(discharge.dischargeType())
                && !referral.value().reasonFits(discharge.dischargeType())) {
            throw new EncounterRuleException("encounter.referral.reasonDoesNotFit", maLk,
                    referral.value().reasonCode(), discharge.dischargeType());
        }
        if (revisitBooking != null
                && revisitBooking.value().appointmentTime().isBefore(discharge.dischargeTime())) {
            throw new EncounterRuleException("encounter.revisit.beforeDischarge", maLk);
        }
        moveTo(EncounterStatus.FINISHED, now);
        this.dischargeTime = discharge.dischargeTime();
        this.treatmentResult = discharge.treatmentResult();
        this.dischargeType = discharge.dischargeType();
        this.referredTo = discharge.referredTo();
        this.treatmentMethod = discharge.treatmentMethod();
        this.doctorAdvice = discharge.doctorAdvice();
        this.revisitDates = discharge.revisitDates();
        if (!isTransfer(dischargeType)) {
            referral = null; // a corrected end without transfer voids the letter (Bảng 13 only for MA_LOAI_RV 2, 5)
        }
        if (revisitBooking != null) {
            addRevisitDay(revisitBooking.value().appointmentTime());
        }
    }

    /** Back to OPEN before settlement (something was forgotten). */
    public void reopen(LocalDateTime now) {
        moveTo(EncounterStatus.OPEN, now);
        this.dischargeTime = null;
        // the referral letter and the appointment were issued for that end of the encounter; they are written again
        this.referral = null;
        this.revisitBooking = null;
    }

    /** Called by billing when the bill is settled; from then on the encounter is read-only. */
    public void markSettled(String finalVisitObject, LocalDateTime now) {
        moveTo(EncounterStatus.SETTLED, now);
        this.visitObjectFinal = finalVisitObject;
    }

    /** Opens a new revision of a settled encounter for a correction; the reason is kept. */
    public EncounterCorrection startCorrection(String reason, String requestedBy, LocalDateTime now) {
        if (reason == null || reason.isBlank()) {
            throw new EncounterRuleException("encounter.correction.reasonRequired", maLk);
        }
        moveTo(EncounterStatus.CORRECTING, now);
        revision++;
        EncounterCorrection correction = new EncounterCorrection(this, revision, reason.strip(), requestedBy, now);
        corrections.add(correction);
        return correction;
    }

    // ---- discharge papers (XML8, XML13, XML14) -----------------------------------------------------------

    private static boolean isTransfer(Integer dischargeType) {
        return dischargeType != null && (dischargeType == 2 || dischargeType == 5);
    }

    /** Papers may be written until the encounter is settled; after that only through a correction. */
    private void requireNotSettled() {
        if (status == EncounterStatus.SETTLED) {
            throw new EncounterRuleException("encounter.locked", maLk, status);
        }
    }

    /**
     * Records (or replaces) the record summary of a stay (QĐ 4750 Bảng 8): only for inpatient (03), day-inpatient
     * (04) and commune-station stays (06), the table's note; the paper is dated within the stay or after it, never
     * before arrival, and a child's birth and death days lie in the stay.
     */
    public void recordSummary(RecordSummary summary, LocalDateTime now) {
        requireNotSettled();
        if (!EncounterType.hasRecordSummary(encounterType)) {
            throw new EncounterRuleException("encounter.summary.notForType", maLk, encounterType);
        }
        LocalDateTime end = dischargeTime;
        if (summary.issuedOn().isBefore(arrivalTime.toLocalDate())
                || (end != null && summary.issuedOn().isBefore(end.toLocalDate()))) {
            throw new EncounterRuleException("encounter.summary.issuedBeforeEnd", maLk, summary.issuedOn());
        }
        if (summary.childDeathDate() != null && summary.childDeathDate().isAfter(summary.issuedOn())) {
            throw new EncounterRuleException("encounter.summary.childDeathAfterPaper", maLk);
        }
        if (recordSummary == null) {
            recordSummary = new EncounterRecordSummary(this, summary, now);
        } else {
            recordSummary.update(summary, now);
        }
        updatedAt = now;
    }

    /**
     * Records (or replaces) the referral letter (QĐ 4750 Bảng 13, QĐ 3176 form): only once the encounter has ended
     * with a transfer (MA_LOAI_RV 2 or 5, the table's note), with a reason that fits the kind of transfer.
     */
    public void recordReferral(Referral letter, LocalDateTime now) {
        requireNotSettled();
        if (dischargeTime == null || !isTransfer(dischargeType)) {
            throw new EncounterRuleException("encounter.referral.notTransfer", maLk, String.valueOf(dischargeType));
        }
        if (!letter.reasonFits(dischargeType)) {
            throw new EncounterRuleException("encounter.referral.reasonDoesNotFit", maLk, letter.reasonCode(),
                    dischargeType);
        }
        if (referral == null) {
            referral = new EncounterReferral(this, letter, now);
        } else {
            referral.update(letter, now);
        }
        updatedAt = now;
    }

    /**
     * Records (or replaces) the re-visit appointment (QĐ 4750 Bảng 14) once the encounter has ended: the appointment
     * is not before NGAY_RA (gateway check) and the paper not dated before NGAY_VAO (gateway check); a patient who
     * died (KET_QUA_DTRI 5, 8) gets no appointment. The day is added to NGAY_TAI_KHAM (XML1) when missing.
     */
    public void recordRevisit(RevisitBooking booking, LocalDateTime now) {
        requireNotSettled();
        if (dischargeTime == null) {
            throw new EncounterRuleException("encounter.revisit.notDischarged", maLk);
        }
        if (treatmentResult != null && (treatmentResult == 5 || treatmentResult == 8)) {
            throw new EncounterRuleException("encounter.revisit.deceased", maLk);
        }
        if (booking.appointmentTime().isBefore(dischargeTime)) {
            throw new EncounterRuleException("encounter.revisit.beforeDischarge", maLk);
        }
        if (booking.issuedOn().isBefore(arrivalTime.toLocalDate())) {
            throw new EncounterRuleException("encounter.revisit.issuedBeforeArrival", maLk, booking.issuedOn());
        }
        if (revisitBooking == null) {
            revisitBooking = new EncounterRevisitBooking(this, booking, now);
        } else {
            // a moved appointment takes its old day out of NGAY_TAI_KHAM (Bảng 1) before the new one goes in
            removeRevisitDay(revisitBooking.value().appointmentTime());
            revisitBooking.update(booking, now);
        }
        addRevisitDay(booking.appointmentTime());
        updatedAt = now;
    }

    private void removeRevisitDay(LocalDateTime appointment) {
        if (revisitDates == null || revisitDates.isBlank()) {
            return;
        }
        String day = appointment.toLocalDate().format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        String kept = String.join(";", List.of(revisitDates.split(";")).stream().filter(d -> !d.equals(day)).toList());
        revisitDates = kept.isEmpty() ? null : kept;
    }

    private void addRevisitDay(LocalDateTime appointment) {
        String day = appointment.toLocalDate().format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        if (revisitDates == null || revisitDates.isBlank()) {
            revisitDates = day;
        } else if (!List.of(revisitDates.split(";")).contains(day)) {
            revisitDates = revisitDates + ";" + day;
        }
    }

    // ---- changes while editable ----------------------------------------------------------------------------

    public EncounterCard addCard(InsuranceCard card) {
        requireEditable();
        if (cards.stream().anyMatch(c -> c.cardId().equals(card.id()))) {
            throw new EncounterRuleException("encounter.card.alreadyAdded", card.cardNumber());
        }
        EncounterCard copy = new EncounterCard(this, cards.size() + 1, card);
        cards.add(copy);
        return copy;
    }

    public OrderLine addLine(OrderLineDraft draft, LocalDateTime now) {
        requireEditable();
        if (draft.orderTime().isBefore(arrivalTime)
                || (dischargeTime != null && draft.orderTime().isAfter(dischargeTime))) {
            throw new EncounterRuleException("line.timeOutsideStay", draft.itemCode(), draft.orderTime());
        }
        int next = lines.stream().mapToInt(OrderLine::lineNo).max().orElse(0) + 1;
        OrderLine line = new OrderLine(this, next, draft, now);
        lines.add(line);
        addDepartment(draft.departmentCode());
        updatedAt = now;
        return line;
    }

    public void removeLine(int lineNo, LocalDateTime now) {
        requireEditable();
        if (!lines.removeIf(l -> l.lineNo() == lineNo)) {
            throw new EncounterRuleException("line.notFound", maLk, lineNo);
        }
        updatedAt = now;
    }

    /** Records the order for inpatient, day or outpatient treatment (NGAY_VAO_NOI_TRU, LY_DO_VNT, MA_LY_DO_VNT). */
    public void orderAdmission(LocalDateTime time, String reason, String reasonCode, String encounterType,
                               LocalDateTime now) {
        requireEditable();
        if (time.isBefore(arrivalTime)) {
            throw new EncounterRuleException("encounter.admissionBeforeArrival", maLk);
        }
        if (reason == null || reason.isBlank()) {
            throw new EncounterRuleException("encounter.admissionReason.required", maLk);
        }
        this.inpatientOrderTime = time;
        this.admissionReason = reason.strip();
        this.admissionReasonCode = reasonCode;
        this.encounterType = EncounterType.validate(encounterType);
        this.updatedAt = now;
    }

    /** Diagnoses whose codes the caller has checked against the ICD catalogues. */
    public void recordDiagnosis(Diagnosis d, LocalDateTime now) {
        requireEditable();
        this.diagnosisIn = d.diagnosisIn();
        this.diagnosisOut = d.diagnosisOut();
        this.mainIcd10 = d.mainIcd10();
        this.secondaryIcd10 = d.secondaryJoined();
        this.traditionalCodes = d.traditionalCodes();
        this.procedureIcd9 = d.procedureIcd9();
        this.updatedAt = now;
    }

    public ParaclinicalResult addResult(ParaclinicalResultDraft draft) {
        requireEditable();
        if (draft.resultTime() != null && draft.resultTime().isBefore(arrivalTime)) {
            throw new EncounterRuleException("line.timeOutsideStay", draft.indexName(), draft.resultTime());
        }
        ParaclinicalResult r = new ParaclinicalResult(this, results.size() + 1, draft);
        results.add(r);
        return r;
    }

    public ClinicalNote addNote(ClinicalNoteDraft draft) {
        requireEditable();
        if (draft.notedAt().isBefore(arrivalTime) || (dischargeTime != null && draft.notedAt().isAfter(dischargeTime))) {
            throw new EncounterRuleException("line.timeOutsideStay", "DIEN_BIEN_LS", draft.notedAt());
        }
        ClinicalNote n = new ClinicalNote(this, notes.size() + 1, draft);
        notes.add(n);
        return n;
    }

    public void setProvisionalVisitObject(String code) {
        this.visitObjectProvisional = code;
    }

    private void addDepartment(String code) {
        Set<String> all = new LinkedHashSet<>(departmentCodes == null ? List.of() : List.of(departmentCodes.split(";")));
        all.add(code);
        departmentCodes = String.join(";", all);
    }

    // ---- reading -------------------------------------------------------------------------------------------

    public Long id() { return id; }
    public String maLk() { return maLk; }
    public Facility facility() { return facility; }
    public String facilityCode() { return facilityCode; }
    public Patient patient() { return patient; }
    public String encounterType() { return encounterType; }
    public EncounterStatus status() { return status; }
    public int revision() { return revision; }
    public String visitObjectProvisional() { return visitObjectProvisional; }
    public String visitObjectFinal() { return visitObjectFinal; }
    public LocalDateTime arrivalTime() { return arrivalTime; }
    public LocalDateTime inpatientOrderTime() { return inpatientOrderTime; }
    public LocalDateTime dischargeTime() { return dischargeTime; }
    public String visitReason() { return visitReason; }
    public String admissionReason() { return admissionReason; }
    public String admissionReasonCode() { return admissionReasonCode; }
    public boolean emergency() { return emergency; }
    public String referralPaperNo() { return referralPaperNo; }
    public String referredFrom() { return referredFrom; }
    public String referredTo() { return referredTo; }
    public boolean revisitAppointment() { return revisitAppointment; }
    public String accidentCode() { return accidentCode; }
    public String diagnosisIn() { return diagnosisIn; }
    public String diagnosisOut() { return diagnosisOut; }
    public String mainIcd10() { return mainIcd10; }
    public List<String> secondaryIcd10() {
        return secondaryIcd10 == null ? List.of() : List.of(secondaryIcd10.split(";"));
    }
    public String traditionalCodes() { return traditionalCodes; }
    public String procedureIcd9() { return procedureIcd9; }
    public String departmentCodes() { return departmentCodes; }
    public Integer treatmentResult() { return treatmentResult; }
    public Integer dischargeType() { return dischargeType; }
    public String treatmentMethod() { return treatmentMethod; }
    public String doctorAdvice() { return doctorAdvice; }
    public String revisitDates() { return revisitDates; }
    public BigDecimal weightKg() { return weightKg; }
    public String newbornWeights() { return newbornWeights; }
    public String recordNo() { return recordNo; }
    public LocalDateTime createdAt() { return createdAt; }
    public LocalDateTime updatedAt() { return updatedAt; }
    public List<EncounterCard> cards() { return List.copyOf(cards); }
    public List<OrderLine> lines() {
        return lines.stream().sorted(Comparator.comparingInt(OrderLine::lineNo)).toList();
    }
    public List<ParaclinicalResult> results() { return List.copyOf(results); }
    public List<ClinicalNote> notes() { return List.copyOf(notes); }
    public List<EncounterCorrection> corrections() { return List.copyOf(corrections); }
    public Optional<RecordSummary> recordSummary() {
        return Optional.ofNullable(recordSummary).map(EncounterRecordSummary::value);
    }
    public Optional<Referral> referral() { return Optional.ofNullable(referral).map(EncounterReferral::value); }
    public Optional<RevisitBooking> revisitBooking() {
        return Optional.ofNullable(revisitBooking).map(EncounterRevisitBooking::value);
    }
}
