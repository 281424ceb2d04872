package vn.his.export.outbox;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.his.core.common.DomainException;

/**
 * What people see of the outbox and may do with it: submissions by facility, status and period; one submission
 * with every attempt and every manual change; re-queueing a DEAD or REJECTED submission after a fix.
 */
public class SubmissionLedger {

    private static final Logger LOG = LoggerFactory.getLogger(SubmissionLedger.class);
    public static final int MAX_PAGE = 500;

    /** One submission with its history. */
    public record Detail(Submission submission, List<SubmissionAttempt> attempts, List<SubmissionEvent> events) {
    }

    private final SubmissionStore store;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public SubmissionLedger(SubmissionStore store, PlatformTransactionManager transactions, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.transaction = new TransactionTemplate(transactions);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Submissions newest first. Every filter may be {@code null}; {@code from} inclusive, {@code to} exclusive
     * (creation time); at most {@value #MAX_PAGE} rows.
     */
    public List<Submission> search(String facilityCode, Set<SubmissionStatus> statuses, LocalDateTime from,
                                   LocalDateTime to, int limit, int offset) {
        if (limit < 1 || limit > MAX_PAGE || offset < 0) {
            throw new DomainException("export.outbox.badPage", MAX_PAGE);
        }
        return transaction.execute(s -> store.search(facilityCode, statuses, from, to, limit, offset));
    }

    public Optional<Detail> detail(long id) {
        return transaction.execute(s -> store.find(id)
                .map(submission -> new Detail(submission, store.attempts(id), store.events(id))));
    }

    /** The signed file exactly as stored and sent. */
    public Optional<byte[]> signedDocument(long id) {
        return transaction.execute(s -> store.signedDocument(id));
    }

    /** Puts a DEAD or REJECTED submission back in the queue after a fix; {@code by} and {@code reason} are kept. */
    public void requeue(long id, String by, String reason) {
        if (by == null || by.isBlank()) {
            throw new DomainException("export.outbox.actorRequired");
        }
        if (reason == null || reason.isBlank()) {
            throw new DomainException("export.outbox.reasonRequired");
        }
        transaction.executeWithoutResult(s -> store.requeue(id, by.strip(), reason.strip(),
                OutboxSubmissionQueue.now(clock)));
        LOG.info("Submission {} re-queued by {}", id, by.strip());
    }
}
