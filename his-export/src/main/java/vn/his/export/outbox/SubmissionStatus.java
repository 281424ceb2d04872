package vn.his.export.outbox;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import vn.his.core.common.DomainException;

/**
 * The life of a submission, and the only place that says which moves are legal (issue 4, delivery):
 * <pre>
 * QUEUED ──claim──▶ SENDING ──200──────────────▶ ACCEPTED (terminal; maGiaoDich, thoiGianTiepNhan kept)
 *   ▲                  │  ├─network/timeout/5xx/124/401──▶ RETRY ──due──▶ SENDING … ──too many──▶ DEAD
 *   │                  │  └─format/content code─────────▶ REJECTED
 *   │                  └─lease expired (node died)──────▶ SENDING (taken over by another node)
 *   └──────── requeue by a person ◀── DEAD | REJECTED
 * QUEUED | RETRY | DEAD | REJECTED ──newer version of the same dossier queued──▶ SUPERSEDED (terminal)
 * </pre>
 * A retry that has used the last allowed attempt goes to DEAD instead of RETRY.
 */
public enum SubmissionStatus {
    QUEUED, SENDING, ACCEPTED, RETRY, DEAD, REJECTED, SUPERSEDED;

    private static final Map<SubmissionStatus, Set<SubmissionStatus>> ALLOWED = Map.of(
            QUEUED, EnumSet.of(SENDING, SUPERSEDED),
            SENDING, EnumSet.of(SENDING, ACCEPTED, RETRY, DEAD, REJECTED),
            RETRY, EnumSet.of(SENDING, SUPERSEDED),
            DEAD, EnumSet.of(QUEUED, SUPERSEDED),
            REJECTED, EnumSet.of(QUEUED, SUPERSEDED),
            ACCEPTED, EnumSet.noneOf(SubmissionStatus.class),
            SUPERSEDED, EnumSet.noneOf(SubmissionStatus.class));

    /** Statuses a dispatcher may take a row from (with a due time), besides a SENDING row whose lease expired. */
    public static final Set<SubmissionStatus> DUE = EnumSet.of(QUEUED, RETRY);

    /** Statuses a person may re-queue after a fix. */
    public static final Set<SubmissionStatus> REQUEUEABLE = EnumSet.of(DEAD, REJECTED);

    public boolean canMoveTo(SubmissionStatus next) {
        return ALLOWED.get(this).contains(next);
    }

    /** The transition check every change of status goes through; refuses an illegal move. */
    public SubmissionStatus moveTo(SubmissionStatus next) {
        if (!canMoveTo(next)) {
            throw new DomainException("export.outbox.illegalTransition", name(), next.name());
        }
        return next;
    }

    public boolean isTerminal() {
        return ALLOWED.get(this).isEmpty();
    }
}
