package vn.his.export.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.quartz.JobExecutionContext;
import org.quartz.JobListener;
import org.quartz.JobExecutionException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.his.core.common.ClinicalTime;
import vn.his.core.testsupport.DatabaseTest;
import vn.his.export.gateway.simulator.GatewaySimulator;
import vn.his.export.gateway.simulator.SimulatorFaults.Fault;
import vn.his.export.outbox.DispatcherSettings;
import vn.his.export.outbox.OutboxDispatcher;
import vn.his.export.outbox.OutgoingDocument;
import vn.his.export.outbox.RetryPolicy;
import vn.his.export.outbox.SubmissionAttempt;
import vn.his.export.outbox.SubmissionQueue;
import vn.his.export.outbox.SubmissionStore;
import vn.his.export.signing.SigningKeystores;

/**
 * Two application nodes on one database: two Quartz schedulers with the clustered JDBC job store (same scheduler
 * name, instance ids node-a and node-b), each with its own dispatcher and gateway client, against one simulator.
 * Every submission reaches the gateway exactly once (the simulator counts per MA_LK) and every attempt is in the
 * ledger — also when the gateway fails for a while, and when a node dies holding rows.
 */
@DatabaseTest
@Timeout(300)
class OutboxClusterDbTest {

    private static final AtomicLong ENCOUNTERS = new AtomicLong(50_000);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        DeliveryFixture.properties(registry);
    }

    @Autowired DataSource dataSource;
    @Autowired SubmissionQueue queue;
    @Autowired SubmissionStore store;
    @Autowired GatewayAccountStore accounts;
    @Autowired PlatformTransactionManager transactions;
    @Autowired ClinicalTime time;
    @Autowired JdbcTemplate jdbc;
    @Autowired SigningKeystores keystores;

    private GatewaySimulator simulator;
    private final List<SchedulerFactoryBean> schedulers = new ArrayList<>();
    private final Map<String, AtomicInteger> runsPerNode = new ConcurrentHashMap<>();
    private String schedulerName;

    @BeforeEach
    void start() {
        jdbc.update("DELETE FROM outbox_attempt");
        jdbc.update("DELETE FROM outbox_event");
        jdbc.update("DELETE FROM outbox_submission");
        accounts.save(DeliveryFixture.ACCOUNT);
        simulator = DeliveryFixture.simulator(0);
        schedulerName = "his-outbox-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void stop() throws Exception {
        for (SchedulerFactoryBean scheduler : schedulers) {
            scheduler.destroy();
        }
        simulator.stop();
    }

    /** A node: its dispatcher (own client, own token cache) run by its own clustered Quartz scheduler. */
    private SchedulerFactoryBean node(String nodeId, URI gateway) throws Exception {
        OutboxDispatcher dispatcher = new OutboxDispatcher(store, DeliveryFixture.client(gateway, Duration.ofSeconds(2)),
                accounts::find, keystores, transactions, time.clock(), new DispatcherSettings(nodeId, Duration.ofSeconds(10), 20,
                new RetryPolicy(Duration.ofMillis(200), Duration.ofSeconds(1), 1_000)));
        OutboxSchedule schedule = new OutboxSchedule(Duration.ofMillis(250), Duration.ofMillis(250),
                Duration.ofMillis(300), "0/2 * * * * ?");
        Properties quartz = new Properties();
        quartz.setProperty("org.quartz.scheduler.instanceName", schedulerName);
        quartz.setProperty("org.quartz.scheduler.instanceId", nodeId);
        quartz.setProperty("org.quartz.jobStore.isClustered", "true");
        quartz.setProperty("org.quartz.jobStore.clusterCheckinInterval", "1000");
        quartz.setProperty("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
        quartz.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
        quartz.setProperty("org.quartz.threadPool.threadCount", "3");
        SchedulerFactoryBean factory = new SchedulerFactoryBean();
        factory.setBeanName("scheduler-" + nodeId);
        factory.setDataSource(dataSource);
        factory.setQuartzProperties(quartz);
        factory.setJobFactory((bundle, scheduler) -> new OutboxJob(dispatcher));
        factory.setJobDetails(schedule.jobs().toArray(org.quartz.JobDetail[]::new));
        factory.setTriggers(schedule.triggers().toArray(org.quartz.Trigger[]::new));
        factory.setGlobalJobListeners(new CountingListener(nodeId));
        factory.setWaitForJobsToCompleteOnShutdown(true);
        factory.setAutoStartup(false);
        factory.afterPropertiesSet();
        schedulers.add(factory);
        return factory;
    }

    private List<Long> enqueue(String prefix, int count) {
        List<Long> ids = new ArrayList<>();
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        for (int i = 0; i < count; i++) {
            String maLk = prefix + String.format("%05d", i);
            long encounter = ENCOUNTERS.incrementAndGet();
            OutgoingDocument document = i % 2 == 0 ? DeliveryFixture.checkIn(maLk, encounter)
                    : DeliveryFixture.dossier(maLk, encounter, 1);
            ids.add(transaction.execute(s -> queue.enqueue(document)));
        }
        return ids;
    }

    private int accepted(String prefix) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM outbox_submission WHERE status = 'ACCEPTED' AND ma_lk LIKE ?",
                Integer.class, prefix + "%");
    }

    private void awaitAccepted(String prefix, int count, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (accepted(prefix) < count && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        assertThat(accepted(prefix)).as("accepted submissions").isEqualTo(count);
    }

    private void assertDeliveredExactlyOnce(String prefix, int count) {
        Map<String, Integer> checkIns = simulator.acceptedCheckInCountsByMaLk();
        Map<String, Integer> dossiers = simulator.acceptedDossierCountsByMaLk();
        // the documented window (OutboxDispatcher): a sender whose lease expired mid-send may already have been
        // accepted when the row is taken over and sent again; only such a submission may arrive twice, never more
        java.util.Set<String> takenOver = new java.util.HashSet<>(jdbc.queryForList("SELECT DISTINCT s.ma_lk FROM "
                + "outbox_attempt a JOIN outbox_submission s ON s.id = a.submission_id WHERE s.ma_lk LIKE ? AND "
                + "(a.outcome = ? OR (a.outcome <> 'ACCEPTED' AND a.outcome <> 'RETRYABLE' AND a.failure LIKE "
                + "'%lease was taken over%'))", String.class, prefix + "%", SubmissionAttempt.INTERRUPTED));
        for (int i = 0; i < count; i++) {
            String maLk = prefix + String.format("%05d", i);
            int delivered = (i % 2 == 0 ? checkIns : dossiers).getOrDefault(maLk, 0);
            if (takenOver.contains(maLk)) {
                assertThat(delivered).as("deliveries of %s (taken over after its lease expired)", maLk).isBetween(1, 2);
            } else {
                assertThat(delivered).as("deliveries of %s", maLk).isEqualTo(1);
            }
        }
        // the ledger: one accepting attempt per submission, every attempt closed
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox_attempt a JOIN outbox_submission s ON "
                + "s.id = a.submission_id WHERE s.ma_lk LIKE ? AND a.outcome = 'ACCEPTED'", Integer.class, prefix + "%"))
                .isEqualTo(count);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox_attempt WHERE outcome = 'STARTED'", Integer.class))
                .isZero();
    }

    @Test
    void twoClusteredSchedulersDeliverEverySubmissionExactlyOnce() throws Exception {
        int count = 300;
        enqueue("LKS", count);
        URI gateway = simulator.baseUrl();
        SchedulerFactoryBean a = node("node-a", gateway);
        SchedulerFactoryBean b = node("node-b", gateway);
        a.start();
        b.start();
        awaitAccepted("LKS", count, Duration.ofSeconds(180));
        assertDeliveredExactlyOnce("LKS", count);
        // one attempt per submission, plus any taken over after its lease expired (a slow machine); the takeovers
        // delivered nothing twice (checked above)
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox_attempt", Integer.class))
                .isEqualTo(count + interruptedAttempts());
        // both nodes are members of the cluster (rows in the scheduler state table) and ran jobs
        assertThat(jdbc.queryForList("SELECT INSTANCE_NAME FROM QRTZ_SCHEDULER_STATE WHERE SCHED_NAME = ?",
                String.class, schedulerName)).containsExactlyInAnyOrder("node-a", "node-b");
        assertThat(runsPerNode.keySet()).containsExactlyInAnyOrder("node-a", "node-b");
    }

    @Test
    void gatewayFaultsForAWhileThenRecoveryLoseNothingAndDuplicateNothing() throws Exception {
        int count = 60;
        enqueue("LKX", count);
        simulator.faults().failAlways(Fault.HTTP_500);
        URI gateway = simulator.baseUrl();
        node("node-a", gateway).start();
        node("node-b", gateway).start();
        Thread.sleep(1_500);
        simulator.faults().clear();
        simulator.faults().failAlways(Fault.GARBAGE);
        Thread.sleep(1_000);
        simulator.faults().clear();
        simulator.expireAllTokens();
        simulator.faults().latency(Duration.ofMillis(50));
        awaitAccepted("LKX", count, Duration.ofSeconds(120));
        assertDeliveredExactlyOnce("LKX", count);
        int failed = jdbc.queryForObject("SELECT COUNT(*) FROM outbox_attempt WHERE outcome = 'RETRYABLE'", Integer.class);
        assertThat(failed).isPositive();
        // every attempt is the accepting one, a failed one, or one whose lease expired under a slow machine and was
        // taken over (still delivered once, checked above): nothing else, nothing left open
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox_attempt", Integer.class))
                .isEqualTo(count + failed + interruptedAttempts());
    }

    /** Attempts closed as INTERRUPTED or answered after their lease had been taken over by the other node. */
    private int interruptedAttempts() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM outbox_attempt WHERE outcome = ? OR (outcome <> 'ACCEPTED' "
                + "AND outcome <> 'RETRYABLE' AND failure LIKE '%lease was taken over%')", Integer.class,
                SubmissionAttempt.INTERRUPTED);
    }

    @Test
    void rowsHeldByANodeThatDiedAreFinishedByTheOtherWithoutLossOrDuplicate() throws Exception {
        int count = 20;
        List<Long> ids = enqueue("LKZ", count);
        // node-x claims half of the rows (SENDING, lease 1 s) and dies before calling the gateway
        java.time.LocalDateTime now = java.time.LocalDateTime.now(time.clock());
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        for (long id : ids.subList(0, count / 2)) {
            java.util.Optional<vn.his.export.outbox.ClaimedSubmission> claimed =
                    transaction.execute(s -> store.claim(id, "node-x", now, now.plusSeconds(1)));
            assertThat(claimed).isPresent();
        }
        node("node-a", simulator.baseUrl()).start();
        awaitAccepted("LKZ", count, Duration.ofSeconds(60));
        assertDeliveredExactlyOnce("LKZ", count);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox_attempt WHERE outcome = 'INTERRUPTED' "
                + "AND node_id = 'node-x'", Integer.class)).isEqualTo(count / 2);
    }

    /** Counts job runs per node. */
    private final class CountingListener implements JobListener {
        private final String nodeId;

        CountingListener(String nodeId) {
            this.nodeId = nodeId;
        }

        @Override
        public String getName() {
            return "count-" + nodeId;
        }

        @Override
        public void jobToBeExecuted(JobExecutionContext context) {
            runsPerNode.computeIfAbsent(nodeId, k -> new AtomicInteger()).incrementAndGet();
        }

        @Override
        public void jobExecutionVetoed(JobExecutionContext context) {
        }

        @Override
        public void jobWasExecuted(JobExecutionContext context, JobExecutionException exception) {
        }
    }
}
