package vn.his.web.security;

import java.time.Duration;
import java.time.Instant;

import org.springframework.security.authentication.LockedException;

/** Sign-in refused because of too many failures ({@link LoginThrottle}), whatever the password; carries the end. */
public class TemporarilyLockedException extends LockedException {

    private final transient Instant until;
    private final transient Duration remaining;

    public TemporarilyLockedException(Instant until, Duration remaining) {
        super("sign-in temporarily locked until " + until);
        this.until = until;
        this.remaining = remaining;
    }

    /** How long the lock still lasts, by the throttle's clock (for Retry-After). */
    public Duration remaining() {
        return remaining;
    }

    public Instant until() {
        return until;
    }
}
