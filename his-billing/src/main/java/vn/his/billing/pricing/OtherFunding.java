package vn.his.billing.pricing;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Other-source money for one line. For cases a and b the amounts per source are given; for case c the amount
 * is the provisional co-payment and only the receiving source is given.
 */
public record OtherFunding(FundingCase fundingCase, OtherSources amounts, OtherSource coPaymentSource) {

    public OtherFunding {
        Objects.requireNonNull(fundingCase, "fundingCase");
        Objects.requireNonNull(amounts, "amounts");
    }

    /** Case a: support for this patient only. */
    public static OtherFunding patientSupport(OtherSources amounts) {
        return new OtherFunding(FundingCase.PATIENT_SUPPORT, amounts, null);
    }

    /** Case a with a single source. */
    public static OtherFunding patientSupport(OtherSource source, BigDecimal amount) {
        return patientSupport(OtherSources.of(source, amount));
    }

    /** Case b: support given to the facility. */
    public static OtherFunding facilitySupport(OtherSources amounts) {
        return new OtherFunding(FundingCase.FACILITY_SUPPORT, amounts, null);
    }

    /** Case b with a single source. */
    public static OtherFunding facilitySupport(OtherSource source, BigDecimal amount) {
        return facilitySupport(OtherSources.of(source, amount));
    }

    /** Case c: {@code source} pays the co-payment (ARV rule). */
    public static OtherFunding specialCoPayment(OtherSource source) {
        return new OtherFunding(FundingCase.SPECIAL_COPAYMENT, OtherSources.NONE, source);
    }
}
