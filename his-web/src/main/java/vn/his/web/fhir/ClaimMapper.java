package vn.his.web.fhir;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.ClaimResponse;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Money;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.PositiveIntType;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;

import vn.his.core.common.DomainException;
import vn.his.core.encounter.EncounterType;
import vn.his.export.claim.StoredClaim;
import vn.his.export.outbox.Submission;
import vn.his.export.outbox.SubmissionAttempt;

/**
 * Frozen claim versions as FHIR Claim, and their gateway submissions as ClaimResponse (base R4, no profile).
 * <ul>
 *   <li>Claim: one per claim version ({@code claim_version}); identifier MA_LK, the version number in the extension
 *       {@code so-phien-ban}; items are the XML2 (drugs) then XML3 (services, supplies) lines of the stored tables, in
 *       that order, {@code net} = THANH_TIEN_BV; total = XML1 T_TONGCHI_BH; insurer = BHXH; diagnoses MA_BENH_CHINH
 *       (principal) and MA_BENH_KT (secondary); the earlier version is {@code related} as "prior".</li>
 *   <li>ClaimResponse: one per outbox submission of a version's dossier; outcome from the submission's status
 *       (ACCEPTED → complete; REJECTED, DEAD, SUPERSEDED → error; QUEUED, SENDING, RETRY → queued); identifier =
 *       maGiaoDich; disposition = the gateway's latest thongDiep; every attempt a processNote; adjudication
 *       "submitted" = T_BHTT claimed from the fund, per item and in total. Once the gateway's assessment of the
 *       version is imported ({@link Assessment}): "benefit" = accepted (claimed − refused) per item and in total,
 *       "refused" ({@link FhirSystems#ADJUDICATION_REFUSED}) = the refused amount in total, per refused line with
 *       the reason (MA_LY_DO / LY_DO) as the adjudication's reason, and for a whole-claim refusal at header level.
 *       </li>
 * </ul>
 */
final class ClaimMapper {

    static final String CLAIM_TYPE = "http://terminology.hl7.org/CodeSystem/claim-type";
    static final String PROCESS_PRIORITY = "http://terminology.hl7.org/CodeSystem/processpriority";
    static final String DIAGNOSIS_TYPE = "http://terminology.hl7.org/CodeSystem/ex-diagnosistype";
    static final String ADJUDICATION = "http://terminology.hl7.org/CodeSystem/adjudication";
    static final String RELATED_CLAIM = "http://terminology.hl7.org/CodeSystem/ex-relatedclaimrelationship";
    private static final Coding BENEFIT = new Coding(ADJUDICATION, "benefit", "Benefit Amount");
    private static final Coding REFUSED = new Coding(FhirSystems.ADJUDICATION_REFUSED, "refused", "Xuất toán");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyyMMddHHmm");

    private ClaimMapper() {
    }

    /**
     * What a claim version holds, read from its row and its stored tables.
     *
     * @param coverageIds the Coverage (card period) id of each card number of XML1 MA_THE_BHYT held by the patient
     */
    record ClaimFacts(StoredClaim claim, long patientId, long facilityId, Long priorClaimId, Map<String, String> xml1,
                      List<Map<String, String>> xml2, List<Map<String, String>> xml3,
                      Map<String, Long> coverageIds) {
    }

    /**
     * The MATCHED rows of the gateway's imported assessment of a claim version; no rows = not assessed (yet).
     */
    record Assessment(List<Refusal> rows) {

        static final Assessment NONE = new Assessment(List.of());

        Assessment {
            rows = List.copyOf(rows);
        }

        boolean assessed() {
            return !rows.isEmpty();
        }

        BigDecimal refused() {
            return rows.stream().map(Refusal::refused).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        /** Refusals of one line (table XML2/XML3 and STT), or of the whole claim when {@code table} is null. */
        List<Refusal> of(String table, Integer stt) {
            return rows.stream().filter(r -> java.util.Objects.equals(r.table(), table)
                    && java.util.Objects.equals(r.stt(), stt)).toList();
        }
    }

    /** One matched result row: a refused amount (zero when nothing was refused) and its reason. */
    record Refusal(String table, Integer stt, BigDecimal refused, String reasonCode, String reasonText) {
    }

    /** One XML2/XML3 line as a claim item ({@code table} and {@code stt} name it in the stored tables). */
    record Line(String table, Integer stt, int sequence, String system, String code, String name, String unit, BigDecimal quantity,
                BigDecimal unitPrice, BigDecimal hospitalAmount, BigDecimal fundAmount, LocalDateTime orderTime) {
    }

