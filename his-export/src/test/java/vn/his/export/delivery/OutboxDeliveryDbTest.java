package vn.his.export.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.his.core.common.ClinicalTime;
import vn.his.core.common.DomainException;
import vn.his.core.testsupport.DatabaseTest;
import vn.his.export.gateway.GatewayClient;
import vn.his.export.gateway.SubmissionResult;
import vn.his.export.gateway.simulator.GatewaySimulator;
import vn.his.export.gateway.simulator.SimulatorFaults.Fault;
import vn.his.export.outbox.ClaimedSubmission;
import vn.his.export.outbox.DispatchReport;
import vn.his.export.outbox.DispatchTask;
import vn.his.export.outbox.DispatcherSettings;
import vn.his.export.outbox.OutboxDispatcher;
import vn.his.export.outbox.OutboxSubmissionQueue;
import vn.his.export.outbox.RetryPolicy;
import vn.his.export.outbox.Submission;
import vn.his.export.outbox.SubmissionAttempt;
import vn.his.export.outbox.SubmissionLedger;
import vn.his.export.outbox.SubmissionQueue;
import vn.his.export.outbox.SubmissionStatus;
import vn.his.export.outbox.SubmissionStore;
import vn.his.export.signing.SignatureVerifier;
import vn.his.export.signing.SigningKeystores;

/**
 * The outbox against the gateway simulator on loopback, on H2 and on MariaDB: queueing in the caller's transaction,
 * delivery and receipts, retries to DEAD and re-queue, rejection, two dispatchers on the same rows, faults, and a node
 * dying mid-send.
 */
@DatabaseTest
@Timeout(180)
class OutboxDeliveryDbTest {

