package vn.his.web.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Counts failures in this process only (tests without a database): a restart forgets them. */
public class MemoryLockoutStore implements LockoutStore {

    private final Map<String, FailureCounter> counters = new ConcurrentHashMap<>();

    @Override
    public Optional<Instant> lockedUntil(String username, Instant now) {
        FailureCounter c = counters.get(username);
        return c == null ? Optional.empty() : c.lockedUntil(now);
    }

    @Override
    public void recordFailure(String username, Instant now, int maxFailures, Duration window, Duration lockDuration) {
        if (counters.size() >= LoginThrottle.PRUNE_AT) {
            counters.values().removeIf(c -> c.stale(now, window));
        }
        counters.computeIfAbsent(username, k -> new FailureCounter()).fail(now, maxFailures, window, lockDuration);
    }

    @Override
    public boolean clear(String username) {
        return counters.remove(username) != null;
    }

    @Override
    public List<LockedAccount> locked(Instant now) {
        return counters.entrySet().stream()
                .flatMap(e -> e.getValue().lockedUntil(now).stream()
                        .map(until -> new LockedAccount(e.getKey(), 0, until)))
                .sorted(Comparator.comparing(LockedAccount::lockedUntil)).toList();
    }

    int size() {
        return counters.size();
    }
}
