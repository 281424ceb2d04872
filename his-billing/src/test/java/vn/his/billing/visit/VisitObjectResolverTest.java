package vn.his.billing.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.his.billing.BillingException;
import vn.his.billing.RuleFixtures;
import vn.his.billing.rules.CareLevel;
import vn.his.billing.rules.EncounterType;
import vn.his.billing.rules.FormerRoute;

/** MA_DOITUONG_KCB by the table order of QĐ 3276 PL1 (from 2025) and the older list (before). */
class VisitObjectResolverTest {

    private static final VisitObjectResolver RESOLVER = new VisitObjectResolver(RuleFixtures.rules());
    private static final String DN4 = "DN4010120152431";

    private static FacilityProfile facility(String code, CareLevel level, FormerRoute former, String points,
                                            boolean provisional) {
        return new FacilityProfile(code, level, former, points == null ? null : new BigDecimal(points), provisional,
                false);
    }

    private static VisitContext.Builder at(String date, FacilityProfile facility, EncounterType type) {
        return VisitContext.builder(LocalDate.parse(date), facility, type).card(DN4, "01020");
    }

    @Test
    void registeredFacilityExplainsInPlainVietnamese() {
        VisitObject v = RESOLVER.resolve(at("2026-03-10", facility("01020", CareLevel.BASIC, FormerRoute.DISTRICT,
                "55", false), EncounterType.OUTPATIENT).build());
        assertThat(v.code()).isEqualTo("1.1");
        assertThat(v.explanationVi()).isEqualTo("Khám tại nơi đăng ký ban đầu → 1.1, mức hưởng 80%");
        assertThat(v.explanation(Locale.ENGLISH)).isEqualTo("Care at the registered facility → 1.1, benefit 80%");
    }

    /** Self-referral (card registered at 01020) to other facilities, in the table order of QĐ 3276 PL1. */
    @ParameterizedTest(name = "{0} {1}/{2} {3}pts {4} {5}: {7}")
    @CsvSource({
            // date,     level,       former,     points, provisional, type,     flags,  code, factor
            "2026-03-10, PRIMARY,     COMMUNE,    ,       false, OUTPATIENT, ,          1.11, 1",
            "2026-03-10, BASIC,       COMMUNE,    45,     false, OUTPATIENT, ,          1.12, 1",
            "2026-03-10, BASIC,       COMMUNE,    ,       true,  OUTPATIENT, ,          1.12, 1",
            "2026-06-30, BASIC,       COMMUNE,    60,     false, OUTPATIENT, ,          1.13, 0",
            "2026-07-01, BASIC,       COMMUNE,    60,     false, OUTPATIENT, ,          1.13, 0.5",
            "2026-07-01, BASIC,       COMMUNE,    60,     false, OUTPATIENT, APP2,      1.16, 1",
            "2026-07-01, BASIC,       COMMUNE,    60,     false, INPATIENT,  ,          1.15, 1",
            "2026-03-10, BASIC,       PROVINCIAL, 60,     false, OUTPATIENT, ,          1.14, 0",
            "2026-07-01, BASIC,       PROVINCIAL, 60,     false, OUTPATIENT, ,          1.14, 0.5",
            "2026-07-01, BASIC,       DISTRICT,   60,     false, OUTPATIENT, ,          3.3,  1",
            "2026-07-01, BASIC,       DISTRICT,   40,     false, OUTPATIENT, ,          1.12, 1",
            "2026-07-01, SPECIALISED, CENTRAL,    ,       false, OUTPATIENT, APP1,      1.17, 1",
            "2026-07-01, SPECIALISED, PROVINCIAL, ,       false, OUTPATIENT, ,          1.18, 0.5",
            "2026-07-01, SPECIALISED, PROVINCIAL, ,       false, INPATIENT,  ,          3.2,  1",
            "2026-07-01, SPECIALISED, CENTRAL,    ,       false, INPATIENT,  ,          3.1,  0.4",
            "2026-07-01, SPECIALISED, CENTRAL,    ,       false, OUTPATIENT, ,          3.1,  0",
            "2026-07-01, SPECIALISED, DISTRICT,   ,       false, OUTPATIENT, ,          3.3,  1",
            "2026-07-01, SPECIALISED, ,           ,       false, INPATIENT,  KAREA,     3.6,  1",
            "2026-07-01, SPECIALISED, CENTRAL,    ,       false, OUTPATIENT, REFERRAL,  1.3,  1",
            "2026-07-01, SPECIALISED, CENTRAL,    ,       false, OUTPATIENT, RESIDENCE, 1.4,  1",
            "2026-07-01, SPECIALISED, CENTRAL,    ,       false, OUTPATIENT, REVISIT,   1.5,  1",
            "2026-07-01, SPECIALISED, CENTRAL,    ,       false, INPATIENT,  DONOR,     1.6,  1",
            "2026-07-01, SPECIALISED, CENTRAL,    ,       false, INPATIENT,  NEWBORN,   1.7,  1",
            "2026-07-01, SPECIALISED, CENTRAL,    ,       false, OUTPATIENT, EMERGENCY, 2,    1",
            // before 2025: old code list, factors of Luật BHYT art. 22 (2014 text)
            "2015-06-01, ,            DISTRICT,   ,       false, OUTPATIENT, OTHERPROV, 3.3,  0.7",
            "2016-06-01, ,            DISTRICT,   ,       false, OUTPATIENT, OTHERPROV, 3.3,  1",
            "2016-06-01, ,            DISTRICT,   ,       false, OUTPATIENT, ,          1.2,  1",
            "2019-06-01, ,            CENTRAL,    ,       false, INPATIENT,  ,          3.1,  0.4",
            "2019-06-01, ,            PROVINCIAL, ,       false, INPATIENT,  KAREA,     3.6,  1",
            "2019-06-01, ,            PROVINCIAL, ,       false, OUTPATIENT, KAREA,     3.5,  0",
            "2024-12-31, ,            PROVINCIAL, ,       false, INPATIENT,  ,          3.2,  1"})
    void tableOrder(String date, CareLevel level, FormerRoute former, String points, boolean provisional,
                    EncounterType type, String flag, String code, String factor) {
        String facilityCode = "OTHERPROV".equals(flag) ? "79555" : "01555";
        VisitContext.Builder builder = at(date, facility(facilityCode, level, former, points, provisional), type);
        if (flag != null) {
            switch (flag) {
                case "APP1" -> builder.appendixIDisease(true);
                case "APP2" -> builder.appendixIIDisease(true);
                case "KAREA" -> builder.kArea(true);
                case "REFERRAL" -> builder.referral(true);
                case "RESIDENCE" -> builder.residenceChange(true);
                case "REVISIT" -> builder.revisitAppointment(true);
                case "DONOR" -> builder.organDonor(true);
                case "NEWBORN" -> builder.newborn(true);
                case "EMERGENCY" -> builder.emergency(true);
                default -> { }
            }
        }
        VisitObject v = RESOLVER.resolve(builder.build());
        assertThat(v.code()).isEqualTo(code);
        assertThat(v.routeFactor()).isEqualByComparingTo(factor);
    }

