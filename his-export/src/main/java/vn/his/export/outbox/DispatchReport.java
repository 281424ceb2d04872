package vn.his.export.outbox;

/** What one run of a dispatcher did. {@code leaseLost}: answers that came after another node took the row over. */
public record DispatchReport(int claimed, int accepted, int retried, int rejected, int dead, int leaseLost) {

    public static final DispatchReport NONE = new DispatchReport(0, 0, 0, 0, 0, 0);

    DispatchReport plus(SubmissionStatus status, boolean recorded) {
        if (!recorded) {
            return new DispatchReport(claimed + 1, accepted, retried, rejected, dead, leaseLost + 1);
        }
        return new DispatchReport(claimed + 1,
                accepted + (status == SubmissionStatus.ACCEPTED ? 1 : 0),
                retried + (status == SubmissionStatus.RETRY ? 1 : 0),
                rejected + (status == SubmissionStatus.REJECTED ? 1 : 0),
                dead + (status == SubmissionStatus.DEAD ? 1 : 0), leaseLost);
    }
}
