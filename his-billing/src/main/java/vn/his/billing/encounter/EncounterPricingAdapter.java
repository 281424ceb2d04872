package vn.his.billing.encounter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import vn.his.billing.pricing.CardPeriod;
import vn.his.billing.pricing.ChargeLine;
import vn.his.billing.pricing.CoPaymentStatus;
import vn.his.billing.pricing.OtherFunding;
import vn.his.billing.pricing.OtherSources;
import vn.his.billing.pricing.PricingRequest;
import vn.his.billing.pricing.Scope;
import vn.his.billing.rules.CareLevel;
import vn.his.billing.rules.EncounterType;
import vn.his.billing.rules.FormerRoute;
import vn.his.billing.visit.ClerkOverride;
import vn.his.billing.visit.FacilityProfile;
import vn.his.billing.visit.VisitContext;
import vn.his.core.encounter.Encounter;
import vn.his.core.encounter.EncounterCard;
import vn.his.core.encounter.OrderLine;
import vn.his.core.facility.Facility;
import vn.his.core.facility.RouteLevel;

/**
 * The one translation of a recorded core {@link Encounter} (its facility, card copies and order lines) into the
 * pricing engine's {@link PricingRequest}. Pure: the caller loads the encounter inside its transaction and gives
 * the co-payments the patient already owes this calendar year.
 * <ul>
 *   <li>Visit: the encounter date is the arrival day (NGAY_VAO); the card of the visit is the card copy valid on
 *       that day (the newest when two are); a referral paper number means a referral; emergency and revisit
 *       appointment as recorded; area K1/K2/K3 on the card (MA_KV) means the k-area criterion of QĐ 3276.
 *       Newborn, organ donor, residence change and the TT 01/2025 appendix diseases are not recorded by core yet
 *       and are false; a clerk covers them with an override and a reason.</li>
 *   <li>Facility: MA_CSKCB of the encounter, care level and former route (tuyến) as recorded; a commune health
 *       station (former route COMMUNE at primary level) is a listed primary unit of code 1.2 (QĐ 3276 PL1).</li>
 *   <li>Cards: every card copy is a period; a card without an end date is open (31/12/9999).</li>
 *   <li>Lines: MA_NHOM, NGAY_YL, SO_LUONG, DON_GIA_BV/DON_GIA_BH (XML3; XML2 lines have one price), TYLE_TT_DV
 *       (XML3), TYLE_TT_BH, PHAM_VI, MA_PTTT, GOI_VTYT as ordered; line id = the line number.</li>
 *   <li>Other sources: core records the four amounts (NSNN, VTNN, VTTN, CL) of a line without saying who the
 *       support was for; they are taken as support for this patient (QĐ 4750 Bảng 2 T_NGUONKHAC case a), the
 *       common case of programmes and donors paying a patient's share.</li>
 *   <li>Co-payment: NGAY_MIEN_CCT of the card (certificate) from the start of that day, and the year's
 *       co-payments before this encounter for the 6 × LCS crossing (Luật BHYT art. 22 §1(đ)).</li>
 * </ul>
 */
public final class EncounterPricingAdapter {

