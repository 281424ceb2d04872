package vn.his.billing.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.his.billing.pricing.Fx.assertLine;
import static vn.his.billing.pricing.Fx.assertTotals;
import static vn.his.billing.pricing.Fx.at;
import static vn.his.billing.pricing.Fx.card;
import static vn.his.billing.pricing.Fx.d;
import static vn.his.billing.pricing.Fx.lab;
import static vn.his.billing.pricing.Fx.price;
import static vn.his.billing.pricing.Fx.request;
import static vn.his.billing.pricing.Fx.visit;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.his.billing.rules.EncounterType;
import vn.his.billing.rules.ServiceRateKind;
import vn.his.billing.visit.FacilityProfile;
import vn.his.billing.visit.VisitContext;

/**
 * Worked examples; every expected amount is computed by hand in the comments. Dates before 01/07/2026 use
 * LCS 2,340,000 (15% = 351,000), from then LCS 2,530,000 (15% = 379,500).
 */
class WorkedExamplesTest {

    private static final EncounterType IN = EncounterType.INPATIENT;
    private static final EncounterType OUT = EncounterType.OUTPATIENT;

    /**
     * Benefit levels 1-5 on the correct route: one lab line of 500,000 (above 351,000, so no 15% rule) on
     * 10/03/2026. At the registered district or provincial hospital the code is 1.1 and the card percentage
     * applies: level 1, 2, 5 → 100 (fund 500,000); level 3 → 95 (fund 475,000, co-pay 25,000); level 4 → 80
     * (fund 400,000, co-pay 100,000). At a commune station (code 1.2) every level gets 100.
     */
    @ParameterizedTest(name = "{0} at {1}: MUC_HUONG {3}")
    @CsvSource({
            "TE1010120152431, DISTRICT,   1.1, 100, 500000, 0",
            "HN2010120152431, DISTRICT,   1.1, 100, 500000, 0",
            "HT3010120152431, DISTRICT,   1.1,  95, 475000, 25000",
            "DN4010120152431, DISTRICT,   1.1,  80, 400000, 100000",
            "QN5010120152431, DISTRICT,   1.1, 100, 500000, 0",
            "TE1010120152431, PROVINCIAL, 1.1, 100, 500000, 0",
            "HN2010120152431, PROVINCIAL, 1.1, 100, 500000, 0",
            "HT3010120152431, PROVINCIAL, 1.1,  95, 475000, 25000",
            "DN4010120152431, PROVINCIAL, 1.1,  80, 400000, 100000",
            "QN5010120152431, PROVINCIAL, 1.1, 100, 500000, 0",
            "TE1010120152431, COMMUNE,    1.2, 100, 500000, 0",
            "HN2010120152431, COMMUNE,    1.2, 100, 500000, 0",
            "HT3010120152431, COMMUNE,    1.2, 100, 500000, 0",
            "DN4010120152431, COMMUNE,    1.2, 100, 500000, 0",
            "QN5010120152431, COMMUNE,    1.2, 100, 500000, 0"})
    void benefitLevelsOnTheCorrectRoute(String cardCode, String level, String code, String mucHuong, String fund,
                                        String coPay) {
        FacilityProfile facility = switch (level) {
            case "DISTRICT" -> Fx.DISTRICT;
            case "PROVINCIAL" -> Fx.PROVINCIAL;
            default -> Fx.COMMUNE;
        };
        CardPeriod card = card(cardCode, facility.code());
        PricedEncounter e = price(visit("2026-03-10", facility, OUT, card).build(), card,
                lab("L1", "2026-03-10T08:00", "500000").build());
        assertThat(e.visitObject().code()).isEqualTo(code);
        assertLine(e.lines().get(0), "500000", "500000", mucHuong, fund, coPay, "0", "0");
        assertTotals(e, "500000", "500000", fund, coPay, "0", "0");
    }

