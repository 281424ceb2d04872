package vn.his.export.reconcile;

/**
 * A stage in the life of a claim version, as kept in {@code claim_status_event} (append-only). Message key of each:
 * {@code reconcile.stage.<NAME>}.
 */
public enum ClaimStage {
    /** The pre-submission assessment ran on the version (counts of errors and warnings in the note). */
    ASSESSED,
    /** The assessment found errors: kept in the worklist, never sent. */
    HELD_WITH_ERRORS,
    /** Queued in the outbox (the dossier waits to be signed and sent). */
    QUEUED,
    /** First attempt to send since it was (re-)queued. */
    SENT,
    /** The gateway's receipt: accepted for assessment, with its transaction id (maGiaoDich). */
    ACCEPTED,
    /** An attempt failed for a reason that may pass (network, 5xx, …): tried again later. */
    RETRY,
    /** No more attempts allowed: waits for a person. */
    DEAD,
    /** The gateway refused the file (format or content code). */
    REJECTED,
    /** Put back in the queue by a person after a fix. */
    REQUEUED,
    /** A newer version of the same claim replaced this one before it was sent (or while it was held). */
    SUPERSEDED,
    /** The gateway's assessment results were imported for this version: accepted and refused amounts. */
    GATEWAY_ASSESSED,
    /** A correction was settled: a newer version replaces this one (its number in the note). */
    CORRECTED
}
