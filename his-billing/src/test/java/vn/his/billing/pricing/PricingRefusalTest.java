package vn.his.billing.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.his.billing.pricing.Fx.at;
import static vn.his.billing.pricing.Fx.card;
import static vn.his.billing.pricing.Fx.d;
import static vn.his.billing.pricing.Fx.lab;
import static vn.his.billing.pricing.Fx.visit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;

import vn.his.billing.BillingException;
import vn.his.billing.rules.EncounterType;
import vn.his.billing.rules.ServiceRateKind;
import vn.his.billing.visit.VisitContext;

/** Inputs the formulas cannot price are refused with a message naming the line and the field. */
class PricingRefusalTest {

    private static final CardPeriod DN4 = card("DN4010120152431", "01020");
    private static final VisitContext VISIT = visit("2026-03-10", Fx.DISTRICT, EncounterType.OUTPATIENT, DN4).build();

    private static void refused(String key, ThrowingSupplier<?> action) {
        assertThatThrownBy(action::get).isInstanceOfSatisfying(BillingException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.getMessage()).doesNotContain("{0}");
            assertThat(e.localizedMessage(Locale.ENGLISH)).isNotBlank();
        });
    }

    private static PricedEncounter price(ChargeLine... lines) {
        return Fx.PRICER.price(new PricingRequest("LK1", VISIT, List.of(DN4), CoPaymentStatus.NONE, List.of(lines)));
    }

    @Test
    void cardCodes() {
        refused("billing.card.codeInvalid", () -> card("DN6010120152431", "01020"));
        refused("billing.card.codeInvalid", () -> card("DN401012015243", "01020"));
        refused("billing.card.validityInvalid", () -> card("DN4010120152431", "2026-02-01", "2026-01-01", "01020"));
        refused("billing.card.registeredFacilityInvalid", () -> card("DN4010120152431", "1020"));
        CardPeriod unknownGroup = card("XY4010120152431", "01020");
        refused("billing.card.groupUnknown", () -> Fx.PRICER.price(new PricingRequest("LK1",
                visit("2026-03-10", Fx.DISTRICT, EncounterType.OUTPATIENT, null).build(), List.of(unknownGroup),
                CoPaymentStatus.NONE, List.of(lab("L1", "2026-03-10T08:00", "1000").build()))));
    }

    @Test
    void requestShape() {
        refused("billing.request.noLines", () -> Fx.PRICER.price(new PricingRequest("LK1", VISIT, List.of(DN4),
                null, List.of())));
        refused("billing.request.encounterIdInvalid", () -> Fx.PRICER.price(new PricingRequest(" ", VISIT,
                List.of(DN4), null, List.of(lab("L1", "2026-03-10T08:00", "1").build()))));
        refused("billing.line.idDuplicate", () -> price(lab("L1", "2026-03-10T08:00", "1").build(),
                lab("L1", "2026-03-10T09:00", "2").build()));
        refused("billing.line.beforeEncounter", () -> price(lab("L1", "2026-03-09T23:59", "1").build()));
    }

    @Test
    void lineFields() {
        refused("billing.line.amountInvalid", () -> price(ChargeLine.service("L1", 1, at("2026-03-10T08:00"),
                d("-1"), d("1000"), d("1000")).build()));
        refused("billing.line.fundPriceAboveHospital", () -> price(ChargeLine.service("L1", 1,
                at("2026-03-10T08:00"), BigDecimal.ONE, d("1000"), d("1000.001")).build()));
        refused("billing.line.tableGroupMismatch", () -> price(ChargeLine.service("L1", 4, at("2026-03-10T08:00"),
                BigDecimal.ONE, d("1000"), d("1000")).build()));
        refused("billing.line.costGroupInvalid", () -> price(ChargeLine.service("L1", 20, at("2026-03-10T08:00"),
                BigDecimal.ONE, d("1000"), d("1000")).build()));
        refused("billing.line.drugServiceRate", () -> price(ChargeLine.drug("D1", 4, at("2026-03-10T08:00"),
                BigDecimal.ONE, d("1000")).serviceRate(d("30")).build()));
        refused("billing.line.serviceRateConflict", () -> price(lab("L1", "2026-03-10T08:00", "1")
                .serviceRate(d("30")).specialRate(new SpecialRate(ServiceRateKind.EXAM, 2)).build()));
        refused("billing.line.percentInvalid", () -> price(lab("L1", "2026-03-10T08:00", "1").fundRate(d("101")).build()));
        refused("billing.line.paymentMethodInvalid", () -> price(lab("L1", "2026-03-10T08:00", "1").paymentMethod(4)
                .build()));
        refused("billing.line.supplyPackageInvalid", () -> price(ChargeLine.service("V1", 10, at("2026-03-10T08:00"),
                BigDecimal.ONE, d("1000"), d("1000")).supplyPackage("X1").build()));
        refused("billing.line.ordinalInvalid", () -> price(lab("L1", "2026-03-10T08:00", "1")
                .specialRate(new SpecialRate(ServiceRateKind.EXAM, 0)).build()));
    }

    @Test
    void armedForcesScopeNeedsALevelFiveCard() {
        refused("billing.line.armedForcesScope", () -> price(ChargeLine.drug("D1", 4, at("2026-03-10T08:00"),
                BigDecimal.ONE, d("1000")).scope(Scope.ARMED_FORCES).build()));
    }

    @Test
    void otherFunding() {
        refused("billing.line.otherFundingExceeds", () -> price(lab("L1", "2026-03-10T08:00", "1000")
                .otherFunding(OtherFunding.patientSupport(OtherSource.CL, d("1000.01"))).build()));
        refused("billing.line.otherFundingEmpty", () -> price(lab("L1", "2026-03-10T08:00", "1000")
                .otherFunding(OtherFunding.facilitySupport(OtherSources.NONE)).build()));
        refused("billing.line.otherFundingNegative", () -> price(lab("L1", "2026-03-10T08:00", "1000")
                .otherFunding(OtherFunding.patientSupport(OtherSource.CL, d("-1"))).build()));
        refused("billing.line.otherFundingCaseC", () -> price(lab("L1", "2026-03-10T08:00", "1000")
                .otherFunding(new OtherFunding(FundingCase.SPECIAL_COPAYMENT, OtherSources.of(OtherSource.NSNN,
                        d("5")), OtherSource.NSNN)).build()));
    }

    @Test
    void vietnameseMessageNamesTheLine() {
        assertThatThrownBy(() -> price(ChargeLine.service("XN-42", 1, at("2026-03-10T08:00"), BigDecimal.ONE,
                d("1000"), d("2000")).build()))
                .hasMessage("Dòng XN-42: đơn giá BH 2.000 lớn hơn đơn giá bệnh viện 1.000.");
    }
}
