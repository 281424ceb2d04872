package vn.his.export.gateway;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Connection settings of one gateway (production, BHXH training gateway or the local simulator).
 *
 * @param baseUrl                scheme, host and optional port, e.g. {@value #PRODUCTION}
 * @param endpoints              service paths ({@link GatewayEndpoints#qd3176()} by default)
 * @param connectTimeout         TCP/TLS connect timeout (public code uses 5 s — xml130.md §6.4 [C])
 * @param readTimeout            whole-request timeout (public code uses 30 s [C])
 * @param tokenRenewalMargin     renew a token this long before its {@code expires_in} (public code: 60 s [C])
 * @param fallbackTokenLifetime  lifetime assumed when the reply has no usable {@code expires_in} (public code: 60 min [C])
 * @param replyExcerptLength     how many characters of an unreadable reply are kept in the result for diagnosis
 */
public record GatewaySettings(URI baseUrl, GatewayEndpoints endpoints, Duration connectTimeout, Duration readTimeout,
                              Duration tokenRenewalMargin, Duration fallbackTokenLifetime, int replyExcerptLength) {

    /** Production API host (xml130.md §6.1 [C]). */
    public static final String PRODUCTION = "https://egw.baohiemxahoi.gov.vn";
    /** Training/test API host used in CV 1245 and CV 3190 [P]. */
    public static final String TRAINING = "https://daotaoegw.baohiemxahoi.gov.vn";

    public GatewaySettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(endpoints, "endpoints");
        String scheme = baseUrl.getScheme();
        if (scheme == null || !(scheme.equals("https") || scheme.equals("http")) || baseUrl.getHost() == null
                || baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null) {
            throw new IllegalArgumentException("baseUrl must be http(s)://host[:port][/prefix]: " + baseUrl);
        }
        String text = baseUrl.toString();
        if (text.endsWith("/")) {
            baseUrl = URI.create(text.substring(0, text.length() - 1));
        }
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(readTimeout, "readTimeout");
        Objects.requireNonNull(tokenRenewalMargin, "tokenRenewalMargin");
        if (tokenRenewalMargin.isNegative()) {
            throw new IllegalArgumentException("tokenRenewalMargin must not be negative");
        }
        requirePositive(fallbackTokenLifetime, "fallbackTokenLifetime");
        if (replyExcerptLength < 16) {
            throw new IllegalArgumentException("replyExcerptLength must be at least 16");
        }
    }

    /** Settings with the defaults of public implementations for the given base URL and QĐ 3176 paths. */
    public static GatewaySettings defaults(URI baseUrl) {
        return new GatewaySettings(baseUrl, GatewayEndpoints.qd3176(), Duration.ofSeconds(5), Duration.ofSeconds(30),
                Duration.ofSeconds(60), Duration.ofMinutes(60), 500);
    }

    public GatewaySettings withEndpoints(GatewayEndpoints newEndpoints) {
        return new GatewaySettings(baseUrl, newEndpoints, connectTimeout, readTimeout, tokenRenewalMargin,
                fallbackTokenLifetime, replyExcerptLength);
    }

    public GatewaySettings withTimeouts(Duration newConnectTimeout, Duration newReadTimeout) {
        return new GatewaySettings(baseUrl, endpoints, newConnectTimeout, newReadTimeout, tokenRenewalMargin,
                fallbackTokenLifetime, replyExcerptLength);
    }

    public GatewaySettings withTokenLifetimes(Duration newRenewalMargin, Duration newFallbackLifetime) {
        return new GatewaySettings(baseUrl, endpoints, connectTimeout, readTimeout, newRenewalMargin,
                newFallbackLifetime, replyExcerptLength);
    }

    URI resolve(String path) {
        return URI.create(baseUrl + path);
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
