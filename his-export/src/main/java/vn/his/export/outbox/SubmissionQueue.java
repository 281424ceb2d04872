package vn.his.export.outbox;

/**
 * The outbox's write side. {@link #enqueue} validates the document and stores it unsigned as a QUEUED submission in
 * the caller's transaction: the row commits or rolls back with the business change that caused it. It never needs a
 * signing keystore; the dispatcher signs at the first attempt.
 */
public interface SubmissionQueue {

    /** Queues the document; returns the submission id. */
    long enqueue(OutgoingDocument document);
}
