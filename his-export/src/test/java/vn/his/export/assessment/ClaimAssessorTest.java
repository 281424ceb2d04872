package vn.his.export.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.his.core.i18n.Messages;
import vn.his.export.spec.SchemaCatalog;
import vn.his.export.testing.FakeCatalogue;
import vn.his.export.testing.Scenarios;
import vn.his.export.testing.Snap;
import vn.his.export.xml.ClaimSnapshot;
import vn.his.export.xml.ReferralLetterSettings;
import vn.his.export.xml.ReferralOrigin;

/**
 * Every rule has a failing case (a scenario with one thing broken, table {@link #failing()}) and passing cases
 * (the six scenarios, which produce no finding at all, and the lawful exceptions in {@link #passing()}).
 */
class ClaimAssessorTest {

    private static final ClaimAssessor ASSESSOR = new ClaimAssessor(SchemaCatalog.loadFromClasspath(), new FakeCatalogue());

    static ClaimSnapshot inpatient() {
        return Scenarios.provincialInpatient();
    }

    static ClaimSnapshot commune() {
        return Scenarios.communeVisit();
    }

    static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    /** rule id → (expected severity, broken snapshot). Services of the inpatient: 0 exam, 1 lab, 2 surgery, 3 supply, 4 bed. */
    static Map<String, Case> cases() {
        Map<String, Case> c = new LinkedHashMap<>();
        c.put("FIELD_REQUIRED", error(() -> Snap.summary(inpatient(), "HO_TEN", null)));
        c.put("FIELD_MAX_LENGTH", error(() -> Snap.summary(inpatient(), "MA_BENH_CHINH", "K35.8000")));
        c.put("FIELD_DATE_FORMAT", error(() -> Snap.checkIn(inpatient(), "NGAY_VAO", "202613011200")));
        c.put("FIELD_NUMBER_FORMAT", error(() -> Snap.drug(inpatient(), 0, "SO_LUONG", d("3.0005"))));
        c.put("CCCD_FORMAT", error(() -> Snap.summary(inpatient(), "SO_CCCD", "12345")));
        c.put("CARD_FORMAT", error(() -> Snap.checkIn(inpatient(), "MA_THE_BHYT", "GD6010123456789")));
        c.put("BED_CODE_FORMAT", error(() -> Snap.service(inpatient(), 4, "MA_GIUONG", "X012")));
        c.put("SUPPLY_PACKAGE_FORMAT", error(() -> Snap.service(inpatient(), 3, "GOI_VTYT", "G0")));
        c.put("MA_TTDV_FORMAT", error(() -> Snap.summary(inpatient(), "MA_TTDV", "01123")));
        c.put("FLAG_EMPTY_OR_ONE", error(() -> Snap.drug(inpatient(), 0, "VET_THUONG_TP", "2")));
        c.put("XML0_FIRST_ITEM", error(() -> Snap.checkIn(inpatient(), "MA_DICH_VU", null, "TEN_DICH_VU", null)));
        c.put("ITEM_NAME_REQUIRED", error(() -> Snap.checkIn(inpatient(), "TEN_DICH_VU", null)));
        c.put("ADMISSION_REASON_REQUIRED", error(() -> Snap.checkIn(inpatient(), "NGAY_VAO_NOI_TRU", "202610071130")));
        c.put("XML2_TENDER_REQUIRED", error(() -> Snap.drug(inpatient(), 0, "TT_THAU", null)));
        c.put("XML3_TENDER_REQUIRED", error(() -> Snap.service(inpatient(), 3, "TT_THAU", null)));
        c.put("XML3_FUEL_REQUIRED", error(() -> Snap.service(inpatient(), 0, "MA_NHOM", "12")));
        c.put("XML3_PERFORMER_REQUIRED", error(() -> Snap.service(inpatient(), 1, "NGUOI_THUC_HIEN", null)));
        c.put("XML3_EXECUTION_TIME_REQUIRED", error(() -> Snap.service(inpatient(), 2, "NGAY_TH_YL", null)));
        c.put("XML3_ITEM_CODE_REQUIRED", error(() -> Snap.service(inpatient(), 0, "MA_DICH_VU", null)));
        c.put("XML4_RESULT_TIME_REQUIRED", error(() -> Snap.testResult(inpatient(), 0, "NGAY_KQ", null)));
        c.put("LINE_AMOUNT_BV", error(() -> Snap.service(inpatient(), 4, "TYLE_TT_DV", d("50"))));
        c.put("LINE_AMOUNT_BH", error(() -> Snap.drug(inpatient(), 0, "TYLE_TT_BH", d("50"))));
        c.put("LINE_OTHER_SOURCES", error(() -> Snap.drug(inpatient(), 0, "T_NGUONKHAC_NSNN", d("10.00"))));
        c.put("LINE_SPLIT", error(() -> Snap.drug(inpatient(), 0, "T_BHTT", d("92401.00"), "T_BNCCT", d("23099.00"))));
        c.put("LINE_BALANCE", error(() -> Snap.drug(inpatient(), 0, "T_BNTT", d("1.00"))));
        c.put("XML1_TOTAL", error(() -> Snap.summary(inpatient(), "T_THUOC", d("1.00"))));
        c.put("ADMISSION_ORDER", error(() -> Snap.summary(inpatient(), "NGAY_VAO_NOI_TRU", "202610070900")));
        c.put("DISCHARGE_ORDER", error(() -> Snap.summary(commune(), "NGAY_RA", "202610050700")));
        c.put("EXECUTION_ORDER", error(() -> Snap.drug(inpatient(), 0, "NGAY_TH_YL", "202610071300")));
        c.put("RESULT_ORDER", error(() -> Snap.service(inpatient(), 1, "NGAY_KQ", "202610071010")));
        c.put("REVISIT_AFTER_DISCHARGE", error(() -> Snap.revisit(Scenarios.emergencyOffRoute(), "NGAY_HEN_KL", "202610100100")));
        c.put("DISCHARGE_END_OF_DAY", error(() -> Snap.summary(commune(), "MA_LOAI_KCB", "07")));
        c.put("ORDER_IN_STAY", warning(() -> Snap.drug(commune(), 0, "NGAY_YL", "202610051000", "NGAY_TH_YL", "202610051000")));
        c.put("PROGRESS_IN_STAY", warning(() -> Snap.note(inpatient(), 1, "THOI_DIEM_DBLS", "202610111000")));
        c.put("PAYMENT_AFTER_DISCHARGE", warning(() -> Snap.summary(inpatient(), "NGAY_TTOAN", "202610090800")));
        c.put("TREATMENT_DAYS", error(() -> Snap.summary(inpatient(), "SO_NGAY_DTRI", 3)));
        c.put("SECONDARY_DIAGNOSIS_COUNT", error(() -> Snap.summary(inpatient(), "MA_BENH_KT",
                "A01;A02;A03;A04;A05;A06;A07;A08;A09;B01;B02;B03;B04")));
        c.put("CARD_LIST_MISMATCH", error(() -> Snap.summary(inpatient(), "MA_THE_BHYT", "GD4010123456789;GD4010123456789")));
        c.put("CARD_PERIOD", error(() -> Snap.summary(inpatient(), "GT_THE_TU", "20270101")));
        c.put("CARD_NOT_VALID_AT_ADMISSION", error(() -> Snap.summary(inpatient(), "GT_THE_TU", "20261008")));
        c.put("CARD_NOT_VALID_ON_SERVICE", error(() -> Snap.drug(Snap.summary(inpatient(),
                "MA_THE_BHYT", "GD4010123456789;GD4010123456789", "MA_DKBD", "01001;01001",
                "GT_THE_TU", "20260101;20261009", "GT_THE_DEN", "20261007;20261231"),
                1, "NGAY_YL", "202610081000", "NGAY_TH_YL", "202610081000")));
        c.put("CARD_MISSING", error(() -> Snap.summary(inpatient(), "MA_THE_BHYT", null, "MA_DKBD", null,
                "GT_THE_TU", null, "GT_THE_DEN", null)));
        c.put("TABLE_NOT_RELEVANT", error(() -> Snap.summary(Scenarios.referral(), "MA_LOAI_RV", "1")));
        c.put("INPATIENT_DISCHARGE_CERTIFICATE", error(() -> Snap.tables(inpatient(), p -> new Object[] {null, p[1], p[2], p[3]})));
        c.put("REFERRAL_LETTER_MISSING", warning(() -> Snap.tables(Scenarios.referral(), p -> new Object[] {p[0], p[1], null, p[3]})));
        c.put("PAPER_DIFFERS_FROM_XML1", error(() -> Snap.referralLetter(Scenarios.referral(), "HO_TEN", "Trần Thị Hòa")));
        c.put("REVISIT_PAPER_BEFORE_ARRIVAL", error(() -> Snap.revisit(Scenarios.emergencyOffRoute(), "NGAY_CT", "20261008")));
        c.put("SUMMARY_BEFORE_DISCHARGE", warning(() -> Snap.recordSummary(inpatient(), "NGAY_CT", "20261009")));
        c.put("STILLBIRTH_FIELDS", error(() -> Snap.recordSummary(inpatient(), "NGAY_SINHCON", "20261008")));
        c.put("REFERRAL_REASON_CODE", error(() -> Snap.referralLetter(Scenarios.referral(), "MA_LYDO_CT", "4")));
        c.put("REFERRAL_DESTINATION", error(() -> Snap.summary(Snap.referralLetter(Scenarios.referral(),
                "MA_CSKCB_DEN", "01012"), "MA_NOI_DEN", "01012")));
        c.put("REFERRAL_REASON_FITS", warning(() -> Snap.referralLetter(Scenarios.referral(), "MA_LYDO_CT", "3")));
        c.put("RECORD_SUMMARY_MISSING", warning(() -> Snap.tables(inpatient(), p -> new Object[] {p[0], null, p[2], p[3]})));
        c.put("MA_LK_MISMATCH", error(() -> Snap.drug(inpatient(), 1, "MA_LK", "OTHER-LK")));
        c.put("FACILITY_MISMATCH", error(() -> Snap.summary(inpatient(), "MA_CSKCB", "99999")));
        c.put("STT_SEQUENCE", warning(() -> Snap.drug(inpatient(), 1, "STT", 5)));
        c.put("ICD10_UNKNOWN", error(() -> Snap.summary(inpatient(), "MA_BENH_KT", "X99.9")));
        c.put("DRUG_NOT_IN_CATALOGUE", error(() -> Snap.drug(inpatient(), 0, "MA_THUOC", "40.9999")));
        c.put("SERVICE_NOT_IN_CATALOGUE", error(() -> Snap.service(inpatient(), 0, "MA_DICH_VU", "99.9999.9999")));
        c.put("SUPPLY_NOT_IN_CATALOGUE", error(() -> Snap.service(inpatient(), 3, "MA_VAT_TU", "N99.99.999")));
        return c;
    }

