package vn.his.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Locks sign-in temporarily after repeated failures (issue 5): per user name after {@code maxFailures} failures within
 * {@code window}, and per remote address after {@code maxAddressFailures} (against spraying many user names from one
 * place); the lock lasts {@code lockDuration}. A success resets the user name's count.
 * <p>
 * The user names' counts and locks are kept in a {@link LockoutStore}: in the application the table
 * {@code login_lockout} ({@link JdbcLockoutStore}), shared by every node and kept across restarts, where an
 * administrator sees and lifts locks. The per-address counters stay in this node's memory (an attacker's address is
 * counted by each node it reaches, and a restart forgets it; see README). No passwords ever pass through here.
 */
public class LoginThrottle {

    /** Size of a counter map above which stale counters are dropped. */
    static final int PRUNE_AT = 10_000;

    private final Clock clock;
    private final int maxFailures;
    private final int maxAddressFailures;
    private final Duration window;
    private final Duration lockDuration;
    private final LockoutStore users;
    private final Map<String, FailureCounter> addresses = new ConcurrentHashMap<>();

    /** A throttle counting user names in memory too (tests without a database). */
    public LoginThrottle(Clock clock, int maxFailures, int maxAddressFailures, Duration window, Duration lockDuration) {
        this(clock, maxFailures, maxAddressFailures, window, lockDuration, new MemoryLockoutStore());
    }

    public LoginThrottle(Clock clock, int maxFailures, int maxAddressFailures, Duration window, Duration lockDuration,
                         LockoutStore users) {
        if (maxFailures < 1 || maxAddressFailures < 1 || window.isNegative() || lockDuration.isNegative()) {
            throw new IllegalArgumentException("login throttle settings must be positive");
        }
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.maxAddressFailures = maxAddressFailures;
        this.window = window;
        this.lockDuration = lockDuration;
        this.users = users;
    }

    /** The end of the lock on this user name or this address, if either is locked now. */
    public Optional<Instant> lockedUntil(String username, String remoteAddress) {
        Instant now = clock.instant();
        Optional<Instant> user = users.lockedUntil(normalise(username), now);
        Optional<Instant> address = Optional.empty();
        if (remoteAddress != null) {
            FailureCounter c = addresses.get(remoteAddress);
            address = c == null ? Optional.empty() : c.lockedUntil(now);
        }
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
        users.recordFailure(normalise(username), now, maxFailures, window, lockDuration);
        if (remoteAddress != null) {
            if (addresses.size() >= PRUNE_AT) {
                // many addresses must not fill the memory: forget counts with nothing left in the window
                addresses.values().removeIf(c -> c.stale(now, window));
            }
            addresses.computeIfAbsent(remoteAddress, k -> new FailureCounter())
                    .fail(now, maxAddressFailures, window, lockDuration);
        }
    }

    /** A success clears the user name's failures (the address keeps its own, so spraying still counts). */
    public void recordSuccess(String username) {
        users.clear(normalise(username));
    }

    /** The user names locked now (administrator's screen). */
    public List<LockoutStore.LockedAccount> lockedAccounts() {
        return users.locked(clock.instant());
    }

    /** Lifts the lock (and forgets the failures) of a user name; true when it had any. */
    public boolean unlock(String username) {
        return users.clear(normalise(username));
    }

    /** How many user names and addresses are being counted in memory (for the pruning test). */
    int tracked() {
        return addresses.size() + (users instanceof MemoryLockoutStore m ? m.size() : 0);
    }

    static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
