package vn.his.export.gateway;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Gateway sessions per account, kept until {@code renewalMargin} before they expire (public code renews 60 s early,
 * xml130.md §6.2 [C]). One login at a time per account: concurrent callers wait for the session being fetched
 * instead of each logging in.
 */
public final class TokenCache {

    private final Clock clock;
    private final Duration renewalMargin;
    private final ConcurrentMap<String, AccessToken> tokens = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    public TokenCache(Clock clock, Duration renewalMargin) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.renewalMargin = Objects.requireNonNull(renewalMargin, "renewalMargin");
        if (renewalMargin.isNegative()) {
            throw new IllegalArgumentException("renewalMargin must not be negative");
        }
    }

    /** The cached session of {@code key} if it is still usable at least {@code renewalMargin} from now. */
    public Optional<AccessToken> valid(String key) {
        AccessToken token = tokens.get(key);
        if (token == null || !clock.instant().plus(renewalMargin).isBefore(token.expiresAt())) {
            return Optional.empty();
        }
        return Optional.of(token);
    }

    /**
     * The usable cached session of {@code key}, or a new one from {@code login} (which is then cached). A freshly
     * issued session is returned even when its lifetime is shorter than the margin; it is simply not reused.
     */
    public AccessToken obtain(String key, Supplier<AccessToken> login) {
        Optional<AccessToken> cached = valid(key);
        if (cached.isPresent()) {
            return cached.get();
        }
        ReentrantLock lock = locks.computeIfAbsent(key, k -> new ReentrantLock());
        lock.lock();
        try {
            cached = valid(key);
            if (cached.isPresent()) {
                return cached.get();
            }
            AccessToken fresh = Objects.requireNonNull(login.get(), "login returned no token");
            tokens.put(key, fresh);
            return fresh;
        } finally {
            lock.unlock();
        }
    }

    /** Drops {@code token} for {@code key} unless another caller has already replaced it with a newer session. */
    public void invalidate(String key, AccessToken token) {
        tokens.remove(key, token);
    }

    /** Drops every session, e.g. after the account's password changed. */
    public void clear() {
        tokens.clear();
    }
}
