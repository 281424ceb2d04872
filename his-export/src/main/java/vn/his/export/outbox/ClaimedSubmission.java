package vn.his.export.outbox;

/**
 * A submission a dispatcher node holds (status SENDING, lease until a time), with the bytes to send.
 *
 * @param attemptNo     number of the attempt opened by the claim
 * @param attemptsSinceQueued attempts made since the row was last (re)queued, this one included
 * @param leaseToken    fences this holder: its answer changes the row only while the token is still the row's
 * @param sha256        SHA-256 of the signed file; {@code null} while the row is not signed yet
 * @param certificateSubject subject of the signing certificate; {@code null} while not signed
 * @param signedDocument the signed file exactly as stored; {@code null} until the first claim signs it
 * @param unsignedDocument the document as queued (before signing); {@code null} for rows queued already signed
 * @param interrupted   true when the row was taken from a node whose lease expired mid-send
 */
public record ClaimedSubmission(long id, SubmissionKind kind, String maLk, String facilityCode, int claimVersion,
                                int attemptNo, int attemptsSinceQueued, String leaseToken, String sha256,
                                String certificateSubject, byte[] signedDocument, byte[] unsignedDocument,
                                boolean interrupted) {

    public boolean signed() {
        return signedDocument != null;
    }

    /** The same claim after its signed file was stored on the row. */
    public ClaimedSubmission withSigned(byte[] signed, String sha, String subject) {
        return new ClaimedSubmission(id, kind, maLk, facilityCode, claimVersion, attemptNo, attemptsSinceQueued,
                leaseToken, sha, subject, signed, unsignedDocument, interrupted);
    }
}