    private static final AtomicLong ENCOUNTERS = new AtomicLong(1000);
    private static final RetryPolicy FAST_RETRY = new RetryPolicy(Duration.ofMillis(20), Duration.ofMillis(100), 5);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        DeliveryFixture.properties(registry);
    }

    @Autowired SubmissionQueue queue;
    @Autowired SubmissionStore store;
    @Autowired SubmissionLedger ledger;
    @Autowired GatewayAccountStore accounts;
    @Autowired PlatformTransactionManager transactions;
    @Autowired ClinicalTime time;
    @Autowired JdbcTemplate jdbc;
    @Autowired SigningKeystores keystores;

    private GatewaySimulator simulator;
    private URI baseUrl;

    @BeforeEach
    void start() {
        // each test starts with an empty outbox: a dispatcher takes every due row, whichever test queued it
        jdbc.update("DELETE FROM outbox_attempt");
        jdbc.update("DELETE FROM outbox_event");
        jdbc.update("DELETE FROM outbox_submission");
        accounts.save(DeliveryFixture.ACCOUNT);
        simulator = DeliveryFixture.simulator(0);
        baseUrl = simulator.baseUrl();
    }

    @AfterEach
    void stop() {
        simulator.stop();
    }

    private OutboxDispatcher dispatcher(String node, RetryPolicy retry) {
        return dispatcher(node, retry, DeliveryFixture.client(baseUrl, Duration.ofSeconds(2)));
    }

    private OutboxDispatcher dispatcher(String node, RetryPolicy retry, GatewayClient client) {
        return dispatcher(node, retry, client, keystores);
    }

    private OutboxDispatcher dispatcher(String node, RetryPolicy retry, GatewayClient client,
                                        SigningKeystores signing) {
        return new OutboxDispatcher(store, client, accounts::find, signing, transactions, time.clock(),
                new DispatcherSettings(node, Duration.ofSeconds(30), 25, retry));
    }

    /** What a node does before its call: claims the row and signs it (first time only). */
    private ClaimedSubmission claimAndSign(long id, String node, Duration lease) {
        LocalDateTime now = LocalDateTime.now(time.clock());
        ClaimedSubmission claimed = new TransactionTemplate(transactions).execute(s ->
                store.claim(id, node, now, now.plus(lease))).orElseThrow();
        return dispatcher(node, FAST_RETRY).signOnce(claimed).orElseThrow();
    }

    private long enqueue(vn.his.export.outbox.OutgoingDocument document) {
        return new TransactionTemplate(transactions).execute(s -> queue.enqueue(document));
    }

    private static String maLk(String prefix, int i) {
        return prefix + String.format("%05d", i);
    }

    private Submission submission(long id) {
        return ledger.detail(id).orElseThrow().submission();
    }

    private List<SubmissionAttempt> attempts(long id) {
        return ledger.detail(id).orElseThrow().attempts();
    }

    // ---------------------------------------------------------------------------------------------------- queueing

    @Test
    void queueingStoresTheUnsignedDocumentInTheCallersTransactionAndTheFirstClaimSignsIt() {
        var document = DeliveryFixture.dossier("LKQ00001", ENCOUNTERS.incrementAndGet(), 1);
        long id = enqueue(document);
        Submission row = submission(id);
        assertThat(row.status()).isEqualTo(SubmissionStatus.QUEUED);
        assertThat(row.attemptCount()).isZero();
        assertThat(row.sha256()).isNull();
        assertThat(ledger.signedDocument(id)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT unsigned_document FROM outbox_submission WHERE id = ?", byte[].class, id))
                .isEqualTo(document.unsignedXml());

        // the first claim signs, verifies and stores the signed file with its SHA-256
        ClaimedSubmission claimed = claimAndSign(id, "node-a", Duration.ofSeconds(30));
        row = submission(id);
        byte[] signed = ledger.signedDocument(id).orElseThrow();
        assertThat(signed).isEqualTo(claimed.signedDocument());
        assertThat(OutboxSubmissionQueue.sha256Hex(signed)).isEqualTo(row.sha256()).isEqualTo(claimed.sha256());
        assertThat(new SignatureVerifier().verify(signed).getSubjectX500Principal().getName())
                .isEqualTo(row.certificateSubject()).contains("40001");
        assertThat(new String(signed, StandardCharsets.UTF_8)).contains("<CHUKYDONVI><Signature xmlns=\"http://www.w3.org/2000/09/xmldsig#\">")
                .endsWith("</Signature></CHUKYDONVI></GIAMDINHHS>");
        assertThat(attempts(id)).singleElement().extracting(SubmissionAttempt::sha256).isEqualTo(row.sha256());
        // a signed claim is never signed again
        assertThat(dispatcher("node-a", FAST_RETRY).signOnce(claimed)).containsSame(claimed);

        // rolled back with the business change: nothing stays
        TransactionTemplate rollback = new TransactionTemplate(transactions);
        rollback.executeWithoutResult(s -> {
            queue.enqueue(DeliveryFixture.checkIn("LKQ00002", ENCOUNTERS.incrementAndGet()));
            s.setRollbackOnly();
        });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox_submission WHERE ma_lk = 'LKQ00002'", Integer.class))
                .isZero();

        // refused at the edge
        var wrongRoot = new vn.his.export.outbox.OutgoingDocument(vn.his.export.outbox.SubmissionKind.DOSSIER, "LKQ00003",
                DeliveryFixture.FACILITY, 5, 1, DeliveryFixture.checkIn("LKQ00003", 5).unsignedXml());
        assertThatThrownBy(() -> enqueue(wrongRoot)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("export.outbox.wrongRoot");
        var badFacility = new vn.his.export.outbox.OutgoingDocument(vn.his.export.outbox.SubmissionKind.CHECK_IN, "LKQ00004",
                "4000A", 5, 0, DeliveryFixture.checkIn("LKQ00004", 5).unsignedXml());
        assertThatThrownBy(() -> enqueue(badFacility)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("export.outbox.badFacility");
    }

    @Test
    void aNewerDossierVersionSupersedesTheOlderOneNotYetSent() {
        long v1 = enqueue(DeliveryFixture.dossier("LKV00001", 77, 1));
        long v2 = enqueue(DeliveryFixture.dossier("LKV00001", 77, 2));
        assertThat(submission(v1).status()).isEqualTo(SubmissionStatus.SUPERSEDED);
        assertThat(submission(v2).status()).isEqualTo(SubmissionStatus.QUEUED);
        dispatcher("node-a", FAST_RETRY).run(DispatchTask.DOSSIERS);
        assertThat(submission(v2).status()).isEqualTo(SubmissionStatus.ACCEPTED);
        assertThat(simulator.acceptedDossiers("LKV00001")).isEqualTo(1);
    }

    // ---------------------------------------------------------------------------------------------------- delivery

    @Test
    void deliversCheckInsAndDossiersAndKeepsTheReceipt() {
        long checkIn = enqueue(DeliveryFixture.checkIn("LKD00001", ENCOUNTERS.incrementAndGet()));
        long dossier = enqueue(DeliveryFixture.dossier("LKD00001", ENCOUNTERS.get(), 1));
        OutboxDispatcher node = dispatcher("node-a", FAST_RETRY);
        assertThat(node.run(DispatchTask.CHECK_INS).accepted()).isEqualTo(1);
        assertThat(submission(dossier).status()).isEqualTo(SubmissionStatus.QUEUED);
        assertThat(node.run(DispatchTask.DOSSIERS).accepted()).isEqualTo(1);

        for (long id : List.of(checkIn, dossier)) {
            Submission row = submission(id);
            assertThat(row.status()).isEqualTo(SubmissionStatus.ACCEPTED);
            assertThat(row.maGiaoDich()).startsWith("SIM");
            assertThat(row.thoiGianTiepNhan()).isNotNull();
            assertThat(row.lastCode()).isEqualTo("200");
            assertThat(row.leaseOwner()).isNull();
            List<SubmissionAttempt> attempts = attempts(id);
            assertThat(attempts).singleElement().satisfies(a -> {
                assertThat(a.outcome()).isEqualTo("ACCEPTED");
                assertThat(a.sha256()).isEqualTo(row.sha256());
                assertThat(a.httpStatus()).isEqualTo(200);
                assertThat(a.maKetQua()).isEqualTo("200");
                assertThat(a.maGiaoDich()).isEqualTo(row.maGiaoDich());
                assertThat(a.nodeId()).isEqualTo("node-a");
                assertThat(a.finishedAt()).isNotNull();
            });
        }
        assertThat(simulator.acceptedCheckInCountsByMaLk()).containsEntry("LKD00001", 1);
        assertThat(simulator.acceptedDossiers("LKD00001")).isEqualTo(1);
        // nothing left to do
        assertThat(node.run(DispatchTask.CATCH_UP)).isEqualTo(DispatchReport.NONE);
    }

    @Test
    void aRejectedFileIsNotRetriedAndCanBeRequeuedByAPerson() {
        long id = enqueue(DeliveryFixture.inconsistentDossier("LKR00001", ENCOUNTERS.incrementAndGet()));
        OutboxDispatcher node = dispatcher("node-a", FAST_RETRY);
        assertThat(node.run(DispatchTask.DOSSIERS).rejected()).isEqualTo(1);
        Submission row = submission(id);
        assertThat(row.status()).isEqualTo(SubmissionStatus.REJECTED);
        assertThat(row.lastCode()).isEqualTo("202"); // totals do not match the lines (simulator's inspector)
        assertThat(row.lastMessage()).isNotBlank();
        assertThat(node.run(DispatchTask.CATCH_UP).claimed()).isZero();

        assertThatThrownBy(() -> ledger.requeue(id, "kế toán BHYT", " ")).isInstanceOf(DomainException.class);
        ledger.requeue(id, "kế toán BHYT", "Đã kiểm tra lại tổng tiền");
        assertThat(submission(id).status()).isEqualTo(SubmissionStatus.QUEUED);
        assertThat(ledger.detail(id).orElseThrow().events()).singleElement().satisfies(e -> {
            assertThat(e.from()).isEqualTo(SubmissionStatus.REJECTED);
            assertThat(e.to()).isEqualTo(SubmissionStatus.QUEUED);
            assertThat(e.actor()).isEqualTo("kế toán BHYT");
        });
        // the same bytes are rejected again; both attempts stay in the ledger
        node.run(DispatchTask.DOSSIERS);
        assertThat(submission(id).status()).isEqualTo(SubmissionStatus.REJECTED);
        assertThat(attempts(id)).extracting(SubmissionAttempt::outcome).containsExactly("REJECTED", "REJECTED");
        assertThatThrownBy(() -> ledger.requeue(enqueue(DeliveryFixture.checkIn("LKR00002", 9)), "x", "y"))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("export.outbox.notRequeueable");
    }

    @Test
    void retryableFailuresBackOffThenDieAndARequeueDeliversOnce() throws Exception {
        long id = enqueue(DeliveryFixture.dossier("LKF00001", ENCOUNTERS.incrementAndGet(), 1));
        RetryPolicy threeTries = new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(1), 3);
        OutboxDispatcher node = dispatcher("node-a", threeTries);
        simulator.faults().failAlways(Fault.HTTP_500);

        assertThat(node.run(DispatchTask.DOSSIERS).retried()).isEqualTo(1);
        Submission first = submission(id);
        assertThat(first.status()).isEqualTo(SubmissionStatus.RETRY);
        assertThat(first.nextAttemptAt()).isAfter(first.updatedAt().minusNanos(1));
        // not due yet: nothing happens
        assertThat(node.run(DispatchTask.RETRIES).claimed()).isZero();
        for (int tries = 0; tries < 100 && submission(id).status() != SubmissionStatus.DEAD; tries++) {
            Thread.sleep(200);
            node.run(DispatchTask.RETRIES);
        }
        assertThat(submission(id).status()).isEqualTo(SubmissionStatus.DEAD);
        assertThat(attempts(id)).hasSize(3).allSatisfy(a -> {
            assertThat(a.outcome()).isEqualTo("RETRYABLE");
            assertThat(a.httpStatus()).isEqualTo(500);
            assertThat(a.failure()).startsWith("HTTP_STATUS");
        });
        assertThat(node.run(DispatchTask.CATCH_UP).claimed()).isZero();

        simulator.faults().clear();
        ledger.requeue(id, "admin", "gateway repaired");
        node.run(DispatchTask.DOSSIERS);
        Submission done = submission(id);
        assertThat(done.status()).isEqualTo(SubmissionStatus.ACCEPTED);
        assertThat(attempts(id)).extracting(SubmissionAttempt::outcome)
                .containsExactly("RETRYABLE", "RETRYABLE", "RETRYABLE", "ACCEPTED");
        assertThat(simulator.acceptedDossiers("LKF00001")).isEqualTo(1);
    }

    @Test
    void aFacilityWithoutGatewayAccountIsRetriedNotLost() {
        jdbc.update("DELETE FROM gateway_account");
        long id = enqueue(DeliveryFixture.checkIn("LKA00001", ENCOUNTERS.incrementAndGet()));
        dispatcher("node-a", FAST_RETRY).run(DispatchTask.CHECK_INS);
        assertThat(submission(id).status()).isEqualTo(SubmissionStatus.RETRY);
        assertThat(attempts(id)).singleElement().satisfies(a -> {
            assertThat(a.outcome()).isEqualTo(SubmissionAttempt.NOT_SENT);
            assertThat(a.failure()).contains("40001");
        });
        assertThat(simulator.requests()).isEmpty();
    }

    @Test
    void aFacilityWithoutKeystoreIsQueuedAndWaitsThenIsSignedOnceAndDeliveredWhenConfigured() {
        // queueing never needs a keystore
        long id = enqueue(DeliveryFixture.dossier("LKS00001", ENCOUNTERS.incrementAndGet(), 1));
        OutboxDispatcher unconfigured = dispatcher("node-a", FAST_RETRY,
                DeliveryFixture.client(baseUrl, Duration.ofSeconds(2)), SigningKeystores.none());
        assertThat(unconfigured.run(DispatchTask.DOSSIERS).retried()).isEqualTo(1);
        Submission waiting = submission(id);
        assertThat(waiting.status()).isEqualTo(SubmissionStatus.RETRY);
        assertThat(waiting.sha256()).isNull();
        assertThat(waiting.lastMessage()).contains("Chưa cấu hình tệp khóa ký số cho cơ sở 40001");
        assertThat(attempts(id)).singleElement().satisfies(a -> {
            assertThat(a.outcome()).isEqualTo(SubmissionAttempt.NOT_SENT);
            assertThat(a.failure()).contains("Chưa cấu hình tệp khóa ký số cho cơ sở 40001");
            assertThat(a.sha256()).isNull();
        });
        assertThat(ledger.signedDocument(id)).isEmpty();
        assertThat(simulator.requests()).isEmpty();

        // the keystore is configured: signed once, delivered
        awaitDue(id);
        assertThat(dispatcher("node-a", FAST_RETRY).run(DispatchTask.RETRIES).accepted()).isEqualTo(1);
        Submission done = submission(id);
        assertThat(done.status()).isEqualTo(SubmissionStatus.ACCEPTED);
        assertThat(done.sha256()).isEqualTo(OutboxSubmissionQueue.sha256Hex(ledger.signedDocument(id).orElseThrow()));
        assertThat(attempts(id)).extracting(SubmissionAttempt::outcome, SubmissionAttempt::sha256).containsExactly(
                org.assertj.core.groups.Tuple.tuple(SubmissionAttempt.NOT_SENT, null),
                org.assertj.core.groups.Tuple.tuple("ACCEPTED", done.sha256()));
        assertThat(simulator.acceptedDossiers("LKS00001")).isEqualTo(1);
    }

    @Test
    void attemptsAfterTheFirstSendTheSameSignedBytes() throws Exception {
        long id = enqueue(DeliveryFixture.checkIn("LKT00001", ENCOUNTERS.incrementAndGet()));
        OutboxDispatcher node = dispatcher("node-a", FAST_RETRY);
        simulator.faults().failAlways(Fault.HTTP_500);
        node.run(DispatchTask.CHECK_INS);
        Submission failed = submission(id);
        assertThat(failed.status()).isEqualTo(SubmissionStatus.RETRY);
        String sha = failed.sha256();
        byte[] signed = ledger.signedDocument(id).orElseThrow();
        assertThat(sha).isEqualTo(OutboxSubmissionQueue.sha256Hex(signed));

        simulator.faults().clear();
        awaitDue(id);
        node.run(DispatchTask.RETRIES);
        assertThat(submission(id).status()).isEqualTo(SubmissionStatus.ACCEPTED);
        assertThat(submission(id).sha256()).isEqualTo(sha);
        assertThat(ledger.signedDocument(id).orElseThrow()).isEqualTo(signed);
        assertThat(attempts(id)).hasSizeGreaterThanOrEqualTo(2).extracting(SubmissionAttempt::sha256).containsOnly(sha);
    }

    private void awaitDue(long id) {
        for (int i = 0; i < 100 && submission(id).nextAttemptAt().isAfter(LocalDateTime.now(time.clock())); i++) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    // ---------------------------------------------------------------------------------------- concurrency, faults

    @Test
    void twoDispatchersOnTheSameRowsDeliverEachSubmissionExactlyOnce() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            long encounter = ENCOUNTERS.incrementAndGet();
            ids.add(enqueue(i % 2 == 0 ? DeliveryFixture.checkIn(maLk("LKC", i), encounter)
                    : DeliveryFixture.dossier(maLk("LKC", i), encounter, 1)));
        }
        List<OutboxDispatcher> nodes = List.of(dispatcher("node-a", FAST_RETRY), dispatcher("node-b", FAST_RETRY));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<DispatchReport>> work = new ArrayList<>();
            for (OutboxDispatcher node : nodes) {
                work.add(() -> node.run(DispatchTask.CATCH_UP));
                work.add(() -> node.run(DispatchTask.CHECK_INS));
            }
            int claimed = 0;
            for (Future<DispatchReport> f : pool.invokeAll(work)) {
                claimed += f.get().claimed();
            }
            assertThat(claimed).isEqualTo(120);
        } finally {
            pool.shutdownNow();
        }
        assertExactlyOnce(ids, "LKC", 120);
        // each row was claimed by exactly one node, once
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox_attempt a JOIN outbox_submission s "
                + "ON s.id = a.submission_id WHERE s.ma_lk LIKE 'LKC%'", Integer.class)).isEqualTo(120);
    }

    @Test
    void faultsOfTheGatewayLoseNothingAndDuplicateNothing() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            long encounter = ENCOUNTERS.incrementAndGet();
            ids.add(enqueue(i % 2 == 0 ? DeliveryFixture.checkIn(maLk("LKG", i), encounter)
                    : DeliveryFixture.dossier(maLk("LKG", i), encounter, 1)));
        }
        RetryPolicy patient = new RetryPolicy(Duration.ofMillis(20), Duration.ofMillis(100), 1_000);
        OutboxDispatcher node = dispatcher("node-a", patient);

        // down: connection refused
        int port = baseUrl.getPort();
        simulator.stop();
        node.run(DispatchTask.CATCH_UP);
        assertThat(ids).allSatisfy(id -> assertThat(submission(id).status()).isEqualTo(SubmissionStatus.RETRY));
        simulator = DeliveryFixture.simulator(port);

        // server errors, then unreadable replies, for a while each
        simulator.faults().failAlways(Fault.HTTP_500);
        Thread.sleep(120);
        node.run(DispatchTask.CATCH_UP);
        simulator.faults().clear();
        simulator.faults().failAlways(Fault.GARBAGE);
        Thread.sleep(120);
        node.run(DispatchTask.CATCH_UP);
        assertThat(ids).allSatisfy(id -> assertThat(submission(id).status()).isEqualTo(SubmissionStatus.RETRY));
        // then expired sessions with a failing login, and a slow gateway (below the read timeout): recovery
        simulator.faults().clear();
        simulator.expireAllTokens();
        simulator.faults().failNextLogins(2, Fault.HTTP_500);
        simulator.faults().latency(Duration.ofMillis(30));
        for (int round = 0; round < 50 && !allAccepted(ids); round++) {
            Thread.sleep(120);
            node.run(DispatchTask.CATCH_UP);
        }
        assertExactlyOnce(ids, "LKG", 40);
        // every attempt is in the ledger: the failures of the down phase among them
        int attemptsRecorded = jdbc.queryForObject("SELECT COUNT(*) FROM outbox_attempt a JOIN outbox_submission s "
                + "ON s.id = a.submission_id WHERE s.ma_lk LIKE 'LKG%'", Integer.class);
        assertThat(attemptsRecorded).isGreaterThanOrEqualTo(4 * 40);
        // while the gateway was down every submission failed at least once (a run goes on while rows are due, and
        // the test backoff is 20 ms, so some failed several times)
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT a.submission_id) FROM outbox_attempt a JOIN "
                + "outbox_submission s ON s.id = a.submission_id WHERE s.ma_lk LIKE 'LKG%' AND a.failure LIKE 'NETWORK%'",
                Integer.class)).isEqualTo(40);
        for (String failure : List.of("HTTP_STATUS", "UNREADABLE_REPLY")) {
            assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT a.submission_id) FROM outbox_attempt a JOIN "
                    + "outbox_submission s ON s.id = a.submission_id WHERE s.ma_lk LIKE 'LKG%' AND a.failure LIKE ?",
                    Integer.class, failure + "%")).as(failure).isEqualTo(40);
        }
        assertThat(simulator.loginCount()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aNodeThatDiesAfterClaimingIsTakenOverAndNothingIsLostOrDuplicated() throws Exception {
        long id = enqueue(DeliveryFixture.dossier("LKK00001", ENCOUNTERS.incrementAndGet(), 1));
        // the dead node claims and signs with a short lease and never answers (killed before the call)
        LocalDateTime now = LocalDateTime.now(time.clock());
        ClaimedSubmission lost = claimAndSign(id, "dead-node", Duration.ofMillis(300));
        assertThat(submission(id).status()).isEqualTo(SubmissionStatus.SENDING);
        OutboxDispatcher survivor = dispatcher("node-b", FAST_RETRY);
        assertThat(survivor.run(DispatchTask.RETRIES).claimed()).as("lease still valid").isZero();
        Thread.sleep(400);
        assertThat(survivor.run(DispatchTask.RETRIES).accepted()).isEqualTo(1);

        assertThat(submission(id).status()).isEqualTo(SubmissionStatus.ACCEPTED);
        assertThat(attempts(id)).extracting(SubmissionAttempt::nodeId, SubmissionAttempt::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("dead-node", SubmissionAttempt.INTERRUPTED),
                        org.assertj.core.groups.Tuple.tuple("node-b", "ACCEPTED"));
        assertThat(simulator.acceptedDossiers("LKK00001")).isEqualTo(1);

        // the dead node comes back with its stale lease: its answer goes to its attempt only, the row is not touched
        SubmissionResult late = DeliveryFixture.client(baseUrl, Duration.ofSeconds(2))
                .submitDossier(DeliveryFixture.ACCOUNT, lost.signedDocument());
        boolean recorded = new TransactionTemplate(transactions).execute(s -> store.finish(lost, "RETRYABLE", late,
                "late", vn.his.export.outbox.AttemptVerdict.of(vn.his.export.gateway.SubmissionOutcome.RETRYABLE, 1,
                        FAST_RETRY, now), LocalDateTime.now(time.clock())));
        assertThat(recorded).isFalse();
        assertThat(submission(id).status()).isEqualTo(SubmissionStatus.ACCEPTED);
        assertThat(attempts(id).get(0).failure()).contains("lease was taken over");
    }

    @Test
    void theDocumentedWindowACrashAfterTheGatewayAcceptedResendsTheSameBytesOnce() throws Exception {
        long id = enqueue(DeliveryFixture.dossier("LKW00001", ENCOUNTERS.incrementAndGet(), 1));
        ClaimedSubmission claimed = claimAndSign(id, "dying-node", Duration.ofMillis(300));
        // the gateway accepts, then the node dies before recording the answer
        assertThat(DeliveryFixture.client(baseUrl, Duration.ofSeconds(2))
                .submitDossier(DeliveryFixture.ACCOUNT, claimed.signedDocument()).accepted()).isTrue();
        Thread.sleep(400);
        dispatcher("node-b", FAST_RETRY).run(DispatchTask.RETRIES);
        // the same signed file (same MA_LK, same version) reached the gateway twice; it replaces, and the ledger says so
        assertThat(simulator.acceptedDossiers("LKW00001")).isEqualTo(2);
        assertThat(submission(id).status()).isEqualTo(SubmissionStatus.ACCEPTED);
        assertThat(attempts(id)).extracting(SubmissionAttempt::outcome)
                .containsExactly(SubmissionAttempt.INTERRUPTED, "ACCEPTED");
        // signed once by the dying node: the survivor sent those bytes, not a new signature
        assertThat(attempts(id)).extracting(SubmissionAttempt::sha256).containsOnly(claimed.sha256());
        assertThat(ledger.signedDocument(id).orElseThrow()).isEqualTo(claimed.signedDocument());
    }

    @Test
    void gatewayPasswordsAreStoredOnlyEncryptedAndBoundToTheirFacility() {
        String stored = jdbc.queryForObject("SELECT password_encrypted FROM gateway_account WHERE facility_code = ?",
                String.class, DeliveryFixture.FACILITY);
        assertThat(stored).startsWith("v1:").doesNotContain(DeliveryFixture.PASSWORD)
                .doesNotContain(DeliveryFixture.ACCOUNT.passwordHash());
        assertThat(accounts.find(DeliveryFixture.FACILITY)).contains(DeliveryFixture.ACCOUNT);
        // a ciphertext copied to another facility's row does not decrypt there
        jdbc.update("INSERT INTO gateway_account (facility_code, username, password_encrypted, ma_tinh, updated_at) "
                + "VALUES ('40002', '40001_BV', ?, '40', CURRENT_TIMESTAMP)", stored);
        assertThatThrownBy(() -> accounts.find("40002")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining(DeliveryFixture.PASSWORD);
        jdbc.update("DELETE FROM gateway_account WHERE facility_code = '40002'");
    }

    // ---------------------------------------------------------------------------------------------------- reading

    @Test
    void theLedgerFiltersByFacilityStatusAndPeriod() {
        long id = enqueue(DeliveryFixture.checkIn("LKL00001", ENCOUNTERS.incrementAndGet()));
        LocalDateTime now = LocalDateTime.now(time.clock());
        assertThat(ledger.search(DeliveryFixture.FACILITY, EnumSet.of(SubmissionStatus.QUEUED), now.minusMinutes(5),
                now.plusMinutes(5), 500, 0)).extracting(Submission::id).contains(id);
        assertThat(ledger.search("49999", null, null, null, 10, 0)).isEmpty();
        assertThat(ledger.search(null, Set.of(SubmissionStatus.ACCEPTED), null, null, 500, 0))
                .extracting(Submission::id).doesNotContain(id);
        assertThat(ledger.search(null, null, now.plusMinutes(1), null, 10, 0)).extracting(Submission::id).doesNotContain(id);
        assertThatThrownBy(() -> ledger.search(null, null, null, null, 0, 0)).isInstanceOf(DomainException.class);
    }

    // ---------------------------------------------------------------------------------------------------- helpers

    private boolean allAccepted(List<Long> ids) {
        return ids.stream().allMatch(id -> submission(id).status() == SubmissionStatus.ACCEPTED);
    }

    private void assertExactlyOnce(List<Long> ids, String prefix, int count) {
        assertThat(ids).allSatisfy(id -> assertThat(submission(id).status()).isEqualTo(SubmissionStatus.ACCEPTED));
        Map<String, Integer> checkIns = simulator.acceptedCheckInCountsByMaLk();
        Map<String, Integer> dossiers = simulator.acceptedDossierCountsByMaLk();
        int delivered = 0;
        for (int i = 0; i < count; i++) {
            String lk = maLk(prefix, i);
            Map<String, Integer> counts = i % 2 == 0 ? checkIns : dossiers;
            assertThat(counts.getOrDefault(lk, 0)).as("deliveries of %s", lk).isEqualTo(1);
            delivered++;
        }
        assertThat(delivered).isEqualTo(count);
    }
}
