package vn.his.web.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The password check of sign-in with a short memory of successes, so that a system account calling the API with HTTP
 * Basic on every request pays bcrypt once per few minutes instead of on every call (bcrypt of strength 10 costs tens
 * of milliseconds of CPU: at that price a 2-core node authenticates a few dozen calls a second, whatever the call).
 * <p>
 * Only successful checks are remembered, keyed by an HMAC (with a random key made at start, never stored) of the
 * stored bcrypt hash and the presented password, so: a wrong password is always checked with bcrypt (and counted by
 * the throttle); a changed password (new stored hash) is never matched by an old entry; neither passwords nor
 * reversible forms of them are kept. The user's account state (enabled, locked) is still read on every request by
 * the authentication provider. Entries expire after {@code ttl}; at most {@code capacity} are kept (oldest out).
 */
public final class RecentlyVerifiedPasswords implements PasswordEncoder {

    private final PasswordEncoder delegate;
    private final Duration ttl;
    private final int capacity;
    private final Clock clock;
    private final SecretKeySpec key;
    private final Map<String, Instant> verified;

    public RecentlyVerifiedPasswords(PasswordEncoder delegate, Duration ttl, int capacity, Clock clock) {
        if (ttl.isNegative() || capacity < 0) {
            throw new IllegalArgumentException("ttl " + ttl + ", capacity " + capacity);
        }
        this.delegate = delegate;
        this.ttl = ttl;
        this.capacity = capacity;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.verified = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
                return size() > RecentlyVerifiedPasswords.this.capacity;
            }
        };
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null || capacity == 0 || ttl.isZero()) {
            return delegate.matches(rawPassword, encodedPassword);
        }
        String entry = fingerprint(rawPassword, encodedPassword);
        Instant now = clock.instant();
        synchronized (verified) {
            Instant until = verified.get(entry);
            if (until != null && now.isBefore(until)) {
                return true;
            }
            verified.remove(entry);
        }
        boolean matches = delegate.matches(rawPassword, encodedPassword);
        if (matches) {
            synchronized (verified) {
                verified.put(entry, now.plus(ttl));
            }
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private String fingerprint(CharSequence rawPassword, String encodedPassword) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
