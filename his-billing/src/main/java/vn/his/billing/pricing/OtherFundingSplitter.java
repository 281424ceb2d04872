package vn.his.billing.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;

import vn.his.billing.BillingException;

/**
 * Other-source money (QĐ 4750 Bảng 2/3 fields T_NGUONKHAC, T_BNTT, T_BNCCT, T_BHTT), used when
 * 0 &lt; T_NGUONKHAC ≤ THANH_TIEN_BV.
 * <ul>
 *   <li>case b is applied before the benefit rate ({@link #deductFacilitySupport}): the support is taken off the
 *       cost and the remainder is split as usual, THANH_TIEN_BH shrinking in proportion
 *       (THANH_TIEN_BH × (THANH_TIEN_BV − NK) / THANH_TIEN_BV, the Bảng 2 T_BNTT example generalised [I]);</li>
 *   <li>case a and c are applied after ({@link #split}), on the provisional values of step 1.</li>
 * </ul>
 */
final class OtherFundingSplitter {

    private final PricingPolicy policy;

    OtherFundingSplitter(PricingPolicy policy) {
        this.policy = policy;
    }

    /** Case b, before T_TONGCHI_BH is summed. */
    void deductFacilitySupport(WorkLine w) {
        OtherFunding funding = w.line.otherFunding();
        if (funding == null || funding.fundingCase() == FundingCase.SPECIAL_COPAYMENT) {
            return;
        }
        BigDecimal support = funding.amounts().total();
        if (support.compareTo(w.bv) > 0) {
            throw new BillingException("billing.line.otherFundingExceeds", w.line.lineId(), support, w.bv);
        }
        if (funding.fundingCase() == FundingCase.FACILITY_SUPPORT && w.bv.signum() > 0) {
            w.bh = w.bh.multiply(w.bv.subtract(support)).divide(w.bv, 2, RoundingMode.HALF_UP);
            w.explain("billing.line.otherFacility", support, w.bv.subtract(support));
        }
    }

    /** Step 2 of the formulas: the final T_BHTT, T_BNCCT, T_BNTT, T_NGUONKHAC of the line. */
    void split(WorkLine w) {
        BigDecimal bnttProvisional = w.bv.subtract(w.bh);
        OtherFunding funding = w.line.otherFunding();
        if (w.armedForces && policy.armedForces() == PricingPolicy.ArmedForcesMode.OTHER_SOURCE) {
            w.amounts = new LineAmounts(w.bv, w.bh, Money.ZERO, Money.ZERO, Money.ZERO,
                    OtherSources.of(policy.armedForcesSource(), w.bv));
            return;
        }
        if (funding == null) {
            w.amounts = new LineAmounts(w.bv, w.bh, w.bhttProvisional, w.bncctProvisional, bnttProvisional,
                    OtherSources.NONE);
            return;
        }
        switch (funding.fundingCase()) {
            case PATIENT_SUPPORT -> patientSupport(w, funding.amounts(), bnttProvisional);
            case FACILITY_SUPPORT -> {
                BigDecimal support = funding.amounts().total();
                w.amounts = new LineAmounts(w.bv, w.bh, w.bhttProvisional, w.bncctProvisional,
                        bnttProvisional.subtract(support), funding.amounts());
            }
            case SPECIAL_COPAYMENT -> {
                w.amounts = new LineAmounts(w.bv, w.bh, w.bhttProvisional, Money.ZERO, bnttProvisional,
                        OtherSources.of(funding.coPaymentSource(), w.bncctProvisional));
                w.inScopeReached = w.bncctProvisional.signum() > 0;
                w.explain("billing.line.otherCoPayment", funding.coPaymentSource().name(), w.bncctProvisional);
            }
        }
    }

    /**
     * Case a: T_BNTT = max(0, BNTT* − NK); T_BNCCT = BNCCT* − what NK leaves after BNTT*, not below 0;
     * T_BHTT = BHTT* − what NK leaves after BNTT* and BNCCT*.
     */
    private static void patientSupport(WorkLine w, OtherSources amounts, BigDecimal bnttProvisional) {
        BigDecimal support = amounts.total();
        BigDecimal bntt = bnttProvisional.subtract(support).max(Money.ZERO);
        BigDecimal afterBntt = support.subtract(bnttProvisional).max(Money.ZERO);
        BigDecimal bncct = w.bncctProvisional.subtract(afterBntt).max(Money.ZERO);
        BigDecimal afterBncct = afterBntt.subtract(w.bncctProvisional).max(Money.ZERO);
        BigDecimal bhtt = w.bhttProvisional.subtract(afterBncct);
        w.amounts = new LineAmounts(w.bv, w.bh, bhtt, bncct, bntt, amounts);
        w.inScopeReached = afterBntt.signum() > 0;
        w.explain("billing.line.otherPatient", support);
    }
}