    static Claim claim(ClaimFacts f) {
        StoredClaim c = f.claim();
        Claim r = new Claim();
        r.setId(String.valueOf(c.id()));
        r.addIdentifier().setSystem(FhirSystems.ENCOUNTER_CODE).setValue(c.maLk());
        r.addExtension(FhirSystems.EXT_CLAIM_VERSION, new PositiveIntType(c.claimNo()));
        r.addExtension(FhirSystems.EXT_CLAIM_STATUS, new CodeType(c.status().name()));
        r.setStatus(switch (c.status()) {
            case QUEUED -> Claim.ClaimStatus.ACTIVE;
            case HELD_WITH_ERRORS -> Claim.ClaimStatus.DRAFT;
            case SUPERSEDED -> Claim.ClaimStatus.CANCELLED;
        });
        r.setType(type(f));
        r.setUse(Claim.Use.CLAIM);
        r.setPatient(new Reference("Patient/" + f.patientId()));
        r.setBillablePeriod(new Period().setStartElement(FhirMapper.dateTime(c.arrivalTime()))
                .setEndElement(FhirMapper.dateTime(c.dischargeTime())));
        r.setCreatedElement(FhirMapper.dateTime(c.createdAt()));
        r.setInsurer(insurer());
        r.setProvider(provider(f));
        r.setPriority(new CodeableConcept().addCoding(new Coding(PROCESS_PRIORITY, "normal", "Normal")));
        if (f.priorClaimId() != null) {
            r.addRelated().setClaim(new Reference("Claim/" + f.priorClaimId())).setRelationship(
                    new CodeableConcept().addCoding(new Coding(RELATED_CLAIM, "prior", "Prior Claim")));
        }
        int seq = 1;
        String main = blankToNull(f.xml1().get("MA_BENH_CHINH"));
        if (main != null) {
            r.addDiagnosis().setSequence(seq++).setDiagnosis(icd10(main))
                    .addType(new CodeableConcept().addCoding(new Coding(DIAGNOSIS_TYPE, "principal", "Principal Diagnosis")));
        }
        for (String code : split(f.xml1().get("MA_BENH_KT"))) {
            r.addDiagnosis().setSequence(seq++).setDiagnosis(icd10(code))
                    .addType(new CodeableConcept().addCoding(new Coding(DIAGNOSIS_TYPE, "secondary", "Secondary Diagnosis")));
        }
        List<String> cards = split(f.xml1().get("MA_THE_BHYT"));
        for (int i = 0; i < cards.size(); i++) {
            Long coverage = f.coverageIds().get(cards.get(i));
            Reference ref = new Reference().setIdentifier(new Identifier().setSystem(FhirSystems.CARD_NUMBER)
                    .setValue(cards.get(i)));
            if (coverage != null) {
                ref.setReference("Coverage/" + coverage);
            }
            r.addInsurance().setSequence(i + 1).setFocal(i == 0).setCoverage(ref);
        }
        for (Line l : lines(f)) {
            Claim.ItemComponent item = r.addItem().setSequence(l.sequence());
            item.setProductOrService(new CodeableConcept().addCoding(new Coding(l.system(), l.code(), l.name()))
                    .setText(l.name()));
            if (l.orderTime() != null) {
                // serviced[x] is a date or a Period: the order time (NGAY_YL) as the start of a Period keeps the time
                item.setServiced(new Period().setStartElement(FhirMapper.dateTime(l.orderTime())));
            }
            item.setQuantity(new Quantity().setValue(l.quantity()).setUnit(l.unit()));
            item.setUnitPrice(vnd(l.unitPrice()));
            item.setNet(vnd(l.hospitalAmount()));
            item.addEncounter(new Reference("Encounter/" + c.encounterId()));
        }
        r.setTotal(vnd(money(f.xml1(), "T_TONGCHI_BH", c.id())));
        return r;
    }

    static ClaimResponse claimResponse(ClaimFacts f, Submission s, List<SubmissionAttempt> attempts) {
        return claimResponse(f, s, attempts, Assessment.NONE);
    }

