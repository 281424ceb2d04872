package vn.his.export.gateway;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to a check-in or dossier submission (CV 1245 §I.2.3 / §I.3.3) and what to do about it.
 *
 * @param outcome          classification for the sender
 * @param maKetQua         result code of the gateway; {@code null} when no readable answer came back
 * @param maGiaoDich       transaction id to keep for reconciliation ("lưu lại để đối chiếu"); may be {@code null}
 * @param thoiGianTiepNhan reception time, read from {@code yyyyMMddHHmmss} (gateway local time, Asia/Ho_Chi_Minh [I]);
 *                         {@code null} when absent or unreadable
 * @param thongDiep        message of the gateway, including the error text if any; may be {@code null}
 * @param httpStatus       raw HTTP status, {@code 0} when no HTTP reply was received
 * @param failure          why the gateway did not judge the file; {@code null} when it answered with a result code
 */
public record SubmissionResult(SubmissionOutcome outcome, String maKetQua, String maGiaoDich,
                               LocalDateTime thoiGianTiepNhan, String thongDiep, int httpStatus,
                               GatewayFailure failure) {

    public SubmissionResult {
        Objects.requireNonNull(outcome, "outcome");
        if (maKetQua == null && failure == null) {
            throw new IllegalArgumentException("a result without a gateway code must say why");
        }
    }

    static SubmissionResult failed(GatewayFailure failure, int httpStatus, String maKetQua, String thongDiep) {
        return new SubmissionResult(SubmissionOutcome.RETRYABLE, maKetQua, null, null, thongDiep, httpStatus, failure);
    }

    public boolean accepted() {
        return outcome == SubmissionOutcome.ACCEPTED;
    }

    public Optional<GatewayFailure> failureReason() {
        return Optional.ofNullable(failure);
    }

    /**
     * What happened, for people: the explanation of the result code from the code table (with the gateway's own
     * message appended), or the reason there was no answer.
     */
    public String explanation(Locale locale) {
        GatewayMessages messages = GatewayMessages.standard();
        StringBuilder text = new StringBuilder();
        if (failure != null) {
            text.append(failure.describe(locale));
        }
        // a refused login carries the code of the login reply; its failure sentence already says what to do
        boolean loginRefused = failure != null && failure.kind() == GatewayFailure.Kind.LOGIN_REFUSED;
        if (maKetQua != null && !loginRefused) {
            if (!text.isEmpty()) {
                text.append(" — ");
            }
            text.append(messages.submissionCode(locale, maKetQua));
        }
        if (thongDiep != null && !thongDiep.isBlank()) {
            text.append(" (").append(messages.text(locale, "gateway.said")).append(": ").append(thongDiep.strip()).append(')');
        }
        return text.toString();
    }
}
