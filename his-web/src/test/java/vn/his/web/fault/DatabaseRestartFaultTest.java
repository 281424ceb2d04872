package vn.his.web.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.his.web.testsupport.HttpTester;
import vn.his.web.testsupport.HttpTester.Reply;
import vn.his.web.testsupport.WebFixtures;

/**
 * Issue 7: "MariaDB restarted during an export and during recording: requests fail with a clear error and succeed on
 * retry; no half-written encounter or claim". The application runs on a MariaDB server of this test's own
 * ({@link PrivateMariaDb}: own data directory, own port; the machine's shared server is never touched), which is killed
 * with SIGKILL and started again while clients record visits through the REST API (open, three lines, diagnosis,
 * finish, settlement with cash) and while an export is asked for.
 * <p>Asserted: every refused call is a 503 {@code application/problem+json} with a Vietnamese detail and
 * {@code Retry-After} (never a 500, a 401 or a hang: the pool gives up after 2 s); the same call succeeds once the
 * database is back; every visit ends settled with its claim; every transaction is whole: each encounter has its audit
 * row, its three lines (or, when a line call's answer was lost with the connection, that line committed once more —
 * counted and reported), each settled encounter its priced version, payment and claim version with its tables, and
 * nothing else is settled. Skipped when the MariaDB binaries are not installed. Not tagged {@code db}: it brings its own
 * database and runs once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "his.demo.load=false", "his.reference.load-on-startup=false", "his.outbox.scheduler.enabled=false",
        "spring.quartz.auto-startup=false", "spring.jpa.hibernate.ddl-auto=validate",
        "spring.datasource.hikari.connection-timeout=2000", "spring.datasource.hikari.validation-timeout=1000",
        "spring.datasource.hikari.maximum-pool-size=8"})
@Timeout(300)
class DatabaseRestartFaultTest {

    private static final int CLIENTS = 4;
    /** How long a client waits before sending a refused call again. */
    private static final long RETRY_MILLIS = 250;
    private static final String VIETNAMESE_DETAIL = "Tạm thời không kết nối được cơ sở dữ liệu";
    private static PrivateMariaDb database;

    @BeforeAll
    static void startDatabase() throws Exception {
        String missing = PrivateMariaDb.missingBinaries();
        Assumptions.assumeTrue(missing == null, () -> "skipped: " + missing);
        database = PrivateMariaDb.install();
        database.start();
    }

    @AfterAll
    static void stopDatabase() throws InterruptedException, java.io.IOException {
        if (database != null) {
            database.close();
        }
    }

    @DynamicPropertySource
    static void datasource(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> database.url("his_fault"));
        registry.add("spring.datasource.username", () -> "root");
        registry.add("spring.datasource.password", () -> "");
    }

    @LocalServerPort int port;
    @Autowired WebFixtures fixtures;
    @Autowired JdbcTemplate jdbc;

    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger lostAnswers = new AtomicInteger();
    private final List<String> unexpected = new CopyOnWriteArrayList<>();

    @Test
    void databaseRestartedDuringRecordingAndDuringAnExport() throws Exception {
        HttpTester http = new HttpTester(port);
        WebFixtures.World w = fixtures.world();

        // ---- recording: four clients record visits; the database is killed under them and started again
        AtomicBoolean keepGoing = new AtomicBoolean(true);
        AtomicInteger completed = new AtomicInteger();
        Map<Long, Integer> lineRetries = new ConcurrentHashMap<>();
        List<Long> visits = Collections.synchronizedList(new ArrayList<>());
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            running.add(clients.submit(() -> {
                while (keepGoing.get() && unexpected.isEmpty()) {
                    visits.add(visit(http, w, lineRetries));
                    completed.incrementAndGet();
                }
                return null;
            }));
        }
        awaitCount(completed, 6, "visits before the crash");
        database.kill();
        int beforeRestart = completed.get();
        Thread.sleep(3_000);
        int refusedWhileDown = refused.get();
        // while the server is down, a call is refused quickly and clearly (the sign-in lookup itself needs the database)
        Reply down = http.send("clinician-a", "GET", "/api/v1/encounters/" + w.a().encounterId(), null);
        assertDatabaseUnavailable(down);
        database.start();
        awaitCount(completed, beforeRestart + 8, "visits after the restart");
        keepGoing.set(false);
        for (Future<?> f : running) {
            f.get(120, TimeUnit.SECONDS);
        }
        clients.shutdown();
        assertThat(unexpected).as("answers other than success or 503").isEmpty();
        assertThat(refusedWhileDown).as("calls refused with 503 while the database was down").isPositive();

        // every transaction whole
        assertWholeVisits(visits, lineRetries, w);

        // ---- export: asked while the database is down, then again after the restart
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        String exportBody = "{\"facilities\":[\"" + w.a().code() + "\"],\"from\":\"" + today.minusDays(2)
                + "\",\"to\":\"" + today + "\"}";
        database.kill();
        Reply exportDown = http.send("clerk-a", "POST", "/api/v1/exports", exportBody);
        assertDatabaseUnavailable(exportDown);
        // an export running when the server dies: started, then the database killed under it
        database.start();
        ExecutorService exporter = Executors.newSingleThreadExecutor();
        Future<HttpRawReply> inFlight = exporter.submit(() -> HttpRawReply.post(port, "clerk-a", "/api/v1/exports",
                exportBody));
        Thread.sleep(150);
        database.kill();
        HttpRawReply crashed = inFlight.get(60, TimeUnit.SECONDS);
        exporter.shutdown();
        assertThat(crashed.status()).as("an export under a crash: done before it, or refused with 503: %s", crashed)
                .isIn(200, 503);
        if (crashed.status() == 503) {
            assertThat(crashed.contentType()).startsWith("application/problem+json");
            assertThat(crashed.body()).contains(VIETNAMESE_DETAIL);
        }
        database.start();
        // the first calls after a restart may still meet a pooled connection of the old server: 503, then success
        HttpRawReply export = HttpRawReply.post(port, "clerk-a", "/api/v1/exports", exportBody);
        for (int retry = 0; export.status() == 503 && retry < 10; retry++) {
            assertThat(export.body()).contains(VIETNAMESE_DETAIL);
            refused.incrementAndGet();
            Thread.sleep(RETRY_MILLIS);
            export = HttpRawReply.post(port, "clerk-a", "/api/v1/exports", exportBody);
        }
        assertThat(export.status()).as(export.toString()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("application/zip");
        int exported = Integer.parseInt(export.header("X-His-Exported"));
        int leftOut = Integer.parseInt(export.header("X-His-Left-Out"));
        assertThat(exported + leftOut).as("claims of the period").isEqualTo(visits.size());
        assertThat(export.zipEntries()).as("one dossier and one check-in per exported claim, and the summary")
                .isEqualTo(exported * 2 + 1);
        System.out.println("[fault] DatabaseRestartFaultTest (" + database + "): 3 SIGKILLs of MariaDB; "
                + visits.size() + " visits recorded by " + CLIENTS + " clients (" + (visits.size() * 8) + " calls "
                + "succeeded), " + refused.get() + " calls refused with 503 problem+json and retried, "
                + lostAnswers.get() + " committed calls whose answer was lost with the connection, 0 other errors, "
                + "0 half-written encounters or claims; export refused with 503 while down, under a crash "
                + crashed.status() + ", then " + exported + " exported + " + leftOut + " left out after the restart");
    }

    /** One visit through the API, each call repeated after a 503 until it succeeds; the encounter id. */
    private long visit(HttpTester http, WebFixtures.World w, Map<Long, Integer> lineRetries) {
        LocalDateTime arrival = LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusHours(3).withNano(0);
        WebFixtures.Site a = w.a();
        Reply open = call(http, "clinician-a", "POST", "/api/v1/encounters", "{\"patientId\":" + w.patientId()
                + ",\"cardIds\":[" + w.cardId() + "],\"encounterType\":\"01\",\"arrivalTime\":\"" + arrival
                + "\",\"visitReason\":\"Sốt, đau họng\",\"departmentCode\":\"K01\",\"facilityId\":" + a.facilityId()
                + "}", 201, -1);
        long id = open.json().get("id").asLong();
        String[] lines = {
            "{\"itemCode\":\"02.1896\",\"quantity\":1,\"orderingCchn\":\"" + a.cchn() + "\",\"orderTime\":\""
                    + arrival.plusMinutes(10) + "\"}",
            "{\"itemCode\":\"40.17#VD-12345-10\",\"quantity\":10,\"orderingCchn\":\"" + a.cchn() + "\",\"orderTime\":\""
                    + arrival.plusMinutes(20) + "\",\"dosage\":\"1 viên/lần, 2 lần/ngày\"}",
            "{\"itemCode\":\"40.17#VD-12345-10\",\"quantity\":4,\"orderingCchn\":\"" + a.cchn() + "\",\"orderTime\":\""
                    + arrival.plusMinutes(25) + "\",\"dosage\":\"1 viên khi sốt\"}"};
        for (String line : lines) {
            int before = refused.get();
            call(http, "clinician-a", "POST", "/api/v1/encounters/" + id + "/lines", line, 201, -1);
            if (refused.get() != before) {
                lineRetries.merge(id, 1, Integer::sum);
            }
        }
        call(http, "clinician-a", "PUT", "/api/v1/encounters/" + id + "/diagnosis",
                "{\"diagnosisIn\":\"Viêm họng\",\"diagnosisOut\":\"Viêm họng cấp\",\"mainIcd10\":\"J02.9\"}", 200, -1);
        // finishing or settling twice is refused (422): after a lost answer, that refusal confirms the first commit
        call(http, "clinician-a", "POST", "/api/v1/encounters/" + id + "/finish", "{\"treatmentResult\":1,"
                + "\"dischargeType\":1,\"dischargeTime\":\"" + arrival.plusHours(1) + "\"}", 200, 422);
        call(http, "clerk-a", "POST", "/api/v1/encounters/" + id + "/settlement",
                "{\"payment\":{\"method\":\"CASH\",\"reference\":\"BL-" + id + "\"}}", 201, 422);
        return id;
    }

    /**
     * Sends until the answer is {@code expected}; a 503 (database unavailable) is checked and retried after 250 ms.
     * {@code confirmsLostAnswer} is the status that, after a 503, means the first call had committed.
     */
    private Reply call(HttpTester http, String user, String method, String path, String body, int expected,
                       int confirmsLostAnswer) {
        boolean refusedBefore = false;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            long started = System.nanoTime();
            Reply r;
            try {
                r = http.send(user, method, path, body);
            } catch (RuntimeException e) {
                unexpected.add(method + " " + path + ": " + e);
                throw e;
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            if (r.status() == expected) {
                return r;
            }
            if (r.status() == 503) {
                assertDatabaseUnavailable(r);
                if (millis > 10_000) {
                    unexpected.add(method + " " + path + ": refused only after " + millis + " ms");
                }
                refused.incrementAndGet();
                refusedBefore = true;
                sleep(RETRY_MILLIS);
                continue;
            }
            if (refusedBefore && r.status() == confirmsLostAnswer) {
                lostAnswers.incrementAndGet();
                return r;
            }
            unexpected.add(method + " " + path + " → " + r.status() + " " + r.body());
            throw new AssertionError(method + " " + path + " → " + r.status() + " " + r.body());
        }
        unexpected.add(method + " " + path + ": no success within 90 s");
        throw new AssertionError(method + " " + path + ": no success within 90 s");
    }

    private static void assertDatabaseUnavailable(Reply r) {
        assertThat(r.status()).as(r.body()).isEqualTo(503);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("status").asInt()).isEqualTo(503);
        assertThat(r.json().get("detail").asString()).startsWith(VIETNAMESE_DETAIL);
    }

    private void assertWholeVisits(List<Long> visits, Map<Long, Integer> lineRetries, WebFixtures.World w) {
        for (long id : visits) {
            assertThat(jdbc.queryForObject("SELECT status FROM encounter WHERE id = ?", String.class, id))
                    .as("encounter %d", id).isEqualTo("SETTLED");
            int lines = jdbc.queryForObject("SELECT COUNT(*) FROM order_line WHERE encounter_id = ?", Integer.class, id);
            assertThat(lines).as("lines of %d", id).isBetween(3, 3 + lineRetries.getOrDefault(id, 0));
            if (lines > 3) {
                lostAnswers.addAndGet(lines - 3);
            }
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM billing_settled_version WHERE encounter_id = ?",
                    Integer.class, id)).as("priced versions of %d", id).isEqualTo(1);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM claim_version WHERE encounter_id = ?",
                    Integer.class, id)).as("claim versions of %d", id).isEqualTo(1);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM claim_table t JOIN claim_version v ON v.id = "
                    + "t.claim_version_id WHERE v.encounter_id = ?", Integer.class, id)).as("claim tables of %d", id)
                    .isGreaterThanOrEqualTo(3);
        }
        // encounters opened but never answered (their answer lost with the connection) are whole too: audited (all
        // but the fixtures' own encounter, made without the API)
        Long facility = w.a().facilityId();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM encounter e WHERE e.facility_id = ? AND e.id <> ? AND NOT "
                + "EXISTS (SELECT 1 FROM audit_event a WHERE a.resource_type = 'ENCOUNTER' AND a.resource_id = e.id AND "
                + "a.action = 'CREATE')", Integer.class, facility, w.a().encounterId()))
                .as("encounters without their audit row").isZero();
        int extra = jdbc.queryForObject("SELECT COUNT(*) FROM encounter WHERE facility_id = ?", Integer.class, facility)
                - visits.size() - 1;
        assertThat(extra).as("encounters committed whose answer was lost").isNotNegative();
        lostAnswers.addAndGet(extra);
        // nothing settled but the visits; every settled version has its claim
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM encounter WHERE facility_id = ? AND status = 'SETTLED'",
                Integer.class, facility)).isEqualTo(visits.size());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM billing_settled_version s WHERE NOT EXISTS (SELECT 1 "
                + "FROM claim_version v WHERE v.encounter_id = s.encounter_id)", Integer.class)).isZero();
    }

    private void awaitCount(AtomicInteger counter, int target, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (counter.get() < target && System.nanoTime() < deadline && unexpected.isEmpty()) {
            Thread.sleep(100);
        }
        assertThat(unexpected).as("answers other than success or 503").isEmpty();
        assertThat(counter.get()).as(what).isGreaterThanOrEqualTo(target);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
