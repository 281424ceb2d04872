package vn.his.web.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.ClaimResponse;
import org.junit.jupiter.api.Test;

import vn.his.export.claim.ClaimReason;
import vn.his.export.claim.ClaimStatus;
import vn.his.export.claim.StoredClaim;
import vn.his.export.outbox.Submission;
import vn.his.export.outbox.SubmissionAttempt;
import vn.his.export.outbox.SubmissionKind;
import vn.his.export.outbox.SubmissionStatus;

/** The mapping of stored claim versions and submissions to Claim and ClaimResponse, without Spring or a database. */
class ClaimMapperTest {

    static final LocalDateTime ARRIVAL = LocalDateTime.of(2026, 11, 10, 8, 0);

    static StoredClaim stored(int claimNo, ClaimStatus status) {
        return new StoredClaim(70 + claimNo, 9, "40017261110000001", "40017", claimNo, claimNo, ClaimReason.SETTLEMENT,
                null, "3176", LocalDate.of(2026, 11, 10), "4000000001", "Nguyễn Văn An", ARRIVAL,
                ARRIVAL.plusHours(2), ARRIVAL.plusHours(3), new BigDecimal("48800"), new BigDecimal("39040"),
                new BigDecimal("9760"), BigDecimal.ZERO, status, 0, 0, 500L, ARRIVAL.plusHours(3));
    }

    static ClaimMapper.ClaimFacts facts(int claimNo, ClaimStatus status) {
        Map<String, String> xml1 = Map.of("MA_LOAI_KCB", "01", "MA_BENH_CHINH", "J02.9", "MA_BENH_KT", "I10;E11.9",
                "MA_THE_BHYT", "HT3404017000501;GD4404017000501", "T_TONGCHI_BH", "48800", "T_BHTT", "39040");
        List<Map<String, String>> xml2 = List.of(Map.of("MA_THUOC", "40.48", "TEN_THUOC", "Paracetamol 500mg",
                "DON_VI_TINH", "Viên", "SO_LUONG", "10", "STT", "1", "DON_GIA", "350", "THANH_TIEN_BV", "3500", "T_BHTT", "2800",
                "NGAY_YL", "202611100840"));
        List<Map<String, String>> xml3 = List.of(
                Map.of("MA_DICH_VU", "02.1896", "TEN_DICH_VU", "Khám Nội", "DON_VI_TINH", "Lần", "SO_LUONG", "1", "STT", "1",
                        "DON_GIA_BV", "45300", "THANH_TIEN_BV", "45300", "T_BHTT", "36240", "NGAY_YL", "202611100810"),
                Map.of("MA_DICH_VU", "", "MA_VAT_TU", "N03.01.070", "TEN_VAT_TU", "Bơm tiêm 5ml", "SO_LUONG", "1", "STT", "2",
                        "DON_GIA_BV", "0", "THANH_TIEN_BV", "0", "T_BHTT", "0"));
        return new ClaimMapper.ClaimFacts(stored(claimNo, status), 3, 4, claimNo > 1 ? 70L + claimNo - 1 : null, xml1,
                xml2, xml3, Map.of("HT3404017000501", 12L));
    }

    static Submission submission(SubmissionStatus status, String maGiaoDich, String lastCode) {
        return new Submission(500, SubmissionKind.DOSSIER, "40017261110000001", "40017", 9, 1, status, null, null, 1,
                null, null, null, maGiaoDich, null, lastCode, null, ARRIVAL, ARRIVAL.plusHours(4), 3);
    }

    static SubmissionAttempt attempt(int no, String outcome, String maKetQua, String thongDiep) {
        return new SubmissionAttempt(no, 500, no, "node", ARRIVAL.plusHours(4), ARRIVAL.plusHours(4), "abc", 200,
                maKetQua, thongDiep, null, null, outcome);
    }

