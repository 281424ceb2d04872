package vn.his.web.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** Failure times within the window and the current lock of one key, in memory, guarded by its own monitor. */
final class FailureCounter {

    private final Deque<Instant> failures = new ArrayDeque<>();
    private Instant lockedUntil;

    synchronized void fail(Instant now, int threshold, Duration window, Duration lockDuration) {
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

    synchronized boolean stale(Instant now, Duration window) {
        return (lockedUntil == null || !now.isBefore(lockedUntil))
                && (failures.isEmpty() || !failures.peekLast().isAfter(now.minus(window)));
    }

    synchronized Optional<Instant> lockedUntil(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil) ? Optional.of(lockedUntil) : Optional.empty();
    }
}
