package vn.his.web.submissions;

import java.time.LocalDateTime;

import com.fasterxml.jackson.annotation.JsonProperty;

import vn.his.export.outbox.SubmissionKind;
import vn.his.export.outbox.SubmissionStatus;

/**
 * One outbox submission as listed: what it carries (check-in XML0 or GIAMDINHHS dossier of a claim version), where it
 * stands and the gateway's last answer ({@code lastCode} = maKetQua, {@code lastMessage} = thongDiep and/or the
 * failure, {@code maGiaoDich} once accepted). Times are Asia/Ho_Chi_Minh wall-clock time.
 */
public record SubmissionSummary(long id, SubmissionKind kind, String maLk, String facilityCode, long encounterId,
                                int claimVersion, SubmissionStatus status, int attemptCount, String sha256,
                                String lastCode, String lastMessage, String maGiaoDich,
                                LocalDateTime thoiGianTiepNhan, LocalDateTime createdAt, LocalDateTime updatedAt) {

    /** Whether a person may put it back in the queue (DEAD or REJECTED). */
    @JsonProperty("requeueable")
    public boolean requeueable() {
        return SubmissionStatus.REQUEUEABLE.contains(status);
    }
}
