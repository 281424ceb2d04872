package vn.his.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Locks sign-in temporarily after repeated failures (issue 5): per user name after {@code maxFailures} failures within
 * {@code window}, and per remote address after {@code maxAddressFailures} (against spraying many user names from one
 * place); the lock lasts {@code lockDuration}. A success resets the user name's count. Kept in memory: a restart
 * forgets it and two nodes count separately (see README). No passwords ever pass through here.
 */
public class LoginThrottle {

    /** Size of the counter map above which stale counters are dropped. */
    static final int PRUNE_AT = 10_000;

    private final Clock clock;
    private final int maxFailures;
    private final int maxAddressFailures;
    private final Duration window;
    private final Duration lockDuration;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock, int maxFailures, int maxAddressFailures, Duration window, Duration lockDuration) {
        if (maxFailures < 1 || maxAddressFailures < 1 || window.isNegative() || lockDuration.isNegative()) {
            throw new IllegalArgumentException("login throttle settings must be positive");
        }
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.maxAddressFailures = maxAddressFailures;
        this.window = window;
        this.lockDuration = lockDuration;
    }

    /** The end of the lock on this user name or this address, if either is locked now. */
    public Optional<Instant> lockedUntil(String username, String remoteAddress) {
        Instant now = clock.instant();
        Optional<Instant> user = until(userKey(username), now);
        Optional<Instant> address = remoteAddress == null ? Optional.empty() : until(addressKey(remoteAddress), now);
        if (user.isPresent() && address.isPresent()) {
            return Optional.of(user.get().isAfter(address.get()) ? user.get() : address.get());
        }
        return user.isPresent() ? user : address;
    }

    /** The time left until {@code until}, by this throttle's clock. */
    public Duration remaining(Instant until) {
        return Duration.between(clock.instant(), until);
    }

    public void recordFailure(String username, String remoteAddress) {
        Instant now = clock.instant();
        if (counters.size() >= PRUNE_AT) {
            // many random user names must not fill the memory: forget counts with nothing left in the window
            counters.values().removeIf(c -> c.stale(now));
        }
        counters.computeIfAbsent(userKey(username), k -> new Counter()).fail(now, maxFailures);
        if (remoteAddress != null) {
            counters.computeIfAbsent(addressKey(remoteAddress), k -> new Counter()).fail(now, maxAddressFailures);
        }
    }

    /** A success clears the user name's failures (the address keeps its own, so spraying still counts). */
    public void recordSuccess(String username) {
        counters.remove(userKey(username));
    }

    /** How many user names and addresses are being counted (for the pruning test). */
    int tracked() {
        return counters.size();
    }

    private Optional<Instant> until(String key, Instant now) {
        Counter c = counters.get(key);
        return c == null ? Optional.empty() : c.lockedUntil(now);
    }

    private static String userKey(String username) {
        return "u:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "a:" + address;
    }

    /** Failure times within the window and the current lock, guarded by its own monitor. */
    private final class Counter {
        private final Deque<Instant> failures = new ArrayDeque<>();
        private Instant lockedUntil;

        synchronized void fail(Instant now, int threshold) {
            if (lockedUntil != null && now.isBefore(lockedUntil)) {
                return; // already locked: refused attempts do not lengthen the lock
            }
            lockedUntil = null;
            failures.addLast(now);
            Instant from = now.minus(window);
            while (!failures.isEmpty() && !failures.peekFirst().isAfter(from)) {
                failures.removeFirst();
            }
            if (failures.size() >= threshold) {
                lockedUntil = now.plus(lockDuration);
                failures.clear();
            }
        }

        synchronized boolean stale(Instant now) {
            return (lockedUntil == null || !now.isBefore(lockedUntil))
                    && (failures.isEmpty() || !failures.peekLast().isAfter(now.minus(window)));
        }

        synchronized Optional<Instant> lockedUntil(Instant now) {
            return lockedUntil != null && now.isBefore(lockedUntil) ? Optional.of(lockedUntil) : Optional.empty();
        }
    }
}
