package vn.his.core.encounter;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.his.core.card.InsuranceCard;
import vn.his.core.card.InsuranceCardRepository;
import vn.his.core.catalog.Icd10Catalog;
import vn.his.core.common.ClinicalTime;
import vn.his.core.common.CodeSequence;
import vn.his.core.facility.Facility;
import vn.his.core.facility.FacilityRepository;
import vn.his.core.patient.Patient;
import vn.his.core.patient.PatientNotFoundException;
import vn.his.core.patient.PatientRepository;

/**
 * Records encounters: open with the card(s) presented, add order lines, diagnoses, results and notes, finish, reopen,
 * and open a correction of a settled encounter. Each call is one transaction: a refused change writes nothing.
 */
@Service
public class EncounterService {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

    private final EncounterRepository encounters;
    private final PatientRepository patients;
    private final FacilityRepository facilities;
    private final InsuranceCardRepository cards;
    private final Icd10Catalog icd10;
    private final CodeSequence sequence;
    private final ClinicalTime time;
    private final ApplicationEventPublisher events;

    public EncounterService(EncounterRepository encounters, PatientRepository patients, FacilityRepository facilities,
                            InsuranceCardRepository cards, Icd10Catalog icd10, CodeSequence sequence,
                            ClinicalTime time, ApplicationEventPublisher events) {
        this.encounters = encounters;
        this.patients = patients;
        this.facilities = facilities;
        this.cards = cards;
        this.icd10 = icd10;
        this.sequence = sequence;
        this.time = time;
        this.events = events;
    }

    /**
     * Opens an encounter. MA_LK = MA_CSKCB + yyMMdd of arrival + a 6-digit counter of that facility and day: unique,
     * stable across re-sends. {@code cardIds} are the patient's cards presented (none for a self-paying patient).
     */
    @Transactional
    public Encounter open(Long patientId, Long facilityId, List<Long> cardIds, EncounterOpening opening) {
        Patient patient = patients.findById(patientId).orElseThrow(() -> new PatientNotFoundException(patientId));
        Facility facility = facilities.findById(facilityId)
                .orElseThrow(() -> new EncounterRuleException("facility.notFound", facilityId));
        String facilityCode = facility.codeOn(opening.arrivalTime().toLocalDate())
                .orElseThrow(() -> new EncounterRuleException("facility.noCodeOn", facility.name(),
                        opening.arrivalTime().toLocalDate()));
        String day = opening.arrivalTime().format(DAY);
        long n = sequence.next("malk." + facilityCode + "." + day);
        String maLk = facilityCode + day + String.format("%06d", n);
        Encounter encounter = new Encounter(maLk, facility, facilityCode, patient, opening, maLk, time.now());
        for (Long cardId : cardIds) {
            InsuranceCard card = cards.findById(cardId)
                    .filter(c -> c.patient().id().equals(patientId))
                    .orElseThrow(() -> new EncounterRuleException("encounter.card.notOfPatient", cardId));
            encounter.addCard(card);
        }
        return encounters.save(encounter);
    }

    @Transactional(readOnly = true)
    public Encounter get(Long encounterId) {
        return encounters.findById(encounterId)
                .orElseThrow(() -> new EncounterRuleException("encounter.notFound", encounterId));
    }

    /** Adds a card presented during the stay (card changed, new benefit level). */
    @Transactional
    public Encounter addCard(Long encounterId, Long cardId) {
        Encounter e = get(encounterId);
        InsuranceCard card = cards.findById(cardId).filter(c -> c.patient().id().equals(e.patient().id()))
                .orElseThrow(() -> new EncounterRuleException("encounter.card.notOfPatient", cardId));
        e.addCard(card);
        return e;
    }

    @Transactional
    public OrderLine addLine(Long encounterId, OrderLineDraft draft) {
        Encounter e = get(encounterId);
        List<String> icd = new ArrayList<>();
        if (draft.icd10() != null && !draft.icd10().isBlank()) {
            icd.addAll(List.of(draft.icd10().split(";")));
        }
        icd10.requireValid(icd, draft.orderTime().toLocalDate());
        boolean first = e.lines().isEmpty();
        boolean firstInWard = e.inpatientOrderTime() != null && !draft.orderTime().isBefore(e.inpatientOrderTime())
                && e.lines().stream().noneMatch(l -> !l.orderTime().isBefore(e.inpatientOrderTime()));
        OrderLine line = e.addLine(draft, time.now());
        encounters.flush();
        events.publishEvent(new CostRecorded(e.id(), e.maLk(), line.lineNo(), first, firstInWard));
        return line;
    }

    @Transactional
    public void removeLine(Long encounterId, int lineNo) {
        get(encounterId).removeLine(lineNo, time.now());
    }

    /** Records diagnoses after checking every ICD-10 code against the catalogue valid on the day of arrival. */
    @Transactional
    public Encounter recordDiagnosis(Long encounterId, Diagnosis diagnosis) {
        Encounter e = get(encounterId);
        List<String> codes = new ArrayList<>(diagnosis.secondaryIcd10());
        if (diagnosis.mainIcd10() != null) {
            codes.add(0, diagnosis.mainIcd10());
        }
        icd10.requireValid(codes, e.arrivalTime().toLocalDate());
        e.recordDiagnosis(diagnosis, time.now());
        return e;
    }

    @Transactional
    public Encounter orderAdmission(Long encounterId, LocalDateTime at, String reason, String reasonCode,
                                    String encounterType) {
        Encounter e = get(encounterId);
        e.orderAdmission(at, reason, reasonCode, encounterType, time.now());
        return e;
    }

    @Transactional
    public ParaclinicalResult addResult(Long encounterId, ParaclinicalResultDraft draft) {
        return get(encounterId).addResult(draft);
    }

    @Transactional
    public ClinicalNote addNote(Long encounterId, ClinicalNoteDraft draft) {
        return get(encounterId).addNote(draft);
    }

    @Transactional
    public Encounter finish(Long encounterId, Discharge discharge) {
        Encounter e = get(encounterId);
        e.finish(discharge, time.now());
        events.publishEvent(new EncounterFinished(e.id(), e.maLk(), e.revision()));
        return e;
    }

    /** Records the record summary of a stay (XML8); see {@link Encounter#recordSummary}. */
    @Transactional
    public Encounter recordSummary(Long encounterId, RecordSummary summary) {
        Encounter e = get(encounterId);
        e.recordSummary(summary, time.now());
        return e;
    }

    /** Records the referral letter of a transfer (XML13); see {@link Encounter#recordReferral}. */
    @Transactional
    public Encounter recordReferral(Long encounterId, Referral referral) {
        Encounter e = get(encounterId);
        e.recordReferral(referral, time.now());
        return e;
    }

    /** Records the re-visit appointment (XML14); see {@link Encounter#recordRevisit}. */
    @Transactional
    public Encounter recordRevisit(Long encounterId, RevisitBooking booking) {
        Encounter e = get(encounterId);
        e.recordRevisit(booking, time.now());
        return e;
    }

    @Transactional
    public Encounter reopen(Long encounterId) {
        Encounter e = get(encounterId);
        e.reopen(time.now());
        return e;
    }

    @Transactional
    public EncounterCorrection startCorrection(Long encounterId, String reason, String requestedBy) {
        return get(encounterId).startCorrection(reason, requestedBy, time.now());
    }
}