    /**
     * 15% threshold, level 4 at the registered district hospital. Before 01/07/2026 the threshold is
     * 0.15 × 2,340,000 = 351,000: 350,999 is below → 100 (fund 350,999); 351,000 is not below → 80
     * (fund 280,800, co-pay 70,200). From 01/07/2026: 0.15 × 2,530,000 = 379,500: 379,499 → 100;
     * 379,500 → 80 (fund 303,600, co-pay 75,900); 351,000 is now below → 100.
     */
    @ParameterizedTest(name = "{1} on {0}: MUC_HUONG {2}")
    @CsvSource({
            "2026-06-15, 350999, 100, 350999, 0",
            "2026-06-15, 351000,  80, 280800, 70200",
            "2026-07-15, 379499, 100, 379499, 0",
            "2026-07-15, 379500,  80, 303600, 75900",
            "2026-07-15, 351000, 100, 351000, 0"})
    void fifteenPercentThreshold(String date, String amount, String mucHuong, String fund, String coPay) {
        CardPeriod card = card("DN4010120152431", "01020");
        PricedEncounter e = price(visit(date, Fx.DISTRICT, OUT, card).build(), card,
                lab("L1", date + "T08:00", amount).build());
        assertLine(e.lines().get(0), amount, amount, mucHuong, fund, coPay, "0", "0");
    }

    @Test
    void threshold15PercentIsOnTheWholeEncounterNotTheLine() {
        // two lines of 200,000: each below 351,000, together 400,000 above → 80 on both (160,000 / 40,000 each)
        CardPeriod card = card("DN4010120152431", "01020");
        PricedEncounter e = price(visit("2026-03-10", Fx.DISTRICT, OUT, card).build(), card,
                lab("L1", "2026-03-10T08:00", "200000").build(), lab("L2", "2026-03-10T09:00", "200000").build());
        assertLine(e.lines().get(0), "200000", "200000", "80", "160000", "40000", "0", "0");
        assertTotals(e, "400000", "400000", "320000", "80000", "0", "0");
    }

    @Nested
    class CommuneStation {
        @Test
        void selfReferralToACommuneStationIsPaidInFull() {
            // DN4 registered at the district hospital 01020 goes by itself to commune station 01101:
            // code 1.2 (any primary unit), 100% of 500,000 whatever the card level.
            CardPeriod card = card("DN4010120152431", "01020");
            PricedEncounter e = price(visit("2026-03-10", Fx.COMMUNE, OUT, card).build(), card,
                    lab("L1", "2026-03-10T08:00", "500000").build());
            assertThat(e.visitObject().code()).isEqualTo("1.2");
            assertThat(e.visitObject().explanationVi()).isEqualTo("Khám tại cơ sở cấp ban đầu → 1.2, mức hưởng 100%");
            assertLine(e.lines().get(0), "500000", "500000", "100", "500000", "0", "0", "0");
        }

        @Test
        void communeLevelBefore2025IsPaidInFullToo() {
            // 10/05/2024, same province, thông tuyến (old code 1.2, from 2016) and the commune-level 100% rule of
            // Luật BHYT art. 22 §1(c) (2014 text): 500,000 paid 100%.
            CardPeriod card = card("DN4010120152431", "01020");
            PricedEncounter e = price(visit("2024-05-10", Fx.OLD_COMMUNE, OUT, card).build(), card,
                    lab("L1", "2024-05-10T08:00", "500000").build());
            assertThat(e.visitObject().code()).isEqualTo("1.2");
            assertThat(e.visitObject().fullBenefit()).isTrue();
            assertLine(e.lines().get(0), "500000", "500000", "100", "500000", "0", "0", "0");
        }
    }

    @Test
    void emergencyAtAnUnregisteredFacility() {
        // Card registered in HCMC (79001); emergency at the ex-provincial hospital 01001: code 2, r = 1, 80%:
        // 500,000 → fund 400,000, co-pay 100,000.
        CardPeriod card = card("DN4790120152431", "79001");
        PricedEncounter e = price(visit("2026-03-10", Fx.PROVINCIAL, OUT, card).emergency(true).build(), card,
                lab("L1", "2026-03-10T08:00", "500000").build());
        assertThat(e.visitObject().code()).isEqualTo("2");
        assertThat(e.visitObject().routeFactor()).isEqualByComparingTo("1");
        assertLine(e.lines().get(0), "500000", "500000", "80", "400000", "100000", "0", "0");
    }

