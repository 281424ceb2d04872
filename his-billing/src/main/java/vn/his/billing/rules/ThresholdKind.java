package vn.his.billing.rules;

/** Thresholds stored as multiples of the base salary (table {@code billing_threshold}). */
public enum ThresholdKind {
    /** One visit whose T_TONGCHI_BH is below this is paid at 100% (Luật BHYT art. 22 §1(d)). */
    VISIT_FULL_BENEFIT,
    /** Co-payments of a calendar year above this exempt a 5-year participant (art. 22 §1(đ)). */
    FIVE_YEAR_COPAYMENT,
    /** Ceiling of the supplies of one use of a technical service (TT 04/2017 art. 3 §2(b)), T_TRANTT. */
    SUPPLY_CEILING
}
