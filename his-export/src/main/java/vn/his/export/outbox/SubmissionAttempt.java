package vn.his.export.outbox;

import java.time.LocalDateTime;

/**
 * One try to deliver a submission, kept forever (append-only).
 *
 * @param outcome STARTED (in flight, or its node died before the answer), ACCEPTED, RETRYABLE, REJECTED,
 *                INTERRUPTED (another node found the lease expired), NOT_SENT (refused before sending)
 * @param sha256  SHA-256 of the file sent
 */
public record SubmissionAttempt(long id, long submissionId, int attemptNo, String nodeId, LocalDateTime startedAt,
                                LocalDateTime finishedAt, String sha256, Integer httpStatus, String maKetQua,
                                String thongDiep, String maGiaoDich, String failure, String outcome) {

    public static final String STARTED = "STARTED";
    public static final String INTERRUPTED = "INTERRUPTED";
    public static final String NOT_SENT = "NOT_SENT";
}
