package vn.his.export.gateway;

/** What the sender should do after a call to the gateway. */
public enum SubmissionOutcome {
    /** {@code maKetQua = 200}: the gateway received the file (content errors may still come later on the portal). */
    ACCEPTED,
    /** The file was not judged: network error, timeout, server error, unreadable reply, session refused. Send again later. */
    RETRYABLE,
    /** The gateway refused the file or its parameters; sending the same bytes again will fail the same way. */
    REJECTED
}
