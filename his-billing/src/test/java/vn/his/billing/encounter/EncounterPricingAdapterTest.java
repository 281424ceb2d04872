package vn.his.billing.encounter;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.his.billing.RuleFixtures;
import vn.his.billing.pricing.CardPeriod;
import vn.his.billing.pricing.ChargeLine;
import vn.his.billing.pricing.EncounterPricer;
import vn.his.billing.pricing.FundingCase;
import vn.his.billing.pricing.LineTable;
import vn.his.billing.pricing.OtherSources;
import vn.his.billing.pricing.PricedEncounter;
import vn.his.billing.pricing.PricingRequest;
import vn.his.billing.pricing.Scope;
import vn.his.billing.rules.CareLevel;
import vn.his.billing.rules.EncounterType;
import vn.his.billing.rules.FormerRoute;
import vn.his.billing.visit.ClerkOverride;
import vn.his.core.card.CardDetails;
import vn.his.core.card.CardNumber;
import vn.his.core.card.InsuranceCard;
import vn.his.core.encounter.Encounter;
import vn.his.core.encounter.EncounterOpening;
import vn.his.core.encounter.OrderKind;
import vn.his.core.encounter.OrderLineDraft;
import vn.his.core.encounter.OtherFunding;
import vn.his.core.encounter.UnsavedEncounters;
import vn.his.core.facility.Facility;
import vn.his.core.facility.RouteLevel;

/** The one translation of a core encounter into a pricing request, field by field, without a database. */
class EncounterPricingAdapterTest {

    static final LocalDateTime ARRIVAL = LocalDateTime.of(2026, 11, 20, 7, 30);
    final EncounterPricingAdapter adapter = new EncounterPricingAdapter();

    static Facility district() {
        Facility f = new Facility("TTYT huyện Diễn Châu", RouteLevel.DISTRICT, vn.his.core.facility.CareLevel.BASIC, 62,
                false, "40", null);
        f.assignCode("40017", LocalDate.of(2020, 1, 1));
        return f;
    }

    static InsuranceCard card(String number, LocalDate from, LocalDate to, String registered, String area,
                              LocalDate fiveYears, LocalDate exempt) {
        return new InsuranceCard(null, new CardDetails(new CardNumber(number), from, to, registered, area, fiveYears,
                exempt), ARRIVAL);
    }

    static Encounter encounter(Facility f, String code, String type, String referral, boolean emergency) {
        return UnsavedEncounters.open(code + "261120000001", f, code, new EncounterOpening(type, ARRIVAL, "Sốt",
                emergency, referral, referral == null ? null : "40101", false, null, "K01", null));
    }

    static OrderLineDraft service(int group, String hospital, String fund, int scope, int fundRatio, int serviceRatio,
                                  LocalDateTime at, OtherFunding other) {
        OrderKind kind = group == 10 ? OrderKind.SUPPLY : group == 15 ? OrderKind.BED : OrderKind.SERVICE;
        return new OrderLineDraft(kind, "DV" + group, "Dịch vụ " + group, kind == OrderKind.SUPPLY ? null : "DV" + group,
                kind == OrderKind.SUPPLY ? "DV" + group : null, group, "Lần", new BigDecimal("2"), new BigDecimal(hospital),
                new BigDecimal(fund), scope, fundRatio, serviceRatio, group == 10 ? "G1" : null, at, null, null, "K01",
                "000123/NA-CCHN", null, null, null, null, 1, null, null, null, null, null, null, null, null, null, null,
                null, other);
    }

    @Test
    void aDistrictVisitWithOneCardMapsVisitFacilityCardAndLines() {
        Facility f = district();
        Encounter e = encounter(f, "40017", "01", null, false);
        UnsavedEncounters.addCard(e, card("HT3400000000123", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                "40017", null, LocalDate.of(2024, 3, 1), null));
        UnsavedEncounters.addLine(e, OrderLineDraft.simple(OrderKind.DRUG, "40.17", "Amoxicilin", 4, "Viên",
                new BigDecimal("10"), new BigDecimal("1250.5"), ARRIVAL.plusMinutes(20), "K01", "000123/NA-CCHN"));
        UnsavedEncounters.addLine(e, service(10, "300000", "250000", 1, 50, 100, ARRIVAL.plusMinutes(30),
                new OtherFunding(new BigDecimal("1000"), null, new BigDecimal("500.5"), null)));
        UnsavedEncounters.addLine(e, service(2, "150000", "150000", 2, 100, 80, ARRIVAL.plusMinutes(40), null));

        PricingRequest request = adapter.toRequest(e, Optional.empty(), new BigDecimal("120000.00"));

        assertThat(request.encounterId()).isEqualTo(e.maLk());
        assertThat(request.visit().date()).isEqualTo(ARRIVAL.toLocalDate());
        assertThat(request.visit().cardCode()).isEqualTo("HT3400000000123");
        assertThat(request.visit().registeredFacility()).isEqualTo("40017");
        assertThat(request.visit().encounterType()).isEqualTo(EncounterType.OUTPATIENT);
        assertThat(request.visit().referral()).isFalse();
        assertThat(request.visit().emergency()).isFalse();
        assertThat(request.visit().kArea()).isFalse();
        assertThat(request.visit().clerkOverride()).isNull();
        assertThat(request.visit().facility().code()).isEqualTo("40017");
        assertThat(request.visit().facility().careLevel()).isEqualTo(CareLevel.BASIC);
        assertThat(request.visit().facility().formerRoute()).isEqualTo(FormerRoute.DISTRICT);
        assertThat(request.visit().facility().rankingPoints()).isEqualByComparingTo("62");
        assertThat(request.visit().facility().listedPrimaryUnit()).isFalse();
        assertThat(request.cards()).containsExactly(new CardPeriod("HT3400000000123", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), "40017", LocalDate.of(2024, 3, 1)));
        assertThat(request.coPayment().exemptFrom()).isNull();
        assertThat(request.coPayment().accumulatedThisYear()).isEqualByComparingTo("120000");

