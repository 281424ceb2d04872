package vn.his.billing.pricing;

import java.math.BigDecimal;

import vn.his.billing.BillingException;
import vn.his.billing.rules.RuleBook;

/**
 * THANH_TIEN_BV and THANH_TIEN_BH of a line before ceilings and exemptions (QĐ 4750 Bảng 2 and Bảng 3):
 * <pre>
 * XML2: THANH_TIEN_BV = round2(SO_LUONG × DON_GIA)
 *       THANH_TIEN_BH = round2(SO_LUONG × DON_GIA × TYLE_TT_BH/100)
 * XML3: THANH_TIEN_BV = round2(SO_LUONG × DON_GIA_BV × TYLE_TT_DV/100)           (4750 correction; "/100" [I])
 *       THANH_TIEN_BH = round2(SO_LUONG × DON_GIA_BH × TYLE_TT_DV/100 × TYLE_TT_BH/100)
 * </pre>
 * PHAM_VI 2 and lines without a valid card: THANH_TIEN_BH = 0. Level-1 cards: TYLE_TT_BH ratios do not apply
 * (NĐ 146 art. 14 §1(b)); a ratio of 0 ("not covered") stays 0 [I]. Level-5 PHAM_VI 3 lines follow
 * {@link PricingPolicy#armedForces()}.
 */
final class LineBaseCalculator {

    private final RuleBook rules;
    private final PricingPolicy policy;

    LineBaseCalculator(RuleBook rules, PricingPolicy policy) {
        this.rules = rules;
        this.policy = policy;
    }

    void compute(WorkLine w) {
        ChargeLine line = w.line;
        w.quantity = Money.quantity(line.quantity());
        w.hospitalPrice = Money.unitPrice(line.hospitalUnitPrice());
        w.fundPrice = line.table() == LineTable.DRUG ? w.hospitalPrice : Money.unitPrice(line.fundUnitPrice());
        w.serviceRate = serviceRate(w);
        w.fundRate = line.fundRatePercent();
        w.bv = Money.amount(w.quantity.multiply(w.hospitalPrice).multiply(w.serviceRate).movePointLeft(2));

        if (!w.covered()) {
            w.bh = Money.ZERO;
            w.explain("billing.line.noCard", Dates.day(w.date));
            return;
        }
        if (line.scope() == Scope.ARMED_FORCES) {
            armedForces(w);
            return;
        }
        if (line.scope() == Scope.OUT_OF_SCOPE) {
            w.bh = Money.ZERO;
            w.explain("billing.line.outOfScope");
            return;
        }
        boolean ratio = w.fundRate.signum() > 0 && w.fundRate.compareTo(Money.HUNDRED) < 0;
        if (ratio && !w.entitlement.ratioLimitsApply()) {
            w.explain("billing.line.ratioIgnored", w.fundRate.stripTrailingZeros(), w.entitlement.effectiveDigit());
            w.fundRate = Money.HUNDRED;
        } else if (ratio) {
            w.explain("billing.line.ratio", w.fundRate.stripTrailingZeros());
        } else if (w.fundRate.signum() == 0) {
            w.explain("billing.line.ratioZero");
        }
        w.bh = Money.amount(w.quantity.multiply(w.fundPrice).multiply(w.serviceRate).multiply(w.fundRate)
                .movePointLeft(4));
    }

    private BigDecimal serviceRate(WorkLine w) {
        ChargeLine line = w.line;
        if (line.specialRate() != null) {
            BigDecimal percent = rules.servicePercent(line.specialRate().kind(), line.specialRate().ordinal(), w.date);
            w.explain("billing.line.serviceRate." + line.specialRate().kind().name(), percent.stripTrailingZeros(),
                    line.specialRate().ordinal());
            return percent;
        }
        if (line.serviceRatePercent() != null) {
            if (line.serviceRatePercent().compareTo(Money.HUNDRED) != 0) {
                w.explain("billing.line.serviceRateGiven", line.serviceRatePercent().stripTrailingZeros());
            }
            return line.serviceRatePercent();
        }
        return Money.HUNDRED;
    }

    private void armedForces(WorkLine w) {
        if (!w.entitlement.paysOutOfScope()) {
            throw new BillingException("billing.line.armedForcesScope", w.line.lineId(), w.card.cardCode());
        }
        if (w.line.otherFunding() != null) {
            throw new BillingException("billing.line.armedForcesOtherFunding", w.line.lineId());
        }
        w.armedForces = true;
        if (policy.armedForces() == PricingPolicy.ArmedForcesMode.FUND_SHARE) {
            w.bh = w.bv;
            w.explain("billing.line.armedForcesFund");
        } else {
            w.bh = Money.ZERO;
            w.explain("billing.line.armedForcesOtherSource", policy.armedForcesSource().name());
        }
    }
}
