package vn.his.web.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where the failed sign-ins of each user name are counted. {@link JdbcLockoutStore} (table {@code login_lockout}) is
 * the application's: shared by every node and kept across restarts. {@link MemoryLockoutStore} serves plain tests.
 * User names arrive normalised (stripped, lower case).
 */
public interface LockoutStore {

    /** The end of the lock on {@code username} if it is locked at {@code now}. */
    Optional<Instant> lockedUntil(String username, Instant now);

    /** Counts one failure; locks for {@code lockDuration} when {@code maxFailures} fall within {@code window}. */
    void recordFailure(String username, Instant now, int maxFailures, Duration window, Duration lockDuration);

    /** Forgets the user name's failures and lock (a success, or an administrator's unlock); true when there were any. */
    boolean clear(String username);

    /** The user names locked at {@code now}, soonest end first. */
    List<LockedAccount> locked(Instant now);

    /** A locked user name, its failures and the end of its lock. */
    record LockedAccount(String username, int failures, Instant lockedUntil) {
    }
}
