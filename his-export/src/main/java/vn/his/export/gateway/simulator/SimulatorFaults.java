package vn.his.export.gateway.simulator;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Faults the simulator injects, switchable while it runs. Data calls (check-in, dossier, card check) and logins
 * have separate switches, so that a test can break one without the other.
 */
public final class SimulatorFaults {

    public enum Fault {
        /** HTTP 500 with an HTML error page. */
        HTTP_500,
        /**
         * Sleep {@link #timeoutDelay()} before answering (longer than the client's read timeout), then process the
         * call normally: like the real gateway, the file may be received although the client gave up, which is how
         * duplicates per MA_LK arise.
         */
        TIMEOUT,
        /** HTTP 401 with {@code maKetQua 401}, as for an expired session (on a login: a refused login). */
        EXPIRED_TOKEN,
        /** HTTP 200 with a body that is not the documented JSON (a truncated object followed by junk). */
        GARBAGE
    }

    private Duration latency = Duration.ZERO;
    private Duration timeoutDelay = Duration.ofSeconds(30);
    private Fault always;
    private Fault next;
    private int remaining;
    private Fault nextLogin;
    private int remainingLogins;

    /** Every answer waits this long first (zero to switch off). */
    public synchronized SimulatorFaults latency(Duration newLatency) {
        this.latency = nonNegative(newLatency, "latency");
        return this;
    }

    /** How long a {@link Fault#TIMEOUT} sleeps; make it longer than the client's read timeout. */
    public synchronized SimulatorFaults timeoutDelay(Duration newDelay) {
        this.timeoutDelay = nonNegative(newDelay, "timeoutDelay");
        return this;
    }

    /** The next {@code count} data calls fail with {@code fault}. */
    public synchronized SimulatorFaults failNext(int count, Fault fault) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
        this.next = Objects.requireNonNull(fault, "fault");
        this.remaining = count;
        return this;
    }

    /** Every data call fails with {@code fault} until {@link #clear()} (after any pending {@link #failNext}). */
    public synchronized SimulatorFaults failAlways(Fault fault) {
        this.always = Objects.requireNonNull(fault, "fault");
        return this;
    }

    /** The next {@code count} logins fail with {@code fault}. */
    public synchronized SimulatorFaults failNextLogins(int count, Fault fault) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
        this.nextLogin = Objects.requireNonNull(fault, "fault");
        this.remainingLogins = count;
        return this;
    }

    /** Switches every fault and the latency off. */
    public synchronized void clear() {
        latency = Duration.ZERO;
        always = null;
        next = null;
        remaining = 0;
        nextLogin = null;
        remainingLogins = 0;
    }

    public synchronized Duration latency() {
        return latency;
    }

    public synchronized Duration timeoutDelay() {
        return timeoutDelay;
    }

    synchronized Optional<Fault> takeForData() {
        if (remaining > 0) {
            remaining--;
            return Optional.of(next);
        }
        return Optional.ofNullable(always);
    }

    synchronized Optional<Fault> takeForLogin() {
        if (remainingLogins > 0) {
            remainingLogins--;
            return Optional.of(nextLogin);
        }
        return Optional.empty();
    }

    private static Duration nonNegative(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative");
        }
        return duration;
    }
}
