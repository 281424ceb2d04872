package vn.his.billing.visit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import vn.his.billing.BillingException;
import vn.his.billing.Explanation;
import vn.his.billing.rules.BenefitEntitlement;
import vn.his.billing.rules.FormerRoute;
import vn.his.billing.rules.RuleBook;
import vn.his.billing.rules.VisitObjectRule;

/**
 * Chooses MA_DOITUONG_KCB for an encounter: the first row of the visit-object table in force on the encounter
 * date (rank order, QĐ 3276/QĐ-BYT PL1 "chọn mã đầu tiên theo thứ tự") whose criteria all match, or the code a
 * clerk chose. All codes, factors, criteria and dates are data ({@code billing_visit_object}); this class only
 * evaluates the criteria columns.
 */
public final class VisitObjectResolver {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final RuleBook rules;

    public VisitObjectResolver(RuleBook rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    public VisitObject resolve(VisitContext context) {
        Objects.requireNonNull(context, "context");
        List<VisitObjectRule> rows = rules.visitObjects(context.date());
        if (rows.isEmpty()) {
            throw new BillingException("billing.visit.noTable", context.date().toString());
        }
        BigDecimal cardPercent = cardPercent(context);
        if (context.clerkOverride() != null) {
            return overridden(context, rows, cardPercent);
        }
        for (VisitObjectRule row : rows) {
            if (row.factor(context.encounterType()) != null && matches(row, context)) {
                return build(row, context, cardPercent, null);
            }
        }
        FacilityProfile f = context.facility();
        throw new BillingException("billing.visit.noMatch", context.date().toString(), f.code(),
                String.valueOf(f.careLevel()), String.valueOf(f.formerRoute()), context.encounterType().name());
    }

    private BigDecimal cardPercent(VisitContext context) {
        if (context.cardCode() == null) {
            return null;
        }
        String card = context.cardCode();
        BenefitEntitlement entitlement = rules.benefit(card.substring(0, 2), card.charAt(2) - '0', context.date());
        return entitlement.percent();
    }

    private VisitObject overridden(VisitContext context, List<VisitObjectRule> rows, BigDecimal cardPercent) {
        ClerkOverride override = context.clerkOverride();
        List<VisitObjectRule> sameCode = rows.stream().filter(r -> r.code().equals(override.code())).toList();
        if (sameCode.isEmpty()) {
            throw new BillingException("billing.visit.overrideUnknown", override.code(), context.date().toString());
        }
        VisitObjectRule row = sameCode.stream()
                .filter(r -> r.factor(context.encounterType()) != null)
                .findFirst()
                .orElseThrow(() -> new BillingException("billing.visit.overrideNoFactor", override.code(),
                        context.encounterType().name()));
        return build(row, context, cardPercent, override.reason());
    }

    private boolean matches(VisitObjectRule row, VisitContext context) {
        FacilityProfile facility = context.facility();
        if (!arrivalMatches(row, context)) {
            return false;
        }
        // immutable sets refuse contains(null): a facility without the attribute fails a list condition
        if (!row.careLevels().isEmpty()
                && (facility.careLevel() == null || !row.careLevels().contains(facility.careLevel()))) {
            return false;
        }
        FormerRoute former = facility.formerRoute();
        if (!row.formerRoutes().isEmpty() && (former == null || !row.formerRoutes().contains(former))) {
            return false;
        }
        if (former != null && row.formerRoutesExcluded().contains(former)) {
            return false;
        }
        boolean conditions = row.primaryUnit().accepts(facility.listedPrimaryUnit())
                && row.sameProvince().accepts(sameProvince(context))
                && row.appendixI().accepts(context.appendixIDisease())
                && row.appendixII().accepts(context.appendixIIDisease())
                && row.kArea().accepts(context.kArea());
        return conditions && pointsMatch(row, facility);
    }

    private static boolean arrivalMatches(VisitObjectRule row, VisitContext c) {
        boolean registered = c.registeredFacility() != null && c.registeredFacility().equals(c.facility().code());
        return switch (row.arrival()) {
            case REGISTERED_FACILITY -> registered;
            case REFERRAL -> c.referral();
            case RESIDENCE_CHANGE -> c.residenceChange();
            case REVISIT_APPOINTMENT -> c.revisitAppointment();
            case ORGAN_DONOR -> c.organDonor();
            case NEWBORN -> c.newborn();
            case EMERGENCY -> c.emergency();
            case SELF_REFERRAL -> !registered && !c.referral() && !c.residenceChange() && !c.revisitAppointment()
                    && !c.organDonor() && !c.newborn() && !c.emergency();
            case ANY -> true;
            case CLERK_ONLY -> false;
        };
    }

    /**
     * Same province of the registered and the treating facility, from the first two digits of the codes. Only
     * rows before 01/01/2025 ask this (thông tuyến within the province, Luật BHYT art. 22 §4 of the 2014 text),
     * when facility codes still began with the province code of QĐ 124/2004 [I: bhyt-rules §4.1].
     */
    private static boolean sameProvince(VisitContext c) {
        return c.registeredFacility() != null
                && c.registeredFacility().substring(0, 2).equals(c.facility().code().substring(0, 2));
    }

    private static boolean pointsMatch(VisitObjectRule row, FacilityProfile facility) {
        if (!row.hasPointsCondition()) {
            return true;
        }
        if (facility.provisional()) {
            return row.provisionalOk();
        }
        BigDecimal points = facility.rankingPoints();
        if (points == null) {
            throw new BillingException("billing.visit.pointsMissing", facility.code(), row.code());
        }
        boolean aboveMin = row.pointsMin() == null || points.compareTo(row.pointsMin()) >= 0;
        boolean belowMax = row.pointsMax() == null || points.compareTo(row.pointsMax()) < 0;
        return aboveMin && belowMax;
    }

    private VisitObject build(VisitObjectRule row, VisitContext context, BigDecimal cardPercent, String reason) {
        BigDecimal factor = row.factor(context.encounterType());
        boolean fullBenefit = row.fullBenefit()
                || rules.fullBenefitAt(context.facility().careLevel(), context.facility().formerRoute(), context.date());
        BigDecimal benefitPercent = null;
        if (cardPercent != null) {
            benefitPercent = fullBenefit ? HUNDRED : cardPercent.multiply(factor).stripTrailingZeros();
        }
        Explanation explanation;
        if (reason != null && benefitPercent != null) {
            explanation = Explanation.of("billing.visit.overridden", row.descriptionVi(), row.code(), benefitPercent,
                    reason, row.descriptionEn());
        } else if (reason != null) {
            explanation = Explanation.of("billing.visit.overriddenNoCard", row.descriptionVi(), row.code(),
                    factor.stripTrailingZeros(), reason, row.descriptionEn());
        } else if (benefitPercent != null) {
            explanation = Explanation.of("billing.visit.explained", row.descriptionVi(), row.code(), benefitPercent,
                    "", row.descriptionEn());
        } else {
            explanation = Explanation.of("billing.visit.explainedNoCard", row.descriptionVi(), row.code(),
                    factor.stripTrailingZeros(), "", row.descriptionEn());
        }
        return new VisitObject(row.code(), context.encounterType(), factor, fullBenefit, row.exemptionsApply(),
                cardPercent, benefitPercent, reason, row, explanation);
    }
}