    /**
     * Self-referral to the ex-provincial specialised hospital (card registered at 01020), 500,000:
     * outpatient 1.18 r = 0 until 30/06/2026 → MUC_HUONG 0, co-pay 500,000; from 01/07/2026 r = 0.5 →
     * 80 × 0.5 = 40 (fund 200,000, co-pay 300,000), a level-3 card 95 × 0.5 = 47.5 (fund 237,500, co-pay
     * 262,500). Inpatient 3.2 r = 1 → 80 before and after (fund 400,000). Before 2025 (old rules):
     * outpatient 3.5 r = 0; inpatient 3.2 r = 1 from 2021 and 0.6 in 2020 → 80 × 0.6 = 48 (fund 240,000).
     */
    @ParameterizedTest(name = "{0} {1} {2}: {3} MUC_HUONG {4}")
    @CsvSource({
            "2026-01-10, OUTPATIENT, DN4010120152431, 1.18,   0,      0, 500000",
            "2026-07-10, OUTPATIENT, DN4010120152431, 1.18,  40, 200000, 300000",
            "2026-07-10, OUTPATIENT, HT3010120152431, 1.18, 47.5, 237500, 262500",
            "2026-01-10, INPATIENT,  DN4010120152431, 3.2,   80, 400000, 100000",
            "2026-07-10, INPATIENT,  DN4010120152431, 3.2,   80, 400000, 100000",
            "2024-06-10, OUTPATIENT, DN4010120152431, 3.5,    0,      0, 500000",
            "2024-06-10, INPATIENT,  DN4010120152431, 3.2,   80, 400000, 100000",
            "2020-06-10, INPATIENT,  DN4010120152431, 3.2,   48, 240000, 260000"})
    void offRouteAtProvincialLevel(String date, EncounterType type, String cardCode, String code, String mucHuong,
                                   String fund, String coPay) {
        CardPeriod card = card(cardCode, "01020");
        FacilityProfile facility = date.startsWith("2026") ? Fx.PROVINCIAL : Fx.OLD_PROVINCIAL;
        PricedEncounter e = price(visit(date, facility, type, card).build(), card,
                lab("L1", date + "T08:00", "500000").build());
        assertThat(e.visitObject().code()).isEqualTo(code);
        assertLine(e.lines().get(0), "500000", "500000", mucHuong, fund, coPay, "0", "0");
        assertThat(e.lines().get(0).mucHuong().toPlainString()).isEqualTo(mucHuong);
    }

    @Nested
    class PaymentRatio {
        @Test
        void itemPaidAtFiftyPercent() {
            // 1,000,000 service with TYLE_TT_BH 50: THANH_TIEN_BH = 500,000 (> 351,000, so 80%):
            // fund 400,000, co-pay 100,000, patient pays the other half 500,000 as T_BNTT.
            CardPeriod card = card("DN4010120152431", "01020");
            PricedEncounter e = price(visit("2026-03-10", Fx.DISTRICT, OUT, card).build(), card,
                    ChargeLine.service("L1", 9, at("2026-03-10T08:00"), BigDecimal.ONE, d("1000000"), d("1000000"))
                            .fundRate(d("50")).build());
            assertLine(e.lines().get(0), "1000000", "500000", "80", "400000", "100000", "500000", "0");
            assertThat(e.lines().get(0).fundRatePercent()).isEqualByComparingTo("50");
        }

        @Test
        void levelOneCardIgnoresTheRatio() {
            // Same item for a child under 6 (TE1): the ratio does not apply → TYLE_TT_BH 100,
            // THANH_TIEN_BH 1,000,000, fund 1,000,000.
            CardPeriod card = card("TE1010120152431", "01020");
            PricedEncounter e = price(visit("2026-03-10", Fx.DISTRICT, OUT, card).build(), card,
                    ChargeLine.service("L1", 9, at("2026-03-10T08:00"), BigDecimal.ONE, d("1000000"), d("1000000"))
                            .fundRate(d("50")).build());
            assertLine(e.lines().get(0), "1000000", "1000000", "100", "1000000", "0", "0", "0");
            assertThat(e.lines().get(0).fundRatePercent()).isEqualByComparingTo("100");
        }
    }

