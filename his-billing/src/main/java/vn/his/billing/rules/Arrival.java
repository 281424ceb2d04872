package vn.his.billing.rules;

/** The circumstance a visit-object row requires (column {@code arrival} of {@code billing_visit_object}). */
public enum Arrival {
    /** The treating facility is the card's registered facility (MA_DKBD). */
    REGISTERED_FACILITY,
    REFERRAL,
    RESIDENCE_CHANGE,
    REVISIT_APPOINTMENT,
    ORGAN_DONOR,
    NEWBORN,
    EMERGENCY,
    /** None of the above: the patient came on their own. */
    SELF_REFERRAL,
    /** Any circumstance. */
    ANY,
    /** Never chosen automatically; only a clerk override selects the row (medicine pickup, withdrawal, ...). */
    CLERK_ONLY
}
