package vn.his.export.gateway.simulator;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import vn.his.export.gateway.GatewayAccount;

/** Accounts known to the simulator and the sessions it issued. */
final class SimulatedSessions {

    record Session(String accessToken, String idToken, String username, Instant expiresAt) {
    }

    private final Map<String, GatewayAccount> accounts;
    private final Map<String, Session> byAccessToken = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration lifetime;
    private final SecureRandom random = new SecureRandom();

    SimulatedSessions(Map<String, GatewayAccount> accounts, Clock clock, Duration lifetime) {
        this.accounts = Map.copyOf(accounts);
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /**
     * A new session when {@code password} is the upper-case hex MD5 of the account's password
     * ("mã hóa MD5 uppercase", CV 1245 §I.1.2) — a lower-case hash or the clear password is refused.
     */
    Optional<Session> login(String username, String password) {
        GatewayAccount account = username == null ? null : accounts.get(username);
        if (account == null || password == null || !constantTimeEquals(account.passwordHash(), password)) {
            return Optional.empty();
        }
        Session session = new Session(randomToken(), randomToken(), username, clock.instant().plus(lifetime));
        byAccessToken.put(session.accessToken(), session);
        return Optional.of(session);
    }

    /**
     * The account of a live session: the access token is known and not expired, the id token belongs to it and
     * the password hash is the account's (compared without regard to case: the guide says only "mã hóa md5").
     */
    Optional<GatewayAccount> authenticate(String accessToken, String idToken, String passwordHash) {
        if (accessToken == null || idToken == null || passwordHash == null) {
            return Optional.empty();
        }
        Session session = byAccessToken.get(accessToken);
        if (session == null || !clock.instant().isBefore(session.expiresAt())
                || !constantTimeEquals(session.idToken(), idToken)) {
            return Optional.empty();
        }
        GatewayAccount account = accounts.get(session.username());
        if (account == null || !account.passwordHash().equalsIgnoreCase(passwordHash)) {
            return Optional.empty();
        }
        return Optional.of(account);
    }

    /** Makes every issued session expired, as if the gateway restarted or the sessions timed out. */
    void expireAll() {
        byAccessToken.clear();
    }

    private String randomToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static boolean constantTimeEquals(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                given.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