    @Test
    void outOfScopeDrug() {
        // bhyt-rules §10 variant: 450,000 of services in scope and a 50,000 drug outside the list (PHAM_VI 2).
        // T_TONGCHI_BH = 450,000 (> 351,000) → 80: fund 360,000, co-pay 90,000, the drug 50,000 as T_BNTT.
        CardPeriod card = card("DN4010120152431", "01020");
        PricedEncounter e = price(visit("2026-03-10", Fx.DISTRICT, OUT, card).build(), card,
                lab("L1", "2026-03-10T08:00", "450000").build(),
                ChargeLine.drug("D1", 4, at("2026-03-10T09:00"), d("10"), d("5000")).scope(Scope.OUT_OF_SCOPE).build());
        assertLine(e.lines().get(1), "50000", "0", "80", "0", "0", "50000", "0");
        assertTotals(e, "500000", "450000", "360000", "90000", "50000", "0");
        assertThat(e.totals().tThuoc()).isEqualByComparingTo("50000");
        assertThat(e.lines().get(1).scope().code()).isEqualTo(2);
    }

    @Test
    void secondAndFifthExamOfTheDay() {
        // Exams at 40,000 each plus a 400,000 lab (total in scope 40,000 + 12,000 + 12,000 + 12,000 + 4,000 + 0
        // + 400,000 = 480,000 > 351,000 → 80). 2nd-4th exam: TYLE_TT_DV 30 → 12,000 (fund 9,600, co-pay 2,400);
        // 5th: 10 → 4,000 (fund 3,200, co-pay 800); 6th: 0 → 0.
        CardPeriod card = card("DN4010120152431", "01020");
        VisitContext v = visit("2026-03-10", Fx.DISTRICT, OUT, card).build();
        ChargeLine[] lines = new ChargeLine[7];
        for (int n = 1; n <= 6; n++) {
            lines[n - 1] = ChargeLine.service("K" + n, 13, at("2026-03-10T0" + n + ":00"), BigDecimal.ONE,
                    d("40000"), d("40000")).specialRate(new SpecialRate(ServiceRateKind.EXAM, n)).build();
        }
        lines[6] = lab("L1", "2026-03-10T08:00", "400000").build();
        PricedEncounter e = Fx.PRICER.price(request(v, List.of(card), lines));
        assertLine(e.lines().get(0), "40000", "40000", "80", "32000", "8000", "0", "0");
        assertLine(e.lines().get(1), "12000", "12000", "80", "9600", "2400", "0", "0");
        assertThat(e.lines().get(1).serviceRatePercent()).isEqualByComparingTo("30");
        assertLine(e.lines().get(4), "4000", "4000", "80", "3200", "800", "0", "0");
        assertThat(e.lines().get(4).serviceRatePercent()).isEqualByComparingTo("10");
        assertLine(e.lines().get(5), "0", "0", "80", "0", "0", "0", "0");
        assertTotals(e, "480000", "480000", "384000", "96000", "0", "0");
        assertThat(e.lines().get(1).explanationVi()).contains("Tiền khám lần thứ 2 trong ngày: thanh toán 30%");
    }

    @Test
    void sharedBed() {
        // Inpatient at the registered district hospital. Bed 300,000/day: 5 days two per bed (TYLE_TT_DV 50)
        // → 5 × 300,000 × 50% = 750,000 (fund 600,000, co-pay 150,000); 1 day three per bed (33) → 99,000
        // (fund 79,200, co-pay 19,800).
        CardPeriod card = card("DN4010120152431", "01020");
        PricedEncounter e = price(visit("2026-03-10", Fx.DISTRICT, IN, card).build(), card,
                ChargeLine.service("B1", 15, at("2026-03-10T08:00"), d("5"), d("300000"), d("300000"))
                        .specialRate(new SpecialRate(ServiceRateKind.SHARED_BED, 2)).build(),
                ChargeLine.service("B2", 15, at("2026-03-15T08:00"), d("1"), d("300000"), d("300000"))
                        .specialRate(new SpecialRate(ServiceRateKind.SHARED_BED, 3)).build());
        assertLine(e.lines().get(0), "750000", "750000", "80", "600000", "150000", "0", "0");
        assertLine(e.lines().get(1), "99000", "99000", "80", "79200", "19800", "0", "0");
    }

    @Nested
    class FiveYearExemption {
        private final CardPeriod card = new CardPeriod("DN4010120152431", Fx.day("2020-01-01"),
                Fx.day("2030-12-31"), "01020", Fx.day("2025-01-01"));

