package vn.his.billing.rules;

/** Kinds of special service percentage TYLE_TT_DV (QĐ 4750 Bảng 3), looked up by ordinal. */
public enum ServiceRateKind {
    /** n-th exam of the day: 1st 100, 2nd-4th 30, 5th 10, 6th+ 0. */
    EXAM,
    /** n patients sharing a bed: 1 → 100, 2 → 50, 3+ → 33. */
    SHARED_BED,
    /** n-th intervention of one operation by the same team (2nd+ 50). */
    ADDITIONAL_SURGERY_SAME_TEAM,
    /** n-th intervention of one operation by another team (2nd+ 80). */
    ADDITIONAL_SURGERY_OTHER_TEAM,
    /** n-th intervention that is a procedure (thủ thuật) (2nd+ 80). */
    ADDITIONAL_PROCEDURE
}