        ChargeLine drug = request.lines().get(0);
        assertThat(drug.lineId()).isEqualTo("1");
        assertThat(drug.table()).isEqualTo(LineTable.DRUG);
        assertThat(drug.costGroup()).isEqualTo(4);
        assertThat(drug.orderedAt()).isEqualTo(ARRIVAL.plusMinutes(20));
        assertThat(drug.quantity()).isEqualByComparingTo("10");
        assertThat(drug.hospitalUnitPrice()).isEqualByComparingTo("1250.5");
        assertThat(drug.fundUnitPrice()).isNull();
        assertThat(drug.serviceRatePercent()).isNull();
        assertThat(drug.fundRatePercent()).isEqualByComparingTo("100");
        assertThat(drug.otherFunding()).isNull();

        ChargeLine supply = request.lines().get(1);
        assertThat(supply.table()).isEqualTo(LineTable.SERVICE);
        assertThat(supply.fundUnitPrice()).isEqualByComparingTo("250000");
        assertThat(supply.fundRatePercent()).isEqualByComparingTo("50");
        assertThat(supply.serviceRatePercent()).isEqualByComparingTo("100");
        assertThat(supply.supplyPackage()).isEqualTo("G1");
        assertThat(supply.otherFunding().fundingCase()).isEqualTo(FundingCase.PATIENT_SUPPORT);
        assertThat(supply.otherFunding().amounts()).isEqualTo(new OtherSources(new BigDecimal("1000"), BigDecimal.ZERO,
                new BigDecimal("500.5"), BigDecimal.ZERO));

        ChargeLine imaging = request.lines().get(2);
        assertThat(imaging.scope()).isEqualTo(Scope.OUT_OF_SCOPE);
        assertThat(imaging.serviceRatePercent()).isEqualByComparingTo("80");

        PricedEncounter priced = new EncounterPricer(RuleFixtures.rules()).price(request);
        assertThat(priced.lines()).hasSize(3);
        assertThat(priced.visitObject().code()).isEqualTo("1.1");
    }

    @Test
    void aCardChangedDuringTheStaySplitsPeriodsAndTheArrivalDayChoosesTheVisitCard() {
        Facility f = district();
        Encounter e = encounter(f, "40017", "03", "GCT-1234", true);
        UnsavedEncounters.addCard(e, card("DN4400000000555", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 21),
                "40101", "K2", null, LocalDate.of(2025, 6, 1)));
        UnsavedEncounters.addCard(e, card("HN2400000000555", LocalDate.of(2026, 11, 22), null, "40101", null, null,
                LocalDate.of(2026, 3, 5)));
        UnsavedEncounters.addLine(e, service(15, "200000", "200000", 1, 100, 100, ARRIVAL.plusDays(1), null));
        UnsavedEncounters.addLine(e, service(15, "200000", "200000", 1, 100, 100, ARRIVAL.plusDays(3), null));

        PricingRequest request = adapter.toRequest(e, Optional.of(new ClerkOverride("2", "Cấp cứu")), null);

        assertThat(request.visit().cardCode()).isEqualTo("DN4400000000555");
        assertThat(request.visit().kArea()).isTrue();
        assertThat(request.visit().referral()).isTrue();
        assertThat(request.visit().emergency()).isTrue();
        assertThat(request.visit().encounterType()).isEqualTo(EncounterType.INPATIENT);
        assertThat(request.visit().clerkOverride()).isEqualTo(new ClerkOverride("2", "Cấp cứu"));
        assertThat(request.cards()).extracting(CardPeriod::validTo)
                .containsExactly(LocalDate.of(2026, 11, 21), EncounterPricingAdapter.OPEN_END);
        // only this year's certificate counts, from the start of its day
        assertThat(request.coPayment().exemptFrom()).isEqualTo(LocalDate.of(2026, 3, 5).atStartOfDay());
        assertThat(request.coPayment().accumulatedThisYear()).isNull();

        PricedEncounter priced = new EncounterPricer(RuleFixtures.rules()).price(request);
        assertThat(priced.lines()).extracting(l -> l.cardCode())
                .containsExactly("DN4400000000555", "HN2400000000555");
        assertThat(priced.visitObject().overrideReason()).isEqualTo("Cấp cứu");
    }

    @Test
    void aCommuneStationIsAListedPrimaryUnitAndAnEncounterWithoutCardHasNone() {
        Facility station = new Facility("Trạm Y tế xã Nghi Phong", RouteLevel.COMMUNE,
                vn.his.core.facility.CareLevel.PRIMARY, null, false, "40", null);
        station.assignCode("40101", LocalDate.of(2020, 1, 1));
        Encounter e = encounter(station, "40101", "01", null, false);
        UnsavedEncounters.addLine(e, service(13, "38700", "38700", 1, 100, 100, ARRIVAL.plusMinutes(5), null));

        PricingRequest request = adapter.toRequest(e, Optional.empty(), null);

        assertThat(request.visit().facility().listedPrimaryUnit()).isTrue();
        assertThat(request.visit().facility().careLevel()).isEqualTo(CareLevel.PRIMARY);
        assertThat(request.visit().facility().rankingPoints()).isNull();
        assertThat(request.visit().cardCode()).isNull();
        assertThat(request.cards()).isEmpty();
        PricedEncounter priced = new EncounterPricer(RuleFixtures.rules()).price(request);
        assertThat(priced.totals().tBntt()).isEqualByComparingTo("77400");
    }
}