        private PricingRequest stay(CoPaymentStatus coPayment) {
            VisitContext v = visit("2026-03-10", Fx.DISTRICT, IN, card).build();
            return new PricingRequest("LK-5Y", v, List.of(card), coPayment, List.of(
                    lab("L1", "2026-03-10T08:00", "500000").build(),
                    lab("L2", "2026-03-11T08:00", "500000").build(),
                    lab("L3", "2026-03-12T08:00", "500000").build()));
        }

        @Test
        void crossingTheThresholdInsideOneEncounter() {
            // 6 × 2,340,000 = 14,040,000; already co-paid 13,900,000 this year.
            // L1: co-pay 100,000 → 14,000,000 (below) → 80: fund 400,000, co-pay 100,000.
            // L2: co-pay 100,000 would make 14,100,000 → only 40,000 left: co-pay 40,000, fund 460,000;
            //     exemption from L2's time.
            // L3: 100 → fund 500,000.
            // Totals: fund 1,360,000, co-pay 140,000; year total 13,900,000 + 140,000 = 14,040,000.
            PricedEncounter e = Fx.PRICER.price(stay(new CoPaymentStatus(null, d("13900000"))));
            assertLine(e.lines().get(0), "500000", "500000", "80", "400000", "100000", "0", "0");
            assertLine(e.lines().get(1), "500000", "500000", "80", "460000", "40000", "0", "0");
            assertLine(e.lines().get(2), "500000", "500000", "100", "500000", "0", "0", "0");
            assertTotals(e, "1500000", "1500000", "1360000", "140000", "0", "0");
            assertThat(e.coPaymentExemptFrom()).isEqualTo(LocalDateTime.parse("2026-03-11T08:00"));
            assertThat(e.lines().get(1).explanationVi()).contains("người bệnh chỉ cùng chi trả 40.000 đồng");
        }

        @Test
        void certificateDateExemptsLinesOnAndAfterIt() {
            // NGAY_MIEN_CCT 11/03/2026: L1 (10/03) 80 → co-pay 100,000; L2, L3 → 100.
            PricedEncounter e = Fx.PRICER.price(stay(new CoPaymentStatus(at("2026-03-11T00:00"), null)));
            assertLine(e.lines().get(0), "500000", "500000", "80", "400000", "100000", "0", "0");
            assertLine(e.lines().get(1), "500000", "500000", "100", "500000", "0", "0", "0");
            assertLine(e.lines().get(2), "500000", "500000", "100", "500000", "0", "0", "0");
            assertThat(e.coPaymentExemptFrom()).isEqualTo(at("2026-03-11T00:00"));
        }

        @Test
        void selfReferralBelowFactorOneGetsNoExemption() {
            // Outpatient self-referral to the ex-provincial hospital on 10/07/2026: 1.18, r = 0.5 → 40 even
            // with a certificate: fund 200,000, co-pay 300,000.
            VisitContext v = visit("2026-07-10", Fx.PROVINCIAL, OUT, card).build();
            PricedEncounter e = Fx.PRICER.price(new PricingRequest("LK", v, List.of(card),
                    new CoPaymentStatus(at("2026-01-01T00:00"), null), List.of(lab("L1", "2026-07-10T08:00", "500000").build())));
            assertLine(e.lines().get(0), "500000", "500000", "40", "200000", "300000", "0", "0");
        }
    }

    @Nested
    class CardChangesDuringAStay {
        @Test
        void twoCardsEachLinePricedWithTheCardOfItsDate() {
            // DN4 valid until 12/03/2026, then HN2 (poor household) from 13/03/2026.
            // L1 11/03: DN4 80 → 400,000 / 100,000. L2 14/03: HN2 100 → 500,000 / 0.
            CardPeriod oldCard = card("DN4010120152431", "2025-01-01", "2026-03-12", "01020");
            CardPeriod newCard = card("HN2010120152431", "2026-03-13", "2026-12-31", "01020");
            VisitContext v = visit("2026-03-10", Fx.DISTRICT, IN, oldCard).build();
            PricedEncounter e = Fx.PRICER.price(request(v, List.of(oldCard, newCard),
                    lab("L1", "2026-03-11T08:00", "500000").build(), lab("L2", "2026-03-14T08:00", "500000").build()));
            assertLine(e.lines().get(0), "500000", "500000", "80", "400000", "100000", "0", "0");
            assertLine(e.lines().get(1), "500000", "500000", "100", "500000", "0", "0", "0");
            assertThat(e.lines().get(0).cardCode()).isEqualTo("DN4010120152431");
            assertThat(e.lines().get(1).cardCode()).isEqualTo("HN2010120152431");
            assertTotals(e, "1000000", "1000000", "900000", "100000", "0", "0");
        }

