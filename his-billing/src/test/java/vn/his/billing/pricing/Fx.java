package vn.his.billing.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import vn.his.billing.RuleFixtures;
import vn.his.billing.rules.CareLevel;
import vn.his.billing.rules.EncounterType;
import vn.his.billing.rules.FormerRoute;
import vn.his.billing.visit.FacilityProfile;
import vn.his.billing.visit.VisitContext;

/** Test vocabulary: facilities of Hà Nội (province 01), cards, lines and amount assertions. */
final class Fx {

    /** Commune station, primary level, listed primary unit (code 1.2). */
    static final FacilityProfile COMMUNE = new FacilityProfile("01101", CareLevel.PRIMARY, FormerRoute.COMMUNE, null,
            false, true);
    /** Ex-district hospital, basic level, 55 points. */
    static final FacilityProfile DISTRICT = new FacilityProfile("01020", CareLevel.BASIC, FormerRoute.DISTRICT,
            new BigDecimal("55"), false, false);
    /** Ex-provincial general hospital, specialised level. */
    static final FacilityProfile PROVINCIAL = new FacilityProfile("01001", CareLevel.SPECIALISED,
            FormerRoute.PROVINCIAL, null, false, false);
    /** Ex-central hospital, specialised level. */
    static final FacilityProfile CENTRAL = new FacilityProfile("01900", CareLevel.SPECIALISED, FormerRoute.CENTRAL,
            null, false, false);
    /** The same facilities as seen before 01/01/2025 (tuyến only). */
    static final FacilityProfile OLD_COMMUNE = new FacilityProfile("01101", null, FormerRoute.COMMUNE, null, false,
            false);
    static final FacilityProfile OLD_DISTRICT = new FacilityProfile("01020", null, FormerRoute.DISTRICT, null, false,
            false);
    static final FacilityProfile OLD_PROVINCIAL = new FacilityProfile("01001", null, FormerRoute.PROVINCIAL, null,
            false, false);

    static final EncounterPricer PRICER = new EncounterPricer(RuleFixtures.rules());

    private Fx() {
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    static LocalDateTime at(String iso) {
        return LocalDateTime.parse(iso);
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    /** A card valid 2015-2030, registered at {@code registered}. */
    static CardPeriod card(String code, String registered) {
        return new CardPeriod(code, day("2015-01-01"), day("2030-12-31"), registered, null);
    }

    static CardPeriod card(String code, String from, String to, String registered) {
        return new CardPeriod(code, day(from), day(to), registered, null);
    }

    static VisitContext.Builder visit(String date, FacilityProfile facility, EncounterType type, CardPeriod card) {
        VisitContext.Builder builder = VisitContext.builder(day(date), facility, type);
        if (card != null) {
            builder.card(card.cardCode(), card.registeredFacility());
        }
        return builder;
    }

    /** An XML3 lab line (MA_NHOM 1) of one unit at {@code price}, hospital price = fund price. */
    static ChargeLine.Builder lab(String id, String orderedAt, String price) {
        return ChargeLine.service(id, 1, at(orderedAt), BigDecimal.ONE, d(price), d(price));
    }

    static PricingRequest request(VisitContext visit, List<CardPeriod> cards, ChargeLine... lines) {
        return new PricingRequest("LK-" + visit.date(), visit, cards, CoPaymentStatus.NONE, List.of(lines));
    }

    static PricedEncounter price(VisitContext visit, CardPeriod card, ChargeLine... lines) {
        return PRICER.price(request(visit, card == null ? List.of() : List.of(card), lines));
    }

    /** Asserts the money of a line: THANH_TIEN_BV, THANH_TIEN_BH, MUC_HUONG, T_BHTT, T_BNCCT, T_BNTT, T_NGUONKHAC. */
    static void assertLine(PricedLine line, String bv, String bh, String mucHuong, String bhtt, String bncct,
                           String bntt, String nguonKhac) {
        LineAmounts a = line.amounts();
        assertThat(a.thanhTienBv()).as("THANH_TIEN_BV " + line.lineId()).isEqualByComparingTo(bv);
        assertThat(a.thanhTienBh()).as("THANH_TIEN_BH " + line.lineId()).isEqualByComparingTo(bh);
        assertThat(line.mucHuong()).as("MUC_HUONG " + line.lineId()).isEqualByComparingTo(mucHuong);
        assertThat(a.tBhtt()).as("T_BHTT " + line.lineId()).isEqualByComparingTo(bhtt);
        assertThat(a.tBncct()).as("T_BNCCT " + line.lineId()).isEqualByComparingTo(bncct);
        assertThat(a.tBntt()).as("T_BNTT " + line.lineId()).isEqualByComparingTo(bntt);
        assertThat(a.tNguonKhac()).as("T_NGUONKHAC " + line.lineId()).isEqualByComparingTo(nguonKhac);
    }

    /** Asserts XML1: T_TONGCHI_BV, T_TONGCHI_BH, T_BHTT, T_BNCCT, T_BNTT, T_NGUONKHAC. */
    static void assertTotals(PricedEncounter encounter, String bv, String bh, String bhtt, String bncct, String bntt,
                             String nguonKhac) {
        EncounterTotals t = encounter.totals();
        assertThat(t.tTongchiBv()).as("T_TONGCHI_BV").isEqualByComparingTo(bv);
        assertThat(t.tTongchiBh()).as("T_TONGCHI_BH").isEqualByComparingTo(bh);
        assertThat(t.tBhtt()).as("T_BHTT").isEqualByComparingTo(bhtt);
        assertThat(t.tBncct()).as("T_BNCCT").isEqualByComparingTo(bncct);
        assertThat(t.tBntt()).as("T_BNTT").isEqualByComparingTo(bntt);
        assertThat(t.tNguonKhac()).as("T_NGUONKHAC").isEqualByComparingTo(nguonKhac);
        assertThat(t.tBhtt().add(t.tBncct()).add(t.tBntt()).add(t.tNguonKhac()))
                .as("T_TONGCHI_BV = T_BHTT + T_BNCCT + T_BNTT + T_NGUONKHAC").isEqualByComparingTo(t.tTongchiBv());
    }
}
