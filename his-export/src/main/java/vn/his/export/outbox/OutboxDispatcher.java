package vn.his.export.outbox;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.his.core.common.DomainException;
import vn.his.export.gateway.GatewayAccount;
import vn.his.export.gateway.GatewayClient;
import vn.his.export.gateway.SubmissionOutcome;
import vn.his.export.gateway.SubmissionResult;
import vn.his.export.signing.SignatureVerifier;
import vn.his.export.signing.SigningKeystores;

/**
 * Sends due submissions to the gateway, one row at a time:
 * <ol>
 *   <li><b>claim</b> (own short transaction, committed before any network call): the row becomes SENDING with this
 *       node's lease and a STARTED attempt ({@link SubmissionStore#claim}); another node trying the same row gets
 *       nothing;</li>
 *   <li><b>sign once</b>: a row queued unsigned is signed with its facility's keystore (enveloped XML-DSig,
 *       {@link vn.his.export.signing.XmlDsigSigner}), the signature verified against that certificate, and the signed
 *       bytes with their SHA-256 written on the row (own transaction, fenced by the lease) — once: every later attempt
 *       sends exactly those bytes. A facility without a keystore is like one without a gateway account: the attempt
 *       is recorded NOT_SENT with the reason and the row waits in RETRY;</li>
 *   <li><b>check</b>: the stored bytes still have their SHA-256 and a valid signature of the same certificate;</li>
 *   <li><b>send</b>: check-in → {@code checkInKcbQd3176}, dossier → {@code guiHoSoXmlQD3176} ({@link GatewayClient},
 *       which re-logs in once on 401);</li>
 *   <li><b>record</b> (new transaction): the attempt gets the answer, the row the next status — only if this node
 *       still holds the lease.</li>
 * </ol>
 * <b>The one window for a double delivery.</b> If the node dies (or the database becomes unreachable) after the
 * gateway accepted the file but before step 4 committed, the row stays SENDING until its lease expires; another node
 * then takes it over, marks the open attempt INTERRUPTED and sends the same signed bytes again. Exactly-once across
 * that crash is impossible without the gateway's help (it offers no idempotency key). It is harmless because the
 * gateway keys a dossier by MA_LK and facility and a later file for the same MA_LK replaces the earlier one (xml130.md
 * §6, "gửi lại hồ sơ"), and the second file is byte-identical (same claim version, same signature); the ledger shows
 * the INTERRUPTED attempt next to the accepting one, so a person reconciling with the portal's maGiaoDich list knows
 * which submissions crossed a crash. A node that is merely slow cannot cause it: the lease is longer than the
 * longest gateway call, and a late answer is fenced by the lease token.
 */
