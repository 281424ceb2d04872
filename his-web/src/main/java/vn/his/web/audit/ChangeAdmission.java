package vn.his.web.audit;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Lets at most {@code his.changes.concurrent} audited changes (a recorded encounter, a settlement, a patient: every
 * {@link AuditTrail#change}) run at once on this node; the others wait in the order they arrived.
 *
 * <p>Why: a change is processor work on the node and row locks in the database. With as many changes at once as
 * request threads (32), the threads share the cores in small slices, a thread holding a row lock is descheduled while
 * the others queue behind it, and every change takes as long as the slowest: the recording benchmark (BENCHMARKS.md,
 * "Recording at steady state") measured a longer tail and fewer encounters a second than with a few at a time. Requests
 * that only read, and those that wait on the network (a card check at the gateway), are not held back.
 *
 * <p>A change that gets no turn within {@code his.changes.wait} (the database pool's connection timeout by default)
 * fails as a transaction that could not start, which every edge answers 503 with {@code Retry-After}, as when no
 * pooled connection is free: nothing was written and the same request succeeds later. A change started inside
 * another change (nested) runs on its caller's turn.
 */
@Component
public class ChangeAdmission {

    private final Semaphore turns;
    private final Duration wait;
    private final ThreadLocal<Boolean> holding = ThreadLocal.withInitial(() -> Boolean.FALSE);

    public ChangeAdmission(
            @Value("${his.changes.concurrent:0}") int concurrent,
            @Value("${his.changes.wait:${spring.datasource.hikari.connection-timeout:5000}}") long waitMs) {
        if (concurrent < 0) {
            throw new IllegalArgumentException("his.changes.concurrent must be 0 (two per core) or more, not "
                    + concurrent);
        }
        int limit = concurrent > 0 ? concurrent : defaultLimit(Runtime.getRuntime().availableProcessors());
        if (waitMs < 1) {
            throw new IllegalArgumentException("his.changes.wait must be at least 1 ms, not " + waitMs);
        }
        this.turns = new Semaphore(limit, true);
        this.wait = Duration.ofMillis(waitMs);
    }

    /** Two changes per core, at least four: a change also waits on the database, so the cores stay busy. */
    static int defaultLimit(int cores) {
        return Math.max(4, 2 * cores);
    }

    /** Runs {@code work} when its turn comes (at once inside another change). */
    public <T> T run(Supplier<T> work) {
        if (holding.get()) {
            return work.get();
        }
        acquire();
        holding.set(Boolean.TRUE);
        try {
            return work.get();
        } finally {
            holding.set(Boolean.FALSE);
            turns.release();
        }
    }

    /** Changes that may start now (for tests and diagnostics). */
    int free() {
        return turns.availablePermits();
    }

    private void acquire() {
        boolean admitted;
        try {
            admitted = turns.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CannotCreateTransactionException("interrupted while waiting for a turn to change data", e);
        }
        if (!admitted) {
            throw new CannotCreateTransactionException("no turn to change data within " + wait.toMillis()
                    + " ms: " + (turns.getQueueLength() + 1) + " changes are waiting on this node");
        }
    }
}
