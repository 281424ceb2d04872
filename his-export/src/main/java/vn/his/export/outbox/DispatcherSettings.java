package vn.his.export.outbox;

import java.time.Duration;
import java.util.Objects;

/**
 * How one dispatcher node works.
 *
 * @param nodeId    name of this node in leases and attempts (host name and a random suffix by default)
 * @param lease     how long a claimed row belongs to this node; must exceed the longest gateway call (connect + read
 *                  timeout, twice for the one re-login), else a slow but living node would be taken over
 * @param batchSize most rows one job run takes
 * @param retry     backoff and the number of attempts before DEAD
 */
public record DispatcherSettings(String nodeId, Duration lease, int batchSize, RetryPolicy retry) {

    public DispatcherSettings {
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(lease, "lease");
        Objects.requireNonNull(retry, "retry");
        if (nodeId.isBlank() || nodeId.length() > 100) {
            throw new IllegalArgumentException("nodeId must be 1..100 characters");
        }
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("lease must be positive");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1");
        }
    }

    /** Refuses a lease that a normal gateway call (two round trips with a re-login) could outlast. */
    public DispatcherSettings requireLeaseLongerThan(Duration longestCall) {
        if (lease.compareTo(longestCall) <= 0) {
            throw new IllegalArgumentException("the outbox lease (" + lease + ") must be longer than the longest "
                    + "gateway call (" + longestCall + ")");
        }
        return this;
    }
}
