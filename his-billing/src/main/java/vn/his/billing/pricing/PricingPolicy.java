package vn.his.billing.pricing;

import java.util.Objects;

import vn.his.billing.BillingException;

/**
 * Choices the domain notes leave open ([I]); configurable rather than hard-coded.
 *
 * @param armedForces            how a level-5 card's PHAM_VI 3 line is paid: the notes say "from the armed-forces
 *                               budget, not T_BHTT" and that the XML mapping is [I] (bhyt-rules §9 step 9)
 * @param armedForcesSource      the other-source field used when {@code armedForces} is OTHER_SOURCE
 * @param inpatientCardGraceDays days an inpatient line stays covered after the card's GT_THE_DEN (a
 *                               "+15 days" rule is reported [S: xml130 §5.4]; the brief asks for 0)
 */
public record PricingPolicy(ArmedForcesMode armedForces, OtherSource armedForcesSource, int inpatientCardGraceDays) {

    /** Where the out-of-scope cost of a level-5 card goes. */
    public enum ArmedForcesMode {
        /** T_NGUONKHAC (the armed-forces budget is state budget); THANH_TIEN_BH = 0. */
        OTHER_SOURCE,
        /** THANH_TIEN_BH = THANH_TIEN_BV at 100%, claimed in T_BHTT. */
        FUND_SHARE
    }

    public PricingPolicy {
        Objects.requireNonNull(armedForces, "armedForces");
        Objects.requireNonNull(armedForcesSource, "armedForcesSource");
        if (inpatientCardGraceDays < 0) {
            throw new BillingException("billing.policy.graceNegative", inpatientCardGraceDays);
        }
    }

    public static PricingPolicy defaults() {
        return new PricingPolicy(ArmedForcesMode.OTHER_SOURCE, OtherSource.NSNN, 0);
    }
}
