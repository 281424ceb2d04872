package vn.his.export.outbox;

import java.time.LocalDateTime;

/**
 * A submission as stored (without the signed bytes; see {@link SubmissionLedger#signedDocument}). Times are
 * Asia/Ho_Chi_Minh wall-clock time.
 */
public record Submission(long id, SubmissionKind kind, String maLk, String facilityCode, long encounterId,
                         int claimVersion, SubmissionStatus status, String sha256, String certificateSubject,
                         int attemptCount, LocalDateTime nextAttemptAt, String leaseOwner, LocalDateTime leaseUntil,
                         String maGiaoDich, LocalDateTime thoiGianTiepNhan, String lastCode, String lastMessage,
                         LocalDateTime createdAt, LocalDateTime updatedAt, long rowVersion) {
}
