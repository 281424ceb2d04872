package vn.his.export.outbox;

import java.time.LocalDateTime;

/** A change of status made by a person (re-queue after a fix), with who and why. */
public record SubmissionEvent(long submissionId, LocalDateTime happenedAt, SubmissionStatus from, SubmissionStatus to,
                              String actor, String reason) {
}