    /** A card without GT_THE_DEN is open-ended. */
    static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);
    private static final Set<String> K_AREAS = Set.of("K1", "K2", "K3");

    public PricingRequest toRequest(Encounter encounter, Optional<ClerkOverride> override,
                                    BigDecimal coPaymentsThisYear) {
        Objects.requireNonNull(encounter, "encounter");
        Objects.requireNonNull(override, "override");
        LocalDate date = encounter.arrivalTime().toLocalDate();
        List<EncounterCard> cards = encounter.cards();
        Optional<EncounterCard> visitCard = cardOn(cards, date);
        VisitContext.Builder visit = VisitContext.builder(date, facility(encounter.facility(), encounter.facilityCode()),
                        encounterType(encounter.encounterType()))
                .referral(encounter.referralPaperNo() != null && !encounter.referralPaperNo().isBlank())
                .revisitAppointment(encounter.revisitAppointment())
                .emergency(encounter.emergency())
                .kArea(visitCard.map(c -> c.livingArea() != null && K_AREAS.contains(c.livingArea())).orElse(false))
                .clerkOverride(override.orElse(null));
        visitCard.ifPresent(c -> visit.card(c.cardNumber(), c.registeredFacility()));
        return new PricingRequest(encounter.maLk(), visit.build(), cards.stream().map(EncounterPricingAdapter::period)
                .toList(), coPayment(cards, date, coPaymentsThisYear),
                encounter.lines().stream().map(EncounterPricingAdapter::chargeLine).toList());
    }

    static Optional<EncounterCard> cardOn(List<EncounterCard> cards, LocalDate date) {
        return cards.stream()
                .filter(c -> !date.isBefore(c.validFrom()) && (c.validTo() == null || !date.isAfter(c.validTo())))
                .max(Comparator.comparing(EncounterCard::validFrom));
    }

    static FacilityProfile facility(Facility facility, String code) {
        CareLevel care = facility.careLevel() == null ? null : CareLevel.valueOf(facility.careLevel().name());
        FormerRoute route = facility.routeLevel() == null ? null : FormerRoute.valueOf(facility.routeLevel().name());
        boolean listedPrimary = care == CareLevel.PRIMARY && facility.routeLevel() == RouteLevel.COMMUNE;
        return new FacilityProfile(code, care, route,
                facility.rankingPoints() == null ? null : BigDecimal.valueOf(facility.rankingPoints()),
                facility.provisionalLevel(), listedPrimary);
    }

    static EncounterType encounterType(String maLoaiKcb) {
        return vn.his.core.encounter.EncounterType.isInpatient(maLoaiKcb) ? EncounterType.INPATIENT
                : EncounterType.OUTPATIENT;
    }

    static CardPeriod period(EncounterCard card) {
        return new CardPeriod(card.cardNumber(), card.validFrom(), card.validTo() == null ? OPEN_END : card.validTo(),
                card.registeredFacility(), card.fiveYearsDate());
    }

    static CoPaymentStatus coPayment(List<EncounterCard> cards, LocalDate date, BigDecimal coPaymentsThisYear) {
        LocalDateTime exemptFrom = cards.stream()
                .map(EncounterCard::copayExemptFrom)
                .filter(Objects::nonNull)
                .filter(d -> d.getYear() == date.getYear())
                .max(Comparator.naturalOrder())
                .map(LocalDate::atStartOfDay)
                .orElse(null);
        return new CoPaymentStatus(exemptFrom, coPaymentsThisYear);
    }

    static ChargeLine chargeLine(OrderLine line) {
        String id = Integer.toString(line.lineNo());
        boolean drug = line.kind().isDrugTable();
        ChargeLine.Builder builder = drug
                ? ChargeLine.drug(id, line.costGroup(), line.orderTime(), line.quantity(), line.hospitalUnitPrice())
                : ChargeLine.service(id, line.costGroup(), line.orderTime(), line.quantity(), line.hospitalUnitPrice(),
                        line.insuranceUnitPrice())
                        .serviceRate(BigDecimal.valueOf(line.serviceRatio()));
        builder.fundRate(BigDecimal.valueOf(line.insuranceRatio()))
                .scope(scope(line.scope()))
                .paymentMethod(line.paymentMethod())
                .supplyPackage(line.supplyPackage() == null || line.supplyPackage().isBlank() ? null
                        : line.supplyPackage().strip());
        vn.his.core.encounter.OtherFunding other = line.otherFunding();
        if (other.total().signum() > 0) {
            builder.otherFunding(OtherFunding.patientSupport(new OtherSources(other.stateBudget(), other.foreignAid(),
                    other.domesticAid(), other.other())));
        }
        return builder.build();
    }

    static Scope scope(int phamVi) {
        for (Scope s : Scope.values()) {
            if (s.code() == phamVi) {
                return s;
            }
        }
        throw new IllegalArgumentException("PHAM_VI " + phamVi);
    }
}