    @Test
    void routeFactorTimesCardPercentageIsStated() {
        VisitObject v = RESOLVER.resolve(at("2026-07-10", facility("01001", CareLevel.SPECIALISED,
                FormerRoute.PROVINCIAL, null, false), EncounterType.OUTPATIENT).build());
        assertThat(v.benefitPercent()).isEqualByComparingTo("40");
        assertThat(v.exemptionsApply()).isFalse();
        assertThat(v.explanationVi()).isEqualTo(
                "Tự đi khám ngoại trú tại cơ sở cấp chuyên sâu trước 01/01/2025 là tuyến tỉnh → 1.18, mức hưởng 40%");
    }

    @Test
    void clerkOverrideWinsAndIsEchoed() {
        VisitObject v = RESOLVER.resolve(at("2026-07-10", facility("01001", CareLevel.SPECIALISED,
                FormerRoute.PROVINCIAL, null, false), EncounterType.OUTPATIENT)
                .clerkOverride(new ClerkOverride("7", "Lĩnh thuốc theo giấy hẹn trong dịch")).build());
        assertThat(v.code()).isEqualTo("7");
        assertThat(v.overridden()).isTrue();
        assertThat(v.routeFactor()).isEqualByComparingTo("1");
        assertThat(v.explanationVi()).isEqualTo("Lĩnh thuốc theo giấy hẹn khi có dịch nhóm A hoặc bất khả kháng → 7"
                + " do nhân viên chọn (lý do: Lĩnh thuốc theo giấy hẹn trong dịch), mức hưởng 80%");
    }

    @Test
    void overrideRefusals() {
        FacilityProfile f = facility("01001", CareLevel.SPECIALISED, FormerRoute.PROVINCIAL, null, false);
        assertThatThrownBy(() -> new ClerkOverride("7", " "))
                .isInstanceOfSatisfying(BillingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("billing.visit.overrideReasonMissing"));
        assertThatThrownBy(() -> RESOLVER.resolve(at("2026-07-10", f, EncounterType.OUTPATIENT)
                .clerkOverride(new ClerkOverride("8", "thu hồi")).build()))
                .isInstanceOfSatisfying(BillingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("billing.visit.overrideNoFactor"));
        assertThatThrownBy(() -> RESOLVER.resolve(at("2026-07-10", f, EncounterType.OUTPATIENT)
                .clerkOverride(new ClerkOverride("4.4", "không có")).build()))
                .isInstanceOfSatisfying(BillingException.class,
                        e -> assertThat(e.getMessage()).isEqualTo(
                                "Mã đối tượng KCB 4.4 không có trong danh mục áp dụng ngày 2026-07-10."));
    }

    @Test
    void basicLevelWithoutPointsIsRefusedRatherThanGuessed() {
        FacilityProfile noPoints = facility("01555", CareLevel.BASIC, FormerRoute.COMMUNE, null, false);
        assertThatThrownBy(() -> RESOLVER.resolve(at("2026-07-10", noPoints, EncounterType.OUTPATIENT).build()))
                .isInstanceOfSatisfying(BillingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("billing.visit.pointsMissing"));
    }

    @Test
    void noMatchingRowAsksForAClerk() {
        FacilityProfile newSpecialised = facility("01555", CareLevel.SPECIALISED, FormerRoute.COMMUNE, null, false);
        assertThatThrownBy(() -> RESOLVER.resolve(at("2026-07-10", newSpecialised, EncounterType.OUTPATIENT).build()))
                .isInstanceOfSatisfying(BillingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("billing.visit.noMatch");
                    assertThat(e.getMessage()).contains("cần nhân viên chọn mã và ghi lý do");
                });
    }

    @Test
    void datesBeforeTheRuleDataAreRefused() {
        FacilityProfile f = facility("01020", null, FormerRoute.DISTRICT, null, false);
        assertThatThrownBy(() -> RESOLVER.resolve(at("2014-06-01", f, EncounterType.OUTPATIENT).build()))
                .isInstanceOf(BillingException.class);
    }
}
