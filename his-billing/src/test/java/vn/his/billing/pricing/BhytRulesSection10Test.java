package vn.his.billing.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.his.billing.pricing.Fx.assertLine;
import static vn.his.billing.pricing.Fx.assertTotals;
import static vn.his.billing.pricing.Fx.at;
import static vn.his.billing.pricing.Fx.card;
import static vn.his.billing.pricing.Fx.d;
import static vn.his.billing.pricing.Fx.lab;
import static vn.his.billing.pricing.Fx.price;
import static vn.his.billing.pricing.Fx.visit;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.his.billing.rules.EncounterType;
import vn.his.billing.visit.FacilityProfile;

/**
 * The worked example of shared/domain/bhyt-rules.md §10: a level-4 card (DN4, 80%) at a district hospital on
 * the correct route (registered there: code 1.1), all items in the list at the approved price.
 */
class BhytRulesSection10Test {

    private static final CardPeriod DN4 = card("DN4010120152431", "01020");

    private static FacilityProfile districtOn(String date) {
        return date.compareTo("2025-01-01") < 0 ? Fx.OLD_DISTRICT : Fx.DISTRICT;
    }

    /**
     * Visit A, 500,000 covered cost, never below the 15% threshold (223,500 / 270,000 / 351,000 / 379,500):
     * MUC_HUONG 80, fund 400,000, co-pay 100,000. Visit B, 200,000, below every threshold (and below 208,500
     * under the 2018 LCS of 1,390,000): MUC_HUONG 100, fund 200,000, co-pay 0.
     */
    @ParameterizedTest(name = "{0}: {1} → MUC_HUONG {2}")
    @CsvSource({
            "2019-07-01, 500000,  80, 400000, 100000",
            "2023-06-30, 500000,  80, 400000, 100000",
            "2023-07-01, 500000,  80, 400000, 100000",
            "2024-07-01, 500000,  80, 400000, 100000",
            "2026-06-30, 500000,  80, 400000, 100000",
            "2026-07-01, 500000,  80, 400000, 100000",
            "2018-12-01, 200000, 100, 200000, 0",
            "2019-07-01, 200000, 100, 200000, 0",
            "2023-07-01, 200000, 100, 200000, 0",
            "2024-07-01, 200000, 100, 200000, 0",
            "2026-07-01, 200000, 100, 200000, 0"})
    void visitsAAndB(String date, String cost, String mucHuong, String fund, String coPay) {
        PricedEncounter e = price(visit(date, districtOn(date), EncounterType.OUTPATIENT, DN4).build(), DN4,
                lab("L1", date + "T08:00", cost).build());
        assertThat(e.visitObject().code()).isEqualTo("1.1");
        assertLine(e.lines().get(0), cost, cost, mucHuong, fund, coPay, "0", "0");
        assertTotals(e, cost, cost, fund, coPay, "0", "0");
    }

    @Test
    void variantDrugOutsideTheList() {
        // T_TONGCHI_BH 450,000; 80% → fund 360,000; co-pay 90,000 + drug 50,000 T_BNTT = patient 140,000.
        PricedEncounter e = price(visit("2025-09-10", Fx.DISTRICT, EncounterType.OUTPATIENT, DN4).build(), DN4,
                lab("L1", "2025-09-10T08:00", "450000").build(),
                ChargeLine.drug("D1", 4, at("2025-09-10T08:30"), d("1"), d("50000")).scope(Scope.OUT_OF_SCOPE).build());
        assertTotals(e, "500000", "450000", "360000", "90000", "50000", "0");
        assertThat(e.totals().tBncct().add(e.totals().tBntt())).isEqualByComparingTo("140000");
    }

    @Test
    void variantCommuneStation() {
        // Code 1.2: 100% of in-scope cost whatever the card level: fund 500,000, patient 0.
        PricedEncounter e = price(visit("2025-09-10", Fx.COMMUNE, EncounterType.OUTPATIENT, DN4).build(), DN4,
                lab("L1", "2025-09-10T08:00", "500000").build());
        assertThat(e.visitObject().code()).isEqualTo("1.2");
        assertTotals(e, "500000", "500000", "500000", "0", "0", "0");
    }

    @Test
    void variantCoPaymentExemption() {
        // NGAY_MIEN_CCT before the visit: 100%, fund 500,000.
        PricedEncounter e = Fx.PRICER.price(new PricingRequest("LK", visit("2025-09-10", Fx.DISTRICT,
                EncounterType.OUTPATIENT, DN4).build(), List.of(DN4), new CoPaymentStatus(at("2025-05-01T00:00"), null),
                List.of(lab("L1", "2025-09-10T08:00", "500000").build())));
        assertTotals(e, "500000", "500000", "500000", "0", "0", "0");
    }

    /**
     * Self-referral variants at the ex-provincial specialised hospital (and the ex-central one): outpatient
     * 10/01/2026 1.18 r = 0 → fund 0, patient 500,000; 10/07/2026 r = 0.5 → 40: 200,000 / 300,000; inpatient
     * 3.2 r = 1 → 80: 400,000 / 100,000; inpatient ex-central 3.1: 80 × 0.4 = 32: 160,000 / 340,000.
     */
    @ParameterizedTest(name = "{0} {1} {2} → {3}")
    @CsvSource({
            "2026-01-10, OUTPATIENT, PROVINCIAL, 1.18,  0,      0, 500000",
            "2026-07-10, OUTPATIENT, PROVINCIAL, 1.18, 40, 200000, 300000",
            "2026-07-10, INPATIENT,  PROVINCIAL, 3.2,  80, 400000, 100000",
            "2026-07-10, INPATIENT,  CENTRAL,    3.1,  32, 160000, 340000"})
    void selfReferralVariants(String date, EncounterType type, String level, String code, String mucHuong,
                              String fund, String patient) {
        FacilityProfile facility = level.equals("CENTRAL") ? Fx.CENTRAL : Fx.PROVINCIAL;
        PricedEncounter e = price(visit(date, facility, type, DN4).build(), DN4,
                lab("L1", date + "T08:00", "500000").build());
        assertThat(e.visitObject().code()).isEqualTo(code);
        assertLine(e.lines().get(0), "500000", "500000", mucHuong, fund, patient, "0", "0");
    }
}
