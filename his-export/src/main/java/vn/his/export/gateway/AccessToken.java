package vn.his.export.gateway;

import java.time.Instant;
import java.util.Objects;

/**
 * A session issued by {@code /api/token/take} (CV 1245 §I.1.3, object {@code APIKey}). The token strings are
 * credentials and never appear in {@code toString()}.
 *
 * @param accessToken {@code access_token}, sent as header {@code accessToken}
 * @param idToken     {@code id_token}, sent as header {@code tokenId}
 * @param tokenType   {@code token_type} as given by the gateway (may be empty)
 * @param username    {@code username} echoed by the gateway (may be empty)
 * @param expiresAt   end of validity, from {@code expires_in} (UTC) or the configured fallback lifetime
 */
public record AccessToken(String accessToken, String idToken, String tokenType, String username, Instant expiresAt) {

    public AccessToken {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(idToken, "idToken");
        Objects.requireNonNull(expiresAt, "expiresAt");
        tokenType = tokenType == null ? "" : tokenType;
        username = username == null ? "" : username;
    }

    @Override
    public String toString() {
        return "AccessToken[accessToken=***, idToken=***, tokenType=" + tokenType + ", username=" + username
                + ", expiresAt=" + expiresAt + "]";
    }
}
