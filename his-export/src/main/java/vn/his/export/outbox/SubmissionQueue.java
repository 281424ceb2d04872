package vn.his.export.outbox;

/**
 * The outbox's write side. {@link #enqueue} signs the document with the facility's certificate, verifies the
 * signature, and stores the signed bytes (with their SHA-256) as a QUEUED submission in the caller's
 * transaction: the row commits or rolls back with the business change that caused it.
 */
public interface SubmissionQueue {

    /** Queues the document; returns the submission id. */
    long enqueue(OutgoingDocument document);
}