public class OutboxDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);
    private static final int MAX_BATCHES_PER_RUN = 20;

    private final SubmissionStore store;
    private final GatewayClient client;
    private final GatewayAccountLookup accounts;
    private final SigningKeystores keystores;
    private final TransactionTemplate newTransaction;
    private final Clock clock;
    private final DispatcherSettings settings;
    private final SignatureVerifier verifier = new SignatureVerifier();
    private final FacilitySetupWarnings setupWarnings = new FacilitySetupWarnings();

    public OutboxDispatcher(SubmissionStore store, GatewayClient client, GatewayAccountLookup accounts,
                            SigningKeystores keystores, PlatformTransactionManager transactions, Clock clock,
                            DispatcherSettings settings) {
        this.store = Objects.requireNonNull(store, "store");
        this.client = Objects.requireNonNull(client, "client");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.keystores = Objects.requireNonNull(keystores, "keystores");
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public DispatcherSettings settings() {
        return settings;
    }

    /** Claims and sends due rows of {@code task} until none is left (or {@value #MAX_BATCHES_PER_RUN} batches). */
    public DispatchReport run(DispatchTask task) {
        DispatchReport report = DispatchReport.NONE;
        for (int batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
            LocalDateTime now = OutboxSubmissionQueue.now(clock);
            List<Long> candidates = newTransaction.execute(status -> store.dueCandidates(task.kind(),
                    task.statuses(), task.expiredLeases(), now, settings.batchSize()));
            if (candidates == null || candidates.isEmpty()) {
                break;
            }
            int claimedInBatch = 0;
            for (long id : candidates) {
                Optional<ClaimedSubmission> claimed = claim(id);
                if (claimed.isPresent()) {
                    claimedInBatch++;
                    report = deliver(claimed.get(), report);
                }
            }
            if (claimedInBatch == 0) {
                break; // every candidate was taken by another node
            }
        }
        if (report.claimed() > 0) {
            LOG.info("Outbox {} on {}: {}", task, settings.nodeId(), report);
        }
        return report;
    }

    /** Takes one row for this node (own transaction); empty when it is not due or another node was faster. */
    public Optional<ClaimedSubmission> claim(long id) {
        LocalDateTime now = OutboxSubmissionQueue.now(clock);
        try {
            Optional<ClaimedSubmission> claimed = newTransaction.execute(status ->
                    store.claim(id, settings.nodeId(), now, now.plus(settings.lease())));
            claimed.filter(ClaimedSubmission::interrupted).ifPresent(c -> LOG.warn(
                    "Submission {} ({} {}): the lease of the previous sender expired mid-send; sending again as "
                            + "attempt {}", c.id(), c.kind(), c.maLk(), c.attemptNo()));
            return claimed;
        } catch (ConcurrencyFailureException lostRace) {
            // the other node's UPDATE of the same row won; nothing was written here
            LOG.debug("Submission {} taken by another node: {}", id, lostRace.getMessage());
            return Optional.empty();
        }
    }

    /** Signs (first time only), checks, sends and records one claimed row. */
    public DispatchReport deliver(ClaimedSubmission claimed, DispatchReport report) {
        if (!claimed.signed()) {
            Optional<ClaimedSubmission> signed;
            try {
                signed = signOnce(claimed);
            } catch (DomainException cannotSign) {
                // no keystore (or an unreadable one) for the facility: a configuration to fix, not a broken file
                setupWarnings.log(LOG, claimed.facilityCode(), "keystore", "Submission {} of facility {} not sent: {}",
                        claimed.id(), claimed.facilityCode(), cannotSign.getMessage());
                return record(claimed, SubmissionAttempt.NOT_SENT, null, cannotSign.getMessage(),
                        AttemptVerdict.of(SubmissionOutcome.RETRYABLE, claimed.attemptsSinceQueued(), settings.retry(),
                                OutboxSubmissionQueue.now(clock)), report);
            }
            if (signed.isEmpty()) {
                LOG.warn("Submission {}: lease lost before the signed file could be stored; left to its new holder",
                        claimed.id());
                return report;
            }
            claimed = signed.get();
        }
        String refusal = checkStoredFile(claimed);
        if (refusal != null) {
            LOG.error("Submission {} not sent: {}", claimed.id(), refusal);
            return record(claimed, SubmissionAttempt.NOT_SENT, null, refusal,
                    new AttemptVerdict(SubmissionStatus.DEAD, null), report);
        }
        Optional<GatewayAccount> account;
        try {
            account = accounts.find(claimed.facilityCode());
        } catch (DomainException | IllegalArgumentException unusable) {
            account = Optional.empty();
            refusal = unusable.getMessage();
        }
        if (account.isEmpty()) {
            String why = refusal != null ? refusal : "no gateway account for facility " + claimed.facilityCode();
            setupWarnings.log(LOG, claimed.facilityCode(), "account", "Submission {} of facility {} not sent: {}",
                    claimed.id(), claimed.facilityCode(), why);
            return record(claimed, SubmissionAttempt.NOT_SENT, null, why, AttemptVerdict.of(SubmissionOutcome.RETRYABLE,
                    claimed.attemptsSinceQueued(), settings.retry(), OutboxSubmissionQueue.now(clock)), report);
        }
        SubmissionResult result = claimed.kind() == SubmissionKind.CHECK_IN
                ? client.checkIn(account.get(), claimed.signedDocument())
                : client.submitDossier(account.get(), claimed.signedDocument());
        AttemptVerdict verdict = AttemptVerdict.of(result.outcome(), claimed.attemptsSinceQueued(), settings.retry(),
                OutboxSubmissionQueue.now(clock));
        String failure = result.failureReason().map(f -> f.kind() + ": " + f.detail()).orElse(null);
        return record(claimed, result.outcome().name(), result, failure, verdict, report);
    }

    private DispatchReport record(ClaimedSubmission claimed, String outcome, SubmissionResult result, String failure,
                                  AttemptVerdict verdict, DispatchReport report) {
        LocalDateTime now = OutboxSubmissionQueue.now(clock);
        Boolean recorded = newTransaction.execute(status ->
                store.finish(claimed, outcome, result, failure, verdict, now));
        if (!Boolean.TRUE.equals(recorded)) {
            LOG.warn("Submission {}: answer {} of attempt {} came after the lease was taken over; kept in the "
                    + "attempt only", claimed.id(), outcome, claimed.attemptNo());
        }
        return report.plus(verdict.next(), Boolean.TRUE.equals(recorded));
    }

    /**
     * The claim with its signed file: when the row has none yet, signs the queued document with the facility's
     * keystore, verifies the signature against its certificate and stores the signed bytes, SHA-256 and subject on
     * the row (own transaction, fenced by the lease). A row already signed is returned unchanged — never re-signed.
     * Empty when the lease was lost meanwhile.
     *
     * @throws DomainException when the facility has no usable keystore ({@code export.keystore.notConfigured}, ...)
     */
    public Optional<ClaimedSubmission> signOnce(ClaimedSubmission claimed) {
        if (claimed.signed()) {
            return Optional.of(claimed);
        }
        if (claimed.unsignedDocument() == null) {
            throw new IllegalStateException("submission " + claimed.id() + " has neither a signed nor an unsigned file");
        }
        X509Certificate certificate = keystores.certificate(claimed.facilityCode());
        byte[] signed = keystores.signer(claimed.facilityCode()).sign(claimed.unsignedDocument());
        // the stored bytes are the verified bytes: nothing touches them between here and the gateway
        verifier.verify(signed, certificate);
        String sha256 = OutboxSubmissionQueue.sha256Hex(signed);
        String subject = SubmissionStore.truncate(certificate.getSubjectX500Principal().getName(), 500);
        LocalDateTime now = OutboxSubmissionQueue.now(clock);
        Boolean stored = newTransaction.execute(status -> store.storeSigned(claimed, signed, sha256, subject, now));
        if (!Boolean.TRUE.equals(stored)) {
            return Optional.empty();
        }
        LOG.info("Signed submission {} ({} {} version {}) with {} (sha256 {})", claimed.id(), claimed.kind(),
                claimed.maLk(), claimed.claimVersion(), subject, sha256);
        return Optional.of(claimed.withSigned(signed, sha256, subject));
    }

    /** Null when the stored bytes are still the verified signed file, else why not. */
    private String checkStoredFile(ClaimedSubmission claimed) {
        String actual = OutboxSubmissionQueue.sha256Hex(claimed.signedDocument());
        if (!actual.equals(claimed.sha256())) {
            return "stored file changed: SHA-256 " + actual + " instead of " + claimed.sha256();
        }
        try {
            String subject = verifier.verify(claimed.signedDocument()).getSubjectX500Principal().getName();
            if (!SubmissionStore.truncate(subject, 500).equals(claimed.certificateSubject())) {
                return "signed by " + subject + " instead of " + claimed.certificateSubject();
            }
            return null;
        } catch (DomainException invalid) {
            return invalid.getMessage();
        }
    }
}
