package vn.his.export.outbox;

/**
 * A submission a dispatcher node holds (status SENDING, lease until a time), with the signed bytes to send.
 *
 * @param attemptNo     number of the attempt opened by the claim
 * @param attemptsSinceQueued attempts made since the row was last (re)queued, this one included
 * @param leaseToken    fences this holder: its answer changes the row only while the token is still the row's
 * @param interrupted   true when the row was taken from a node whose lease expired mid-send
 */
public record ClaimedSubmission(long id, SubmissionKind kind, String maLk, String facilityCode, int claimVersion,
                                int attemptNo, int attemptsSinceQueued, String leaseToken, String sha256,
                                String certificateSubject, byte[] signedDocument, boolean interrupted) {
}
