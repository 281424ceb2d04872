package vn.his.web.officer;

/**
 * Where a claim (its latest version) stands for the insurance officer: held by the pre-submission assessment, or the
 * status of its dossier in the outbox (export's {@code SubmissionStatus}).
 */
public enum ClaimState {
    HELD_WITH_ERRORS, QUEUED, SENDING, RETRY, ACCEPTED, REJECTED, DEAD;

    /** The SQL condition on {@code claim_version c} joined with its dossier {@code outbox_submission s}. */
    String condition() {
        return this == HELD_WITH_ERRORS ? "c.status = 'HELD_WITH_ERRORS'" : "s.status = '" + name() + "'";
    }
}
