package vn.his.export.outbox;

import java.time.Duration;
import java.util.Objects;

/**
 * When to try again after a retryable failure: exponential backoff {@code base · 2^(n-1)} capped at {@code cap},
 * where {@code n} is the number of attempts made so far, and DEAD once {@code maxAttempts} attempts have failed.
 * Plain values (no jitter): the clustered dispatchers claim rows one by one, so synchronised retries cost nothing
 * but a few empty claims.
 */
public record RetryPolicy(Duration base, Duration cap, int maxAttempts) {

    public RetryPolicy {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(cap, "cap");
        if (base.isNegative() || base.isZero()) {
            throw new IllegalArgumentException("retry base must be positive");
        }
        if (cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("retry cap must not be below the base");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    /** 30 s, doubling up to 6 h, DEAD after 12 attempts (about a day and a half of trying). */
    public static RetryPolicy defaults() {
        return new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(6), 12);
    }

    /** The wait after the {@code attemptsMade}-th failed attempt (1-based). */
    public Duration delayAfter(int attemptsMade) {
        if (attemptsMade < 1) {
            throw new IllegalArgumentException("attemptsMade must be at least 1");
        }
        int doublings = Math.min(attemptsMade - 1, 40);
        Duration delay = base;
        for (int i = 0; i < doublings && delay.compareTo(cap) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(cap) > 0 ? cap : delay;
    }

    /** True when no attempt is left after {@code attemptsMade} failed ones. */
    public boolean exhausted(int attemptsMade) {
        return attemptsMade >= maxAttempts;
    }
}