    record Case(Severity severity, Supplier<ClaimSnapshot> snapshot) {
    }

    static Case error(Supplier<ClaimSnapshot> s) {
        return new Case(Severity.ERROR, s);
    }

    static Case warning(Supplier<ClaimSnapshot> s) {
        return new Case(Severity.WARNING, s);
    }

    static Stream<Arguments> failing() {
        return cases().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failing")
    void ruleFailsOnItsBrokenCase(String ruleId, Case c) {
        Assessment assessment = ASSESSOR.assess(c.snapshot().get());
        assertThat(assessment.findings()).as("findings").anySatisfy(f -> {
            assertThat(f.ruleId()).isEqualTo(ruleId);
            assertThat(f.severity()).isEqualTo(c.severity());
        });
        Finding finding = assessment.findings().stream().filter(f -> f.ruleId().equals(ruleId)).findFirst().orElseThrow();
        assertThat(finding.message()).as("Vietnamese message").isNotBlank().doesNotContain("{");
        assertThat(finding.message(Locale.ENGLISH)).as("English message").isNotBlank().doesNotContain("{")
                .isNotEqualTo(finding.message());
        assertThat(finding.table()).isNotBlank();
        assertThat(assessment.sendable()).isEqualTo(c.severity() == Severity.WARNING
                && assessment.errors().isEmpty());
    }

    @Test
    void everyRuleHasAFailingCaseAndAMessage() {
        assertThat(cases().keySet()).containsExactlyInAnyOrderElementsOf(ASSESSOR.ruleIds());
        for (String id : ASSESSOR.ruleIds()) {
            assertThat(Messages.vi("assessment." + id)).isNotBlank();
            assertThat(Messages.get(Locale.ENGLISH, "assessment." + id)).isNotBlank();
        }
    }

    static List<String> scenarios() {
        return Scenarios.names();
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void representativeClaimsPassEveryRule(String name) {
        Assessment assessment = ASSESSOR.assess(Scenarios.byName(name));
        assertThat(assessment.findings()).isEmpty();
        assertThat(assessment.sendable()).isTrue();
    }

    /** Lawful exceptions: the rule must stay silent. */
    static Stream<Arguments> passing() {
        ClaimSnapshot in = inpatient();
        return Stream.of(
                Arguments.of("XML2_TENDER_REQUIRED", "blood (group 7) has no tender",
                        Snap.drug(in, 1, "MA_NHOM", "7", "TT_THAU", null)),
                Arguments.of("XML0_FIRST_ITEM", "first item is a drug",
                        Snap.checkIn(in, "MA_DICH_VU", null, "TEN_DICH_VU", null, "MA_THUOC", "40.488",
                                "TEN_THUOC", "Cefazolin 1g")),
                Arguments.of("ADMISSION_REASON_REQUIRED", "admission with its reason",
                        Snap.checkIn(in, "NGAY_VAO_NOI_TRU", "202610071130", "LY_DO_VNT", "Đau bụng")),
                Arguments.of("INPATIENT_DISCHARGE_CERTIFICATE", "absconded patient has no discharge certificate",
                        Snap.summary(Snap.tables(in, p -> new Object[] {null, p[1], p[2], p[3]}), "MA_LOAI_RV", "3")),
                Arguments.of("CARD_NOT_VALID_ON_SERVICE", "card changed during the stay, both listed",
                        Snap.summary(in, "MA_THE_BHYT", "GD4010123456789;GD4010123456790", "MA_DKBD", "01001;01001",
                                "GT_THE_TU", "20260101;20261008", "GT_THE_DEN", "20261007;20261231")),
                Arguments.of("FIELD_MAX_LENGTH", "MUC_HUONG of 4 characters under QĐ 1931",
                        Snap.drug(in, 0, "MUC_HUONG", d("47.5"))),
                Arguments.of("PAPER_DIFFERS_FROM_XML1", "an optional paper field left empty",
                        Snap.referralLetter(Scenarios.referral(), "DIA_CHI", null, "MA_QUOCTICH", null)),
                Arguments.of("STILLBIRTH_FIELDS", "a child who died after birth, all three fields",
                        Snap.recordSummary(in, "NGAY_SINHCON", "20261008", "NGAY_CONCHET", "20261009",
                                "SO_CONCHET", 1)),
                Arguments.of("REFERRAL_REASON_FITS", "transfer at the patient's request with reason 3",
                        Snap.summary(Snap.referralLetter(Scenarios.referral(), "MA_LOAI_RV", "5", "MA_LYDO_CT", "3"),
                                "MA_LOAI_RV", "5")),
                Arguments.of("RECORD_SUMMARY_MISSING", "absconded patient has no record summary",
                        Snap.summary(Snap.tables(in, p -> new Object[] {p[0], null, p[2], p[3]}), "MA_LOAI_RV", "3")),
                Arguments.of("SUMMARY_BEFORE_DISCHARGE", "summary issued the day after discharge",
                        Snap.recordSummary(in, "NGAY_CT", "20261011")),
                Arguments.of("XML3_FUEL_REQUIRED", "transport with its fuel code",
                        Snap.service(in, 0, "MA_NHOM", "12", "MA_XANG_DAU", "XD.01")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("passing")
    void ruleStaysSilentOnLawfulCases(String ruleId, String why, ClaimSnapshot snapshot) {
        assertThat(ASSESSOR.assess(snapshot).findings()).noneMatch(f -> f.ruleId().equals(ruleId));
    }

    static ClaimAssessor reading(ReferralOrigin origin) {
        return new ClaimAssessor(SchemaCatalog.loadFromClasspath(), new FakeCatalogue(),
                ReferralLetterSettings.configured(origin));
    }

    /** The referral scenario's letter names its own facility 01012 as MA_CSKCB_DI; its XML1 has no MA_NOI_DI. */
    @Test
    void xml13MaCskcbDiDiffersFromXml1MaNoiDiUnderThePlaceOfOriginReading() {
        assertThat(reading(ReferralOrigin.PLACE_OF_ORIGIN).assess(Scenarios.referral()).findings())
                .anySatisfy(f -> {
                    assertThat(f.ruleId()).isEqualTo("PAPER_DIFFERS_FROM_XML1");
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.table()).isEqualTo("XML13");
                    assertThat(f.field()).isEqualTo("MA_CSKCB_DI");
                });
    }

    @Test
    void xml13MaCskcbDiEqualToItsConfiguredSourcePasses() {
        assertThat(reading(ReferralOrigin.ISSUING_FACILITY).assess(Scenarios.referral()).findings()).isEmpty();
        ClaimSnapshot referredIn = Snap.referralLetter(Snap.summary(Scenarios.referral(), "MA_NOI_DI", "01005"),
                "MA_CSKCB_DI", "01005");
        assertThat(reading(ReferralOrigin.PLACE_OF_ORIGIN).assess(referredIn).findings())
                .noneMatch(f -> f.ruleId().equals("PAPER_DIFFERS_FROM_XML1"));
        assertThat(reading(ReferralOrigin.ISSUING_FACILITY).assess(referredIn).findings())
                .anyMatch(f -> f.ruleId().equals("PAPER_DIFFERS_FROM_XML1") && f.field().equals("MA_CSKCB_DI"));
    }

    @Test
    void xml13MaCskcbDiIsNotComparedWhenNoReadingIsConfigured() {
        ClaimSnapshot referredIn = Snap.summary(Scenarios.referral(), "MA_NOI_DI", "01005");
        assertThat(ASSESSOR.assess(referredIn).findings())
                .noneMatch(f -> f.ruleId().equals("PAPER_DIFFERS_FROM_XML1"));
    }

    @Test
    void benefitLevelOfFourCharactersIsTooLongBeforeQd1931() {
        ClaimSnapshot s = Snap.schema(Snap.drug(inpatient(), 0, "MUC_HUONG", d("47.5")), "QD3176");
        assertThat(ASSESSOR.assess(Snap.tables(s, p -> new Object[] {p[0], p[1], null, p[3]})).findings())
                .anyMatch(f -> f.ruleId().equals("FIELD_MAX_LENGTH") && f.field().equals("MUC_HUONG"));
    }

    @Test
    void otherSourcesFollowCaseAOrGiveOnlyAWarning() {
        // drug 0: BV 115500.00, BH 115500.00, MUC_HUONG 80 → BNTT* 0, BHTT* 92400.00, BNCCT* 23100.00
        ClaimSnapshot caseA = Snap.drug(inpatient(), 0, "T_NGUONKHAC_NSNN", d("3100.00"), "T_NGUONKHAC", d("3100.00"),
                "T_BNCCT", d("20000.00"));
        assertThat(ASSESSOR.assess(caseA).findings()).noneMatch(f -> f.ruleId().startsWith("LINE_"));
        ClaimSnapshot otherCase = Snap.drug(inpatient(), 0, "T_NGUONKHAC_NSNN", d("3100.00"),
                "T_NGUONKHAC", d("3100.00"), "T_BHTT", d("89300.00"));
        assertThat(ASSESSOR.assess(otherCase).findings()).anySatisfy(f -> {
            assertThat(f.ruleId()).isEqualTo("LINE_SPLIT");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
        });
    }
}
