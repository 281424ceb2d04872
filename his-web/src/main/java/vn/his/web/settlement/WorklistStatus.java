package vn.his.web.settlement;

/**
 * The two queues of the billing clerk: encounters to settle (FINISHED, or CORRECTING after a correction) and
 * encounters settled but discharged unpaid (the current version has no payment).
 */
public enum WorklistStatus {
    FINISHED,
    SETTLED_UNPAID
}
