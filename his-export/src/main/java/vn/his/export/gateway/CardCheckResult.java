package vn.his.export.gateway;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Answer of the card check ({@code KQNhanLichSuKCB2024}).
 *
 * @param maKetQua   lookup result code (000 … 401, bhyt-rules.md §1.3); {@code null} when the gateway gave no answer
 * @param maKiemTra  internal check code (00 … 11); may be {@code null}
 * @param ghiChu     note of the gateway; may be {@code null}
 * @param card       card data; {@code null} when the gateway gave no answer
 * @param httpStatus raw HTTP status, {@code 0} when no HTTP reply was received
 * @param failure    why there is no answer; {@code null} when the gateway answered
 */
public record CardCheckResult(String maKetQua, String maKiemTra, String ghiChu, CardInfo card, int httpStatus,
                              GatewayFailure failure) {

    /** Codes that say nothing about the card: ask again later (server, session and reading errors). */
    private static final Set<String> TRANSIENT = Set.of("100", "101", "401", "500");

    public CardCheckResult {
        if (maKetQua == null && failure == null) {
            throw new IllegalArgumentException("a card check without a result code must say why");
        }
    }

    static CardCheckResult failed(GatewayFailure failure, int httpStatus) {
        return new CardCheckResult(null, null, null, null, httpStatus, Objects.requireNonNull(failure, "failure"));
    }

    /** True when the gateway answered with a result code. */
    public boolean answered() {
        return maKetQua != null;
    }

    /** True for {@code 000} (card correct). */
    public boolean cardCorrect() {
        return "000".equals(maKetQua);
    }

    /** True when asking again later may give a different answer (no answer, or a server/session error code). */
    public boolean worthRetrying() {
        return maKetQua == null || TRANSIENT.contains(maKetQua);
    }

    /** Explanation of the codes (and the gateway's note) for people. */
    public String explanation(Locale locale) {
        GatewayMessages messages = GatewayMessages.standard();
        if (maKetQua == null) {
            return failure.describe(locale);
        }
        StringBuilder text = new StringBuilder(messages.cardCode(locale, maKetQua));
        if (maKiemTra != null && !maKiemTra.isBlank()) {
            text.append(" — ").append(messages.cardCheckCode(locale, maKiemTra));
        }
        if (ghiChu != null && !ghiChu.isBlank()) {
            text.append(" (").append(messages.text(locale, "gateway.said")).append(": ").append(ghiChu.strip()).append(')');
        }
        return text.toString();
    }
}
