package vn.his.web.submissions;

import java.time.LocalDateTime;
import java.util.List;

import vn.his.export.outbox.Submission;
import vn.his.export.outbox.SubmissionAttempt;
import vn.his.export.outbox.SubmissionEvent;
import vn.his.export.outbox.SubmissionLedger;

/**
 * One submission with every attempt (time, SHA-256 of the file sent, HTTP status, the gateway's maKetQua and
 * thongDiep, its maGiaoDich, the failure when nothing usable came back) and every re-queue made by a person.
 */
public record SubmissionDetail(SubmissionSummary submission, String certificateSubject, LocalDateTime nextAttemptAt,
                               List<Attempt> attempts, List<Requeue> requeues) {

    /**
     * @param httpStatus HTTP status code of the gateway's answer (null when none came)
     * @param maKetQua   the gateway's result code
     * @param thongDiep  the gateway's message
     * @param outcome    STARTED, ACCEPTED, RETRYABLE, REJECTED, INTERRUPTED or NOT_SENT
     */
    public record Attempt(int attemptNo, LocalDateTime startedAt, LocalDateTime finishedAt, String sha256,
                          Integer httpStatus, String maKetQua, String thongDiep, String maGiaoDich, String failure,
                          String outcome, String nodeId) {
    }

    public record Requeue(LocalDateTime at, String fromStatus, String toStatus, String by, String reason) {
    }

    static SubmissionDetail of(SubmissionLedger.Detail d) {
        Submission s = d.submission();
        SubmissionSummary summary = new SubmissionSummary(s.id(), s.kind(), s.maLk(), s.facilityCode(),
                s.encounterId(), s.claimVersion(), s.status(), s.attemptCount(), s.sha256(), s.lastCode(),
                s.lastMessage(), s.maGiaoDich(), s.thoiGianTiepNhan(), s.createdAt(), s.updatedAt());
        return new SubmissionDetail(summary, s.certificateSubject(), s.nextAttemptAt(),
                d.attempts().stream().map(SubmissionDetail::attempt).toList(),
                d.events().stream().map((SubmissionEvent e) -> new Requeue(e.happenedAt(), e.from().name(),
                        e.to().name(), e.actor(), e.reason())).toList());
    }

    private static Attempt attempt(SubmissionAttempt a) {
        return new Attempt(a.attemptNo(), a.startedAt(), a.finishedAt(), a.sha256(), a.httpStatus(), a.maKetQua(),
                a.thongDiep(), a.maGiaoDich(), a.failure(), a.outcome(), a.nodeId());
    }
}
