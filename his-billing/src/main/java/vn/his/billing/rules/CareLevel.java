package vn.his.billing.rules;

/** Technical level of a facility since 01/01/2025 (Law 15/2023 on medical examination and treatment). */
public enum CareLevel {
    /** cấp ban đầu. */
    PRIMARY,
    /** cấp cơ bản. */
    BASIC,
    /** cấp chuyên sâu. */
    SPECIALISED
}