    @Test
    void aClaimVersionHasItsLinesDiagnosesCardsAndTotal() {
        Claim c = ClaimMapper.claim(facts(2, ClaimStatus.QUEUED));
        assertThat(c.getStatus()).isEqualTo(Claim.ClaimStatus.ACTIVE);
        assertThat(c.getIdentifierFirstRep().getValue()).isEqualTo("40017261110000001");
        assertThat(c.getItem()).extracting(Claim.ItemComponent::getSequence).containsExactly(1, 2, 3);
        assertThat(c.getItem()).extracting(i -> i.getProductOrService().getCodingFirstRep().getSystem())
                .containsExactly(FhirSystems.DRUG_CODE, FhirSystems.SERVICE_CODE, FhirSystems.SUPPLY_CODE);
        assertThat(c.getItem().get(2).getProductOrService().getCodingFirstRep().getCode()).isEqualTo("N03.01.070");
        assertThat(c.getItem().get(0).getServicedPeriod().getStartElement().getValueAsString())
                .isEqualTo("2026-11-10T08:40:00+07:00");
        assertThat(c.getDiagnosis()).extracting(d -> d.getDiagnosisCodeableConcept().getCodingFirstRep().getCode())
                .containsExactly("J02.9", "I10", "E11.9");
        assertThat(c.getInsurance()).extracting(i -> i.getCoverage().getReference())
                .containsExactly("Coverage/12", null);
        assertThat(c.getInsurance().get(1).getCoverage().getIdentifier().getValue()).isEqualTo("GD4404017000501");
        assertThat(c.getInsuranceFirstRep().getFocal()).isTrue();
        assertThat(c.getTotal().getValue()).isEqualByComparingTo("48800");
        assertThat(c.getRelatedFirstRep().getClaim().getReference()).isEqualTo("Claim/71");
        assertThat(c.getType().getCodingFirstRep().getCode()).isEqualTo("professional");
    }

    @Test
    void heldAndSupersededVersionsAreDraftAndCancelled() {
        assertThat(ClaimMapper.claim(facts(1, ClaimStatus.HELD_WITH_ERRORS)).getStatus())
                .isEqualTo(Claim.ClaimStatus.DRAFT);
        assertThat(ClaimMapper.claim(facts(1, ClaimStatus.SUPERSEDED)).getStatus())
                .isEqualTo(Claim.ClaimStatus.CANCELLED);
        assertThat(ClaimMapper.claim(facts(1, ClaimStatus.QUEUED)).getRelated()).isEmpty();
    }

    @Test
    void theOutcomeFollowsTheSubmissionStatus() {
        Map<SubmissionStatus, ClaimResponse.RemittanceOutcome> expected = Map.of(
                SubmissionStatus.QUEUED, ClaimResponse.RemittanceOutcome.QUEUED,
                SubmissionStatus.SENDING, ClaimResponse.RemittanceOutcome.QUEUED,
                SubmissionStatus.RETRY, ClaimResponse.RemittanceOutcome.QUEUED,
                SubmissionStatus.ACCEPTED, ClaimResponse.RemittanceOutcome.COMPLETE,
                SubmissionStatus.REJECTED, ClaimResponse.RemittanceOutcome.ERROR,
                SubmissionStatus.DEAD, ClaimResponse.RemittanceOutcome.ERROR,
                SubmissionStatus.SUPERSEDED, ClaimResponse.RemittanceOutcome.ERROR);
        for (SubmissionStatus status : SubmissionStatus.values()) {
            ClaimResponse r = ClaimMapper.claimResponse(facts(1, ClaimStatus.QUEUED), submission(status, null, null),
                    List.of());
            assertThat(r.getOutcome()).as(status.name()).isEqualTo(expected.get(status));
            assertThat(r.getStatus()).as(status.name()).isEqualTo(status == SubmissionStatus.SUPERSEDED
                    ? ClaimResponse.ClaimResponseStatus.CANCELLED : ClaimResponse.ClaimResponseStatus.ACTIVE);
        }
    }

    @Test
    void aRejectionCarriesTheGatewaysCodeAndMessageAndTheClaimedAmounts() {
        ClaimResponse r = ClaimMapper.claimResponse(facts(1, ClaimStatus.QUEUED),
                submission(SubmissionStatus.REJECTED, null, "205"), List.of(
                        attempt(1, "RETRYABLE", null, null),
                        attempt(2, "REJECTED", "205", "Sai cấu trúc hồ sơ XML1")));
        assertThat(r.getDisposition()).isEqualTo("Sai cấu trúc hồ sơ XML1");
        assertThat(r.getErrorFirstRep().getCode().getCodingFirstRep().getCode()).isEqualTo("205");
        assertThat(r.getProcessNote()).hasSize(2);
        assertThat(r.getProcessNote().get(1).getText()).contains("REJECTED").contains("205");
        assertThat(r.getIdentifier()).isEmpty();
        assertThat(r.getItem()).extracting(i -> i.getAdjudicationFirstRep().getAmount().getValue())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("2800"), new BigDecimal("36240"), BigDecimal.ZERO);
        assertThat(r.getTotalFirstRep().getAmount().getValue()).isEqualByComparingTo("39040");
        // no accepted or refused amounts: nothing but "submitted"
        assertThat(r.getItem()).allSatisfy(i -> assertThat(i.getAdjudication()).hasSize(1));

