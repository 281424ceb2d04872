package vn.his.export.claim;

/** Where a claim version stands before delivery (the outbox tracks what happens after QUEUED). */
public enum ClaimStatus {
    /** The assessment found errors: not sent, waits in the worklist for a fix. */
    HELD_WITH_ERRORS,
    /** Assessed without errors and queued in the outbox as a dossier. */
    QUEUED,
    /** A held version replaced by a newer version of the same encounter (nothing to fix any more). */
    SUPERSEDED
}
