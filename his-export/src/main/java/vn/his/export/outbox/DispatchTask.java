package vn.his.export.outbox;

import java.util.EnumSet;
import java.util.Set;

/** The share of the work one scheduled job does; the claim itself is what keeps two nodes apart. */
public enum DispatchTask {
    /** New check-ins, seconds after they are queued. */
    CHECK_INS(SubmissionKind.CHECK_IN, EnumSet.of(SubmissionStatus.QUEUED), false),
    /** New dossiers. */
    DOSSIERS(SubmissionKind.DOSSIER, EnumSet.of(SubmissionStatus.QUEUED), false),
    /** Retries that are due, of both kinds, and rows whose node died mid-send (expired SENDING lease). */
    RETRIES(null, EnumSet.of(SubmissionStatus.RETRY), true),
    /** Nightly: everything due and every expired lease, whatever the other jobs missed. */
    CATCH_UP(null, EnumSet.of(SubmissionStatus.QUEUED, SubmissionStatus.RETRY), true);

    private final SubmissionKind kind;
    private final Set<SubmissionStatus> statuses;
    private final boolean expiredLeases;

    DispatchTask(SubmissionKind kind, Set<SubmissionStatus> statuses, boolean expiredLeases) {
        this.kind = kind;
        this.statuses = statuses;
        this.expiredLeases = expiredLeases;
    }

    /** {@code null} for both kinds. */
    public SubmissionKind kind() {
        return kind;
    }

    public Set<SubmissionStatus> statuses() {
        return EnumSet.copyOf(statuses);
    }

    public boolean expiredLeases() {
        return expiredLeases;
    }
}