    static ClaimResponse claimResponse(ClaimFacts f, Submission s, List<SubmissionAttempt> attempts,
                                       Assessment assessment) {
        StoredClaim c = f.claim();
        ClaimResponse r = new ClaimResponse();
        r.setId(String.valueOf(s.id()));
        if (s.maGiaoDich() != null && !s.maGiaoDich().isBlank()) {
            r.addIdentifier().setSystem(FhirSystems.GATEWAY_TRANSACTION).setValue(s.maGiaoDich());
        }
        r.addExtension(FhirSystems.EXT_SUBMISSION_STATUS, new CodeType(s.status().name()));
        r.setStatus(switch (s.status()) {
            case SUPERSEDED -> ClaimResponse.ClaimResponseStatus.CANCELLED;
            default -> ClaimResponse.ClaimResponseStatus.ACTIVE;
        });
        r.setType(type(f));
        r.setUse(ClaimResponse.Use.CLAIM);
        r.setPatient(new Reference("Patient/" + f.patientId()));
        r.setCreatedElement(FhirMapper.dateTime(s.updatedAt()));
        r.setInsurer(insurer());
        r.setRequestor(provider(f));
        r.setRequest(new Reference("Claim/" + c.id()));
        r.setOutcome(switch (s.status()) {
            case ACCEPTED -> ClaimResponse.RemittanceOutcome.COMPLETE;
            case REJECTED, DEAD, SUPERSEDED -> ClaimResponse.RemittanceOutcome.ERROR;
            case QUEUED, SENDING, RETRY -> ClaimResponse.RemittanceOutcome.QUEUED;
        });
        String disposition = null;
        for (SubmissionAttempt a : attempts) {
            if (a.thongDiep() != null && !a.thongDiep().isBlank()) {
                disposition = a.thongDiep();
            }
        }
        if (disposition == null && s.lastMessage() != null && !s.lastMessage().isBlank()) {
            disposition = s.lastMessage();
        }
        r.setDisposition(disposition);
        if (s.lastCode() != null && !s.lastCode().isBlank()
                && r.getOutcome() == ClaimResponse.RemittanceOutcome.ERROR) {
            r.addError().setCode(new CodeableConcept().addCoding(
                    new Coding(FhirSystems.GATEWAY_RESULT_CODE, s.lastCode(), null)));
        }
        for (SubmissionAttempt a : attempts) {
            r.addProcessNote().setNumber(a.attemptNo()).setType(Enumerations.NoteType.DISPLAY).setText(note(a));
        }
        for (Line l : lines(f)) {
            ClaimResponse.ItemComponent item = r.addItem().setItemSequence(l.sequence())
                    .addAdjudication(submitted(l.fundAmount()));
            if (assessment.assessed()) {
                List<Refusal> refusals = assessment.of(l.table(), l.stt());
                BigDecimal refused = sum(refusals);
                item.addAdjudication(adjudication(BENEFIT, l.fundAmount().subtract(refused)));
                refusals.stream().filter(x -> x.refused().signum() > 0).forEach(x -> item.addAdjudication(refused(x)));
            }
        }
        if (assessment.assessed()) {
            assessment.of(null, null).stream().filter(x -> x.refused().signum() > 0)
                    .forEach(x -> r.addAdjudication(refused(x)));
        }
        BigDecimal claimed = money(f.xml1(), "T_BHTT", c.id());
        r.addTotal().setCategory(submittedCategory()).setAmount(vnd(claimed));
        if (assessment.assessed()) {
            BigDecimal refused = assessment.refused();
            r.addTotal().setCategory(category(BENEFIT)).setAmount(vnd(claimed.subtract(refused)));
            r.addTotal().setCategory(category(REFUSED)).setAmount(vnd(refused));
        }
        return r;
    }

    private static BigDecimal sum(List<Refusal> refusals) {
        return refusals.stream().map(Refusal::refused).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static ClaimResponse.AdjudicationComponent adjudication(Coding category, BigDecimal amount) {
        return new ClaimResponse.AdjudicationComponent().setCategory(category(category)).setAmount(vnd(amount));
    }

    /** A refusal with its reason: the gateway's code (MA_LY_DO) when given, the text (LY_DO) as the concept's text. */
    private static ClaimResponse.AdjudicationComponent refused(Refusal x) {
        ClaimResponse.AdjudicationComponent a = adjudication(REFUSED, x.refused());
        CodeableConcept reason = new CodeableConcept();
        if (x.reasonCode() != null && !x.reasonCode().isBlank()) {
            reason.addCoding(new Coding(FhirSystems.ASSESSMENT_REASON, x.reasonCode().strip(), null));
        }
        if (x.reasonText() != null && !x.reasonText().isBlank()) {
            reason.setText(x.reasonText().strip());
        }
        if (!reason.isEmpty()) {
            a.setReason(reason);
        }
        return a;
    }

    private static CodeableConcept category(Coding coding) {
        return new CodeableConcept().addCoding(coding.copy());
    }

    private static Integer stt(Map<String, String> row, long claimId) {
        String text = row.get("STT");
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new DomainException("report.xml.badNumber", "STT", text, claimId);
        }
    }