        @Test
        void oneCardWithAnUncoveredTail() {
            // DN4 valid until 12/03/2026, nothing after. L1 11/03: 80 → 400,000 / 100,000.
            // L2 14/03: no card → THANH_TIEN_BH 0, MUC_HUONG 0, the patient pays 500,000 as T_BNTT.
            CardPeriod card = card("DN4010120152431", "2025-01-01", "2026-03-12", "01020");
            PricedEncounter e = price(visit("2026-03-10", Fx.DISTRICT, IN, card).build(), card,
                    lab("L1", "2026-03-11T08:00", "500000").build(), lab("L2", "2026-03-14T08:00", "500000").build());
            assertLine(e.lines().get(0), "500000", "500000", "80", "400000", "100000", "0", "0");
            assertLine(e.lines().get(1), "500000", "0", "0", "0", "0", "500000", "0");
            assertThat(e.lines().get(1).cardCode()).isNull();
            assertThat(e.lines().get(1).explanationVi())
                    .isEqualTo("Ngày 14/03/2026 không có thẻ BHYT còn hạn: quỹ BHYT không chi trả, người bệnh tự trả toàn bộ");
            assertTotals(e, "1000000", "500000", "400000", "100000", "500000", "0");
        }

        @Test
        void nearPoorCardMovesToLevelTwoAtNewYear() {
            // CN3 card, inpatient 30/12/2025 - 02/01/2026. 31/12/2025: level 3 → 95 (475,000 / 25,000);
            // 01/01/2026: CN+3 read as 2 → 100 (500,000 / 0).
            CardPeriod card = card("CN3010120152431", "01020");
            PricedEncounter e = price(visit("2025-12-30", Fx.DISTRICT, IN, card).build(), card,
                    lab("L1", "2025-12-31T08:00", "500000").build(), lab("L2", "2026-01-01T08:00", "500000").build());
            assertLine(e.lines().get(0), "500000", "500000", "95", "475000", "25000", "0", "0");
            assertLine(e.lines().get(1), "500000", "500000", "100", "500000", "0", "0", "0");
            assertThat(e.lines().get(1).explanationVi()).contains("Nhóm CN in mã quyền lợi 3 được tính theo mức 2");
        }
    }

    @Nested
    class OtherSources {
        private final CardPeriod card = card("DN4010120152431", "01020");

        /** 1,000,000 at TYLE_TT_BH 50: BH 500,000; BHTT* 400,000; BNCCT* 100,000; BNTT* 500,000. */
        private PricedEncounter ratioLine(OtherFunding funding) {
            return price(visit("2026-03-10", Fx.DISTRICT, OUT, card).build(), card,
                    ChargeLine.service("L1", 9, at("2026-03-10T08:00"), BigDecimal.ONE, d("1000000"), d("1000000"))
                            .fundRate(d("50")).otherFunding(funding).build());
        }

        @Test
        void caseAWithinSelfPay() {
            // NK 300,000 ≤ BNTT* → BNTT 200,000; BNCCT 100,000; BHTT 400,000. 400+100+200+300 = 1,000 thousand.
            PricedEncounter e = ratioLine(OtherFunding.patientSupport(OtherSource.VTTN, d("300000")));
            assertLine(e.lines().get(0), "1000000", "500000", "80", "400000", "100000", "200000", "300000");
            assertThat(e.totals().tNguonKhacBySource().vttn()).isEqualByComparingTo("300000");
            assertThat(e.totals().xml1FormulaBhtt()).isEqualByComparingTo(e.totals().tBhtt());
        }

        @Test
        void caseAReachingTheCoPayment() {
            // NK 550,000: BNTT 0; 50,000 left → BNCCT 100,000 − 50,000 = 50,000; BHTT 400,000.
            PricedEncounter e = ratioLine(OtherFunding.patientSupport(OtherSource.VTTN, d("550000")));
            assertLine(e.lines().get(0), "1000000", "500000", "80", "400000", "50000", "0", "550000");
        }

