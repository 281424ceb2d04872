package vn.his.billing.pricing;

/** How other-source money is taken into a line (QĐ 4750 Bảng 2 field T_NGUONKHAC, points a, b, c). */
public enum FundingCase {
    /** a) support for this patient only: reduces T_BNTT, then T_BNCCT, then T_BHTT. */
    PATIENT_SUPPORT,
    /** b) support given to the facility: deducted from the cost first, the rest is split as usual. */
    FACILITY_SUPPORT,
    /** c) special case set by the Ministry, e.g. ARV drugs: T_NGUONKHAC = T_BNCCT (provisional), T_BNCCT = 0. */
    SPECIAL_COPAYMENT
}