    /** The XML2 then XML3 lines, numbered from 1 in that order (the Claim's item sequence). */
    static List<Line> lines(ClaimFacts f) {
        long id = f.claim().id();
        List<Line> lines = new ArrayList<>();
        int seq = 1;
        for (Map<String, String> x : f.xml2()) {
            lines.add(new Line("XML2", stt(x, id), seq++, FhirSystems.DRUG_CODE, x.get("MA_THUOC"), x.get("TEN_THUOC"),
                    x.get("DON_VI_TINH"), money(x, "SO_LUONG", id), money(x, "DON_GIA", id),
                    money(x, "THANH_TIEN_BV", id), money(x, "T_BHTT", id), time(x.get("NGAY_YL"), id)));
        }
        for (Map<String, String> x : f.xml3()) {
            boolean service = blankToNull(x.get("MA_DICH_VU")) != null;
            lines.add(new Line("XML3", stt(x, id), seq++, service ? FhirSystems.SERVICE_CODE : FhirSystems.SUPPLY_CODE,
                    service ? x.get("MA_DICH_VU") : x.get("MA_VAT_TU"),
                    service ? x.get("TEN_DICH_VU") : x.get("TEN_VAT_TU"), x.get("DON_VI_TINH"),
                    money(x, "SO_LUONG", id), money(x, "DON_GIA_BV", id), money(x, "THANH_TIEN_BV", id),
                    money(x, "T_BHTT", id), time(x.get("NGAY_YL"), id)));
        }
        return lines;
    }

    private static String note(SubmissionAttempt a) {
        StringBuilder s = new StringBuilder(a.outcome());
        s.append(" ").append(a.startedAt());
        if (a.httpStatus() != null) {
            s.append(" HTTP ").append(a.httpStatus());
        }
        if (a.maKetQua() != null) {
            s.append(" maKetQua ").append(a.maKetQua());
        }
        if (a.thongDiep() != null) {
            s.append(": ").append(a.thongDiep());
        }
        if (a.failure() != null) {
            s.append(" (").append(a.failure()).append(')');
        }
        return s.toString();
    }

    private static CodeableConcept type(ClaimFacts f) {
        boolean inpatient = EncounterType.isInpatient(f.xml1().get("MA_LOAI_KCB"));
        return new CodeableConcept().addCoding(inpatient ? new Coding(CLAIM_TYPE, "institutional", "Institutional")
                : new Coding(CLAIM_TYPE, "professional", "Professional"));
    }

    private static Reference insurer() {
        return new Reference().setDisplay(FhirMapper.PAYOR);
    }

    private static Reference provider(ClaimFacts f) {
        return new Reference("Organization/" + f.facilityId()).setIdentifier(new Identifier()
                .setSystem(FhirSystems.FACILITY_CODE).setValue(f.claim().facilityCode()));
    }

    private static CodeableConcept icd10(String code) {
        return new CodeableConcept().addCoding(new Coding(FhirSystems.ICD10, code, null));
    }

    private static ClaimResponse.AdjudicationComponent submitted(BigDecimal amount) {
        return new ClaimResponse.AdjudicationComponent().setCategory(submittedCategory()).setAmount(vnd(amount));
    }

    private static CodeableConcept submittedCategory() {
        return new CodeableConcept().addCoding(new Coding(ADJUDICATION, "submitted", "Submitted Amount"));
    }

    private static Money vnd(BigDecimal amount) {
        return new Money().setValue(amount).setCurrency("VND");
    }

    static List<String> split(String codes) {
        List<String> list = new ArrayList<>();
        if (codes != null) {
            for (String code : codes.split(";")) {
                if (!code.isBlank()) {
                    list.add(code.strip());
                }
            }
        }
        return list;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static BigDecimal money(Map<String, String> fields, String name, long claimId) {
        String text = fields.get(name);
        if (text == null || text.isBlank()) {
            return BigDecimal.ZERO;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new DomainException("report.xml.badNumber", name, text, claimId);
        }
    }

    private static LocalDateTime time(String text, long claimId) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip(), MINUTE);
        } catch (DateTimeParseException e) {
            throw new DomainException("report.xml.badTime", "NGAY_YL", text, claimId);
        }
    }
}