        @Test
        void caseAReachingTheFundShare() {
            // NK 700,000: BNTT 0; BNCCT 0; 700,000 − 500,000 − 100,000 = 100,000 off the fund → BHTT 300,000.
            // XML1 formula T_TONGCHI_BH − T_BNCCT = 500,000 would claim 200,000 already paid: the line sum wins.
            PricedEncounter e = ratioLine(OtherFunding.patientSupport(OtherSource.NSNN, d("700000")));
            assertLine(e.lines().get(0), "1000000", "500000", "80", "300000", "0", "0", "700000");
            assertTotals(e, "1000000", "500000", "300000", "0", "0", "700000");
            assertThat(e.totals().xml1FormulaBhtt()).isEqualByComparingTo("500000");
            assertThat(e.notes()).anyMatch(n -> n.key().equals("billing.encounter.xml1BhttDiffers"));
        }

        @Test
        void caseBTheExampleOfQd4750() {
            // QĐ 4750 Bảng 2 T_BNTT example: drug A 10,000,000 with ratio 50%, donor 3,000,000 to the facility,
            // 80%: remaining 7,000,000; THANH_TIEN_BH 3,500,000; BHTT 2,800,000; BNCCT 700,000; BNTT 3,500,000.
            PricedEncounter e = price(visit("2026-03-10", Fx.DISTRICT, OUT, card).build(), card,
                    ChargeLine.drug("D1", 6, at("2026-03-10T08:00"), BigDecimal.ONE, d("10000000")).fundRate(d("50"))
                            .otherFunding(OtherFunding.facilitySupport(OtherSource.VTNN, d("3000000"))).build());
            assertLine(e.lines().get(0), "10000000", "3500000", "80", "2800000", "700000", "3500000", "3000000");
            assertThat(e.totals().xml1FormulaBhtt()).isEqualByComparingTo("2800000");
        }

        @Test
        void caseCArvCoPayment() {
            // ARV drug 1,000,000 in scope, 80%: BHTT 800,000; T_NGUONKHAC = BNCCT* = 200,000; BNCCT 0.
            PricedEncounter e = price(visit("2026-03-10", Fx.DISTRICT, OUT, card).build(), card,
                    ChargeLine.drug("D1", 4, at("2026-03-10T08:00"), BigDecimal.ONE, d("1000000"))
                            .otherFunding(OtherFunding.specialCoPayment(OtherSource.NSNN)).build());
            assertLine(e.lines().get(0), "1000000", "1000000", "80", "800000", "0", "0", "200000");
            assertThat(e.totals().tNguonKhacBySource().nsnn()).isEqualByComparingTo("200000");
        }
    }

    @Test
    void supplyCeilingPerPackage() {
        // 10/03/2026: ceiling 45 × 2,340,000 = 105,300,000 for package G1 (two MA_NHOM 10 lines: 80,000,000 and
        // 40,000,000 = 120,000,000). Shared in proportion: 70,200,000 and 35,100,000. At 80%: fund 56,160,000 and
        // 28,080,000; co-pay 14,040,000 and 7,020,000; above the ceiling 9,800,000 and 4,900,000 as T_BNTT.
        CardPeriod card = card("DN4010120152431", "01020");
        PricedEncounter e = price(visit("2026-03-10", Fx.DISTRICT, IN, card).build(), card,
                ChargeLine.service("V1", 10, at("2026-03-10T08:00"), BigDecimal.ONE, d("80000000"), d("80000000"))
                        .supplyPackage("G1").build(),
                ChargeLine.service("V2", 10, at("2026-03-10T08:05"), BigDecimal.ONE, d("40000000"), d("40000000"))
                        .supplyPackage("G1").build());
        assertLine(e.lines().get(0), "80000000", "70200000", "80", "56160000", "14040000", "9800000", "0");
        assertLine(e.lines().get(1), "40000000", "35100000", "80", "28080000", "7020000", "4900000", "0");
        assertThat(e.lines().get(0).supplyCeiling()).isEqualByComparingTo("105300000");
        assertThat(e.totals().tVtyt()).isEqualByComparingTo("120000000");
        assertTotals(e, "120000000", "105300000", "84240000", "21060000", "14700000", "0");
    }