        ClaimResponse accepted = ClaimMapper.claimResponse(facts(1, ClaimStatus.QUEUED),
                submission(SubmissionStatus.ACCEPTED, "GD123", "200"), List.of(attempt(1, "ACCEPTED", "200", "OK")));
        assertThat(accepted.getIdentifierFirstRep().getValue()).isEqualTo("GD123");
        assertThat(accepted.getError()).isEmpty();
    }

    @Test
    void anAssessedVersionGivesBenefitAndRefusedAmountsWithTheReasonsOfEachRefusal() {
        ClaimMapper.Assessment assessment = new ClaimMapper.Assessment(List.of(
                new ClaimMapper.Refusal("XML3", 1, new BigDecimal("10000.00"), "TC43", "Giá vượt giá trúng thầu"),
                new ClaimMapper.Refusal("XML2", 1, BigDecimal.ZERO, null, null),
                new ClaimMapper.Refusal(null, null, new BigDecimal("1000"), null, "Sai mã đối tượng")));
        ClaimResponse r = ClaimMapper.claimResponse(facts(1, ClaimStatus.QUEUED),
                submission(SubmissionStatus.ACCEPTED, "GD123", "200"), List.of(), assessment);

        assertThat(r.getTotal()).extracting(t -> t.getCategory().getCodingFirstRep().getCode(),
                        t -> t.getAmount().getValue().toPlainString(), t -> t.getAmount().getCurrency())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("submitted", "39040", "VND"),
                        org.assertj.core.groups.Tuple.tuple("benefit", "28040.00", "VND"),
                        org.assertj.core.groups.Tuple.tuple("refused", "11000.00", "VND"));
        assertThat(r.getTotal().get(2).getCategory().getCodingFirstRep().getSystem())
                .isEqualTo(FhirSystems.ADJUDICATION_REFUSED);
        // the drug (XML2 STT 1): assessed, nothing refused
        assertThat(r.getItem().get(0).getAdjudication()).extracting(a -> a.getCategory().getCodingFirstRep().getCode())
                .containsExactly("submitted", "benefit");
        assertThat(r.getItem().get(0).getAdjudication().get(1).getAmount().getValue()).isEqualByComparingTo("2800");
        // the examination (XML3 STT 1): part refused, with the gateway's code and text
        ClaimResponse.ItemComponent exam = r.getItem().get(1);
        assertThat(exam.getAdjudication()).extracting(a -> a.getCategory().getCodingFirstRep().getCode())
                .containsExactly("submitted", "benefit", "refused");
        assertThat(exam.getAdjudication().get(1).getAmount().getValue()).isEqualByComparingTo("26240");
        ClaimResponse.AdjudicationComponent refused = exam.getAdjudication().get(2);
        assertThat(refused.getAmount().getValue()).isEqualByComparingTo("10000");
        assertThat(refused.getReason().getCodingFirstRep().getSystem()).isEqualTo(FhirSystems.ASSESSMENT_REASON);
        assertThat(refused.getReason().getCodingFirstRep().getCode()).isEqualTo("TC43");
        assertThat(refused.getReason().getText()).isEqualTo("Giá vượt giá trúng thầu");
        // the supply (XML3 STT 2) claimed nothing from the fund and was not refused
        assertThat(r.getItem().get(2).getAdjudication().get(1).getAmount().getValue()).isEqualByComparingTo("0");
        // a refusal of the whole claim is a header-level adjudication
        assertThat(r.getAdjudication()).hasSize(1);
        assertThat(r.getAdjudicationFirstRep().getAmount().getValue()).isEqualByComparingTo("1000");
        assertThat(r.getAdjudicationFirstRep().getReason().getText()).isEqualTo("Sai mã đối tượng");
        assertThat(r.getAdjudicationFirstRep().getReason().getCoding()).isEmpty();
    }
}
