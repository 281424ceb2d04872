package vn.his.export.claim;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import vn.his.core.card.CardDetails;
import vn.his.core.encounter.ClinicalNote;
import vn.his.core.encounter.ClinicalNoteDraft;
import vn.his.core.encounter.Encounter;
import vn.his.core.encounter.EncounterCard;
import vn.his.core.encounter.OrderLine;
import vn.his.core.encounter.OrderLineDraft;
import vn.his.core.encounter.ParaclinicalResult;
import vn.his.core.encounter.ParaclinicalResultDraft;
import vn.his.core.encounter.RecordSummary;
import vn.his.core.encounter.Referral;
import vn.his.core.encounter.RevisitBooking;
import vn.his.core.patient.PatientDetails;

/**
 * What a claim is assembled from, read once from the core encounter (inside a transaction, so lazy collections are
 * loaded) and then plain values: the encounter fields XML1 needs, the patient, the cards as presented (in order),
 * the order lines with their line numbers, the paraclinical results, the progress notes and the names of the
 * practitioners the lines name. {@link ClaimSnapshotAssembler} works on this value only, so it is tested without a
 * database.
 *
 * @param facilityHeadId  MA_TTDV: social-insurance number of the head of the facility, or {@code null}
 * @param practitioners   CCHN → full name of the practitioners named by the lines (XML7 TEN_BS)
 * @param recordSummary   the record summary of the stay (XML8 contents), {@code null} when none was written
 * @param referral        the referral letter of a transfer (XML13 contents), {@code null} when none was written
 * @param revisit         the re-visit appointment (XML14 contents), {@code null} when none was booked
 */
public record ClaimSource(long encounterId, String maLk, String facilityCode, String facilityHeadId,
                          String encounterType, LocalDateTime arrivalTime, LocalDateTime inpatientOrderTime,
                          LocalDateTime dischargeTime, String visitReason, String admissionReason,
                          String admissionReasonCode, boolean emergency, String referralPaperNo, String referredFrom,
                          String referredTo, String accidentCode, String diagnosisIn, String diagnosisOut,
                          String mainIcd10, List<String> secondaryIcd10, String traditionalCodes, String procedureIcd9,
                          String departmentCodes, Integer treatmentResult, Integer dischargeType,
                          String treatmentMethod, String doctorAdvice, String revisitDates, BigDecimal weightKg,
                          String newbornWeights, String recordNo, String visitObjectProvisional,
                          String patientCode, PatientDetails patient, List<CardDetails> cards, List<Line> lines,
                          List<ParaclinicalResultDraft> results, List<ClinicalNoteDraft> notes,
                          Map<String, String> practitioners, RecordSummary recordSummary, Referral referral,
                          RevisitBooking revisit) {

    public ClaimSource {
        Objects.requireNonNull(maLk, "maLk");
        Objects.requireNonNull(patient, "patient");
        secondaryIcd10 = secondaryIcd10 == null ? List.of() : List.copyOf(secondaryIcd10);
        cards = List.copyOf(cards);
        lines = lines.stream().sorted(Comparator.comparingInt(Line::lineNo)).toList();
        results = List.copyOf(results);
        notes = List.copyOf(notes);
        practitioners = Map.copyOf(practitioners);
    }

    /** One order line with its number in the encounter (the id billing prices it under, see {@link Line#lineId()}). */
    public record Line(int lineNo, OrderLineDraft draft) {

        /** The pricing line id of this order line: its line number as text. */
        public String lineId() {
            return String.valueOf(lineNo);
        }
    }

    /** Reads the encounter; call inside a transaction. */
    public static ClaimSource of(Encounter e, String facilityHeadId, Map<String, String> practitioners) {
        return new ClaimSource(e.id(), e.maLk(), e.facilityCode(), facilityHeadId, e.encounterType(), e.arrivalTime(),
                e.inpatientOrderTime(), e.dischargeTime(), e.visitReason(), e.admissionReason(),
                e.admissionReasonCode(), e.emergency(), e.referralPaperNo(), e.referredFrom(), e.referredTo(),
                e.accidentCode(), e.diagnosisIn(), e.diagnosisOut(), e.mainIcd10(), e.secondaryIcd10(),
                e.traditionalCodes(), e.procedureIcd9(), e.departmentCodes(), e.treatmentResult(), e.dischargeType(),
                e.treatmentMethod(), e.doctorAdvice(), e.revisitDates(), e.weightKg(), e.newbornWeights(),
                e.recordNo(), e.visitObjectProvisional(), e.patient().patientCode(), e.patient().details(),
                e.cards().stream().sorted(Comparator.comparingInt(EncounterCard::seq)).map(EncounterCard::details)
                        .toList(),
                e.lines().stream().map((OrderLine l) -> new Line(l.lineNo(), l.toDraft())).toList(),
                e.results().stream().sorted(Comparator.comparingInt(ParaclinicalResult::seq))
                        .map(r -> new ParaclinicalResultDraft(r.serviceCode(), r.indexCode(), r.indexName(), r.value(),
                                r.unit(), r.description(), r.conclusion(), r.resultTime(), r.readerId()))
                        .toList(),
                e.notes().stream().sorted(Comparator.comparingInt(ClinicalNote::seq))
                        .map(n -> new ClinicalNoteDraft(n.progress(), n.diseaseStage(), n.consultation(), n.surgery(),
                                n.notedAt(), n.recordedBy()))
                        .toList(),
                practitioners, e.recordSummary().orElse(null), e.referral().orElse(null),
                e.revisitBooking().orElse(null));
    }

    /** The same source with other discharge papers (XML8, XML13, XML14). */
    public ClaimSource withPapers(RecordSummary recordSummary, Referral referral, RevisitBooking revisit) {
        return new ClaimSource(encounterId, maLk, facilityCode, facilityHeadId, encounterType, arrivalTime,
                inpatientOrderTime, dischargeTime, visitReason, admissionReason, admissionReasonCode, emergency,
                referralPaperNo, referredFrom, referredTo, accidentCode, diagnosisIn, diagnosisOut, mainIcd10,
                secondaryIcd10, traditionalCodes, procedureIcd9, departmentCodes, treatmentResult, dischargeType,
                treatmentMethod, doctorAdvice, revisitDates, weightKg, newbornWeights, recordNo,
                visitObjectProvisional, patientCode, patient, cards, lines, results, notes, practitioners,
                recordSummary, referral, revisit);
    }

    public Line line(int lineNo) {
        return lines.stream().filter(l -> l.lineNo() == lineNo).findFirst()
                .orElseThrow(() -> new vn.his.core.common.DomainException("claim.source.lineMissing", maLk, lineNo));
    }
}