    @Test
    void supplyCeilingSharesCentsWithoutLosingAny() {
        // Ceiling 105,300,000 over three equal lines of 40,000,000: 35,100,000 each exactly; with 33,333,333.33
        // ×3 + 20,000,000.01 the shares must still add up to exactly 105,300,000.00.
        CardPeriod card = card("DN4010120152431", "01020");
        PricedEncounter e = price(visit("2026-03-10", Fx.DISTRICT, IN, card).build(), card,
                ChargeLine.service("V1", 10, at("2026-03-10T08:00"), BigDecimal.ONE, d("33333333.33"), d("33333333.33"))
                        .supplyPackage("G2").build(),
                ChargeLine.service("V2", 10, at("2026-03-10T08:01"), BigDecimal.ONE, d("33333333.33"), d("33333333.33"))
                        .supplyPackage("G2").build(),
                ChargeLine.service("V3", 10, at("2026-03-10T08:02"), BigDecimal.ONE, d("33333333.33"), d("33333333.33"))
                        .supplyPackage("G2").build(),
                ChargeLine.service("V4", 10, at("2026-03-10T08:03"), BigDecimal.ONE, d("20000000.01"), d("20000000.01"))
                        .supplyPackage("G2").build());
        assertThat(e.totals().tTongchiBh()).isEqualByComparingTo("105300000.00");
        assertTotals(e, "120000000.00", "105300000.00", e.totals().tBhtt().toPlainString(),
                e.totals().tBncct().toPlainString(), "14700000.00", "0");
    }

    @Test
    void levelFiveOutOfScopePaidByTheArmedForcesBudget() {
        // QN5, a drug outside the list (PHAM_VI 3) 200,000: THANH_TIEN_BH 0, paid as other source NSNN
        // (default policy [I]); the in-scope 500,000 lab at 100%.
        CardPeriod card = card("QN5010120152431", "01020");
        PricedEncounter e = price(visit("2026-03-10", Fx.DISTRICT, OUT, card).build(), card,
                lab("L1", "2026-03-10T08:00", "500000").build(),
                ChargeLine.drug("D1", 4, at("2026-03-10T09:00"), d("2"), d("100000")).scope(Scope.ARMED_FORCES).build());
        assertLine(e.lines().get(0), "500000", "500000", "100", "500000", "0", "0", "0");
        assertLine(e.lines().get(1), "200000", "0", "100", "0", "0", "0", "200000");
        assertThat(e.lines().get(1).scope().code()).isEqualTo(3);

        PricedEncounter fund = new EncounterPricer(vn.his.billing.RuleFixtures.rules(),
                new PricingPolicy(PricingPolicy.ArmedForcesMode.FUND_SHARE, OtherSource.NSNN, 0))
                .price(request(visit("2026-03-10", Fx.DISTRICT, OUT, card).build(), List.of(card),
                        ChargeLine.drug("D1", 4, at("2026-03-10T09:00"), d("2"), d("100000"))
                                .scope(Scope.ARMED_FORCES).build()));
        assertLine(fund.lines().get(0), "200000", "200000", "100", "200000", "0", "0", "0");
    }

    @Test
    void roundingOfQuantitiesPricesAndAmounts() {
        // SO_LUONG 2.3456 → 2.346; DON_GIA 1234.5678 → 1234.568; THANH_TIEN_BV = 2.346 × 1234.568 = 2896.296528
        // → 2896.30. 80%: BHTT = 2317.04 (2317.040), BNCCT = 579.26. Total 2,896.30 < 351,000 → 100 instead:
        // BHTT 2896.30, BNCCT 0.
        CardPeriod card = card("DN4010120152431", "01020");
        PricedEncounter e = price(visit("2026-03-10", Fx.DISTRICT, OUT, card).build(), card,
                ChargeLine.drug("D1", 4, at("2026-03-10T08:00"), d("2.3456"), d("1234.5678")).build());
        PricedLine line = e.lines().get(0);
        assertThat(line.quantity()).isEqualByComparingTo("2.346");
        assertThat(line.hospitalUnitPrice()).isEqualByComparingTo("1234.568");
        assertLine(line, "2896.30", "2896.30", "100", "2896.30", "0", "0", "0");
    }
}
