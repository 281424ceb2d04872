package vn.his.export.outbox;

import java.time.LocalDateTime;
import java.util.Objects;

import vn.his.export.gateway.SubmissionOutcome;
import vn.his.export.gateway.SubmissionResult;

/**
 * What an attempt's answer does to the submission: the next status and, for a retry, when. Pure: the gateway
 * classification ({@link SubmissionResult#outcome()}: accepted / retryable — network errors, timeouts, 5xx, 124, 401
 * after one re-login — / rejected) plus the {@link RetryPolicy}.
 */
public record AttemptVerdict(SubmissionStatus next, LocalDateTime nextAttemptAt) {

    public AttemptVerdict {
        Objects.requireNonNull(next, "next");
        if (next == SubmissionStatus.RETRY && nextAttemptAt == null) {
            throw new IllegalArgumentException("a retry needs a time");
        }
    }

    public static AttemptVerdict of(SubmissionOutcome outcome, int attemptsMade, RetryPolicy policy, LocalDateTime now) {
        Objects.requireNonNull(outcome, "outcome");
        return switch (outcome) {
            case ACCEPTED -> new AttemptVerdict(SubmissionStatus.ACCEPTED, null);
            case REJECTED -> new AttemptVerdict(SubmissionStatus.REJECTED, null);
            case RETRYABLE -> policy.exhausted(attemptsMade)
                    ? new AttemptVerdict(SubmissionStatus.DEAD, null)
                    : new AttemptVerdict(SubmissionStatus.RETRY, now.plus(policy.delayAfter(attemptsMade)));
        };
    }
}
