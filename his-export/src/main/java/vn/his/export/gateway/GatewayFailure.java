package vn.his.export.gateway;

import java.util.Locale;
import java.util.Objects;

/**
 * Why a call produced no judgement of the file by the gateway, with a technical detail (exception text, timeout,
 * or an excerpt of the unreadable reply). Never contains credentials.
 */
public record GatewayFailure(Kind kind, String detail) {

    public enum Kind {
        /** connection refused, reset, DNS, TLS … */
        NETWORK,
        /** no complete reply within the read timeout */
        TIMEOUT,
        /** HTTP status that is not a gateway answer (5xx, or a non-2xx without a result code) */
        HTTP_STATUS,
        /** the reply is not the JSON the guide describes (garbage, HTML error page, missing maKetQua) */
        UNREADABLE_REPLY,
        /** the gateway refused the login ({@code /api/token/take} without APIKey) */
        LOGIN_REFUSED,
        /** the calling thread was interrupted while waiting */
        INTERRUPTED
    }

    public GatewayFailure {
        Objects.requireNonNull(kind, "kind");
        detail = detail == null ? "" : detail;
    }

    /** A sentence for people, in {@code locale} (Vietnamese by default). */
    public String describe(Locale locale) {
        return GatewayMessages.standard().text(locale, "failure." + kind.name(), detail);
    }
}
