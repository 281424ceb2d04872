package vn.his.claimtests.real;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.his.billing.settlement.JdbcSettlementLedger;
import vn.his.billing.settlement.Payment;
import vn.his.billing.settlement.PaymentMethod;
import vn.his.billing.settlement.SettledEncounter;
import vn.his.billing.settlement.SettlementService;
import vn.his.core.card.CardDetails;
import vn.his.core.card.CardNumber;
import vn.his.core.card.InsuranceCard;
import vn.his.core.catalog.CatalogItem;
import vn.his.core.catalog.CatalogItemRepository;
import vn.his.core.common.ClinicalTime;
import vn.his.core.encounter.Diagnosis;
import vn.his.core.encounter.Discharge;
import vn.his.core.encounter.EncounterOpening;
import vn.his.core.encounter.EncounterService;
import vn.his.core.encounter.OrderKind;
import vn.his.core.encounter.OrderLineDraft;
import vn.his.core.encounter.OtherFunding;
import vn.his.core.facility.Facility;
import vn.his.core.facility.FacilityRepository;
import vn.his.core.patient.BirthDate;
import vn.his.core.patient.Gender;
import vn.his.core.patient.Patient;
import vn.his.core.patient.PatientDetails;
import vn.his.core.patient.PatientRegistry;
import vn.his.core.testsupport.CoreFixtures;
import vn.his.core.testsupport.DatabaseTest;
import vn.his.export.claim.ClaimService;
import vn.his.export.claim.StoredClaim;
import vn.his.export.delivery.GatewayAccountStore;
import vn.his.export.gateway.GatewayAccount;
import vn.his.export.gateway.GatewayClient;
import vn.his.export.gateway.GatewaySettings;
import vn.his.export.gateway.TokenCache;
import vn.his.export.gateway.simulator.GatewaySimulator;
import vn.his.export.outbox.DispatchTask;
import vn.his.export.outbox.DispatcherSettings;
import vn.his.export.outbox.OutboxDispatcher;
import vn.his.export.outbox.OutboxSubmissionQueue;
import vn.his.export.outbox.RetryPolicy;
import vn.his.export.outbox.Submission;
import vn.his.export.outbox.SubmissionAttempt;
import vn.his.export.outbox.SubmissionKind;
import vn.his.export.outbox.SubmissionLedger;
import vn.his.export.outbox.SubmissionStatus;
import vn.his.export.outbox.SubmissionStore;
import vn.his.export.signing.DemoCertificateFactory;
import vn.his.export.signing.KeystoreLocation;
import vn.his.export.signing.SigningKeystores;

/**
 * Billing's real SettlementService and JdbcSettlementLedger, the claim listener and delivery's real outbox, with NO
 * signing keystore configured (H2, then MariaDB): recording costs and settling with payment commit, the check-in and
 * the dossier wait in the outbox unsigned, the dispatcher records why it cannot sign and keeps them in RETRY; once a
 * keystore is configured they are signed once and delivered to the gateway simulator.
 */
@DatabaseTest
@SpringBootTest(classes = RealStackTestApplication.class)
@TestPropertySource(properties = {"his.outbox.scheduler.enabled=false", "his.gateway.base-url=http://127.0.0.1:9/",
        "his.outbox.retry.base=50ms", "his.outbox.retry.cap=200ms",
        "his.gateway.credential-key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="})
class RealSettlementClaimDbTest {

    private static final String CCHN = "000123/NA-CCHN";
    private static final RetryPolicy FAST_RETRY = new RetryPolicy(Duration.ofMillis(20), Duration.ofMillis(100), 5);

    @Autowired EncounterService encounters;
    @Autowired CoreFixtures fixtures;
    @Autowired PatientRegistry registry;
    @Autowired FacilityRepository facilities;
    @Autowired CatalogItemRepository items;
    @Autowired SettlementService settlement;
    @Autowired JdbcSettlementLedger settlementLedger;
    @Autowired ClaimService claims;
    @Autowired OutboxDispatcher configuredDispatcher;
    @Autowired SubmissionStore store;
    @Autowired SubmissionLedger outbox;
    @Autowired GatewayAccountStore accounts;
    @Autowired PlatformTransactionManager transactions;
    @Autowired ClinicalTime time;
    @Autowired JdbcTemplate jdbc;

    @Test
    void settlingWithoutAKeystoreCommitsAndTheSubmissionsWaitUntilOneIsConfigured(@TempDir Path dir)
            throws Exception {
        Facility f = facility();
        String code = f.codeOn(LocalDate.of(2026, 11, 1)).orElseThrow();
        LocalDateTime arrival = LocalDateTime.of(2026, 11, 10, 8, 0);
        long id = finishedVisit(f, code, arrival);
        String maLk = jdbc.queryForObject("SELECT ma_lk FROM encounter WHERE id = ?", String.class, id);

        // no keystore anywhere: the clerk's settlement with payment still commits
        BigDecimal due = due(settlement.preview(id, Optional.empty()));
        SettledEncounter settled = settlement.settle(id, Optional.empty(), "thu.ngan",
                Optional.of(new Payment(PaymentMethod.CASH, arrival.plusHours(3), due, null)));
        assertThat(settlementLedger.current(id)).get().extracting(SettledEncounter::version).isEqualTo(1);
        assertThat(settled.payment()).isNotNull();
        StoredClaim claim = claims.versions(maLk).get(claims.versions(maLk).size() - 1);
        assertThat(claim.submissionId()).as("%s %s", claim.status(), claims.findings(claim.id())).isNotNull();
        List<Submission> queued = outbox.search(code, null, null, null, 10, 0);
        assertThat(queued).extracting(Submission::kind, Submission::status).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(SubmissionKind.CHECK_IN, SubmissionStatus.QUEUED),
                org.assertj.core.groups.Tuple.tuple(SubmissionKind.DOSSIER, SubmissionStatus.QUEUED));
        assertThat(queued).allSatisfy(s -> assertThat(s.sha256()).isNull());

        // the configured dispatcher (no keystore) cannot sign: recorded with the reason, waiting in RETRY
        configuredDispatcher.run(DispatchTask.CATCH_UP);
        for (Submission s : queued) {
            SubmissionLedger.Detail detail = outbox.detail(s.id()).orElseThrow();
            assertThat(detail.submission().status()).isEqualTo(SubmissionStatus.RETRY);
            assertThat(detail.submission().lastMessage()).contains("Chưa cấu hình tệp khóa ký số cho cơ sở " + code);
            // with the 50 ms retry base of this test a catch-up run may try a row again before it ends: every
            // attempt of the run is NOT_SENT with the reason, however many there were
            assertThat(detail.attempts()).isNotEmpty().extracting(SubmissionAttempt::outcome)
                    .containsOnly(SubmissionAttempt.NOT_SENT);
        }

        // a keystore and a gateway account are configured: signed once, delivered, the receipt kept
        Path keystore = dir.resolve("facility.p12");
        DemoCertificateFactory.create(keystore, "changeit".toCharArray(), "facility", "CN=Bệnh viện thử " + code
                + ",O=HIS test,C=VN", Instant.now().minusSeconds(3600), Duration.ofDays(30));
        GatewayAccount account = new GatewayAccount(code + "_BV", "Mật-khẩu-" + code, "40", code);
        accounts.save(account);
        GatewaySimulator simulator = GatewaySimulator.builder().account(account).port(0).build().start();
        try {
            GatewaySettings gateway = GatewaySettings.defaults(simulator.baseUrl())
                    .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(5));
            OutboxDispatcher configured = new OutboxDispatcher(store, new GatewayClient(gateway,
                    new TokenCache(time.clock(), Duration.ofSeconds(60)), time.clock()), accounts::find,
                    new SigningKeystores(Map.of(), new KeystoreLocation(keystore, "changeit", "facility")),
                    transactions, time.clock(), new DispatcherSettings("node-a", Duration.ofSeconds(30), 10, FAST_RETRY));
            for (int round = 0; round < 50 && !allAccepted(queued); round++) {
                Thread.sleep(50);
                configured.run(DispatchTask.CATCH_UP);
            }
            for (Submission s : queued) {
                Submission done = outbox.detail(s.id()).orElseThrow().submission();
                assertThat(done.status()).as(done.kind().name()).isEqualTo(SubmissionStatus.ACCEPTED);
                assertThat(done.maGiaoDich()).isNotBlank();
                assertThat(done.sha256()).isEqualTo(OutboxSubmissionQueue.sha256Hex(
                        outbox.signedDocument(s.id()).orElseThrow()));
            }
            assertThat(simulator.acceptedCheckInCountsByMaLk()).containsEntry(maLk, 1);
            assertThat(simulator.acceptedDossiers(maLk)).isEqualTo(1);
        } finally {
            simulator.stop();
        }
    }

    private boolean allAccepted(List<Submission> submissions) {
        return submissions.stream().allMatch(s -> outbox.detail(s.id()).orElseThrow().submission().status()
                == SubmissionStatus.ACCEPTED);
    }

    private static BigDecimal due(vn.his.billing.pricing.PricedEncounter priced) {
        return priced.totals().tBncct().add(priced.totals().tBntt());
    }

    private Facility facility() {
        Facility created = fixtures.districtHospital();
        fixtures.icd10("J02.9");
        return new TransactionTemplate(transactions).execute(s -> {
            Facility f = facilities.findById(created.id()).orElseThrow();
            f.describe(null, "17605", "Diễn Châu, Nghệ An", "0112345678");
            LocalDate from = LocalDate.of(2020, 1, 1);
            items.save(new CatalogItem(f, OrderKind.SERVICE, "02.1896", "Khám Nội", 13, "Lần", new BigDecimal("45300"),
                    new BigDecimal("45300"), 100, 1, from));
            items.save(new CatalogItem(f, OrderKind.DRUG, "40.48", "Paracetamol 500mg", 4, "Viên",
                    new BigDecimal("350"), new BigDecimal("350"), 100, 1, from)
                    .drug("40.48", "500mg", "1.01", "Viên nén", "VD-30000-18", "1234/QĐ-SYT;G1;N1;2025"));
            return f;
        });
    }

    private long finishedVisit(Facility f, String code, LocalDateTime arrival) {
        Patient p = registry.register(new PatientDetails("Nguyễn Văn Thật", BirthDate.of(LocalDate.of(1980, 3, 2)),
                Gender.MALE, "01", "000", "00000", "Xóm 1, xã Diễn Hoa, Nghệ An", "40", "415", "17605",
                "040170099001", null, null));
        InsuranceCard card = new TransactionTemplate(transactions).execute(s -> fixtures.card(p,
                "HT3404017009900", code));
        long id = encounters.open(p.id(), f.id(), List.of(card.id()), new EncounterOpening("01", arrival,
                "Sốt, đau họng", false, null, null, false, null, "K01", new BigDecimal("60"))).id();
        encounters.addLine(id, new OrderLineDraft(OrderKind.SERVICE, "02.1896", "Khám Nội", "02.1896", null, 13,
                "Lần", BigDecimal.ONE, new BigDecimal("45300"), new BigDecimal("45300"), 1, 100, 100, null,
                arrival.plusMinutes(10), arrival.plusMinutes(15), arrival.plusMinutes(50), "K01", CCHN, CCHN, null,
                null, null, 1, null, null, null, null, null, null, null, null, null, null, null, OtherFunding.NONE));
        encounters.addLine(id, new OrderLineDraft(OrderKind.DRUG, "40.48", "Paracetamol 500mg", null, null, 4, "Viên",
                new BigDecimal("10"), new BigDecimal("350"), new BigDecimal("350"), 1, 100, 100, null,
                arrival.plusMinutes(40), arrival.plusMinutes(40), null, "K01", CCHN, null, null, null, null, 1, 1,
                "500mg", "1.01", "Viên nén", "1 viên/lần * 2 lần/ngày", null, "VD-30000-18", "1234/QĐ-SYT;G1;N1;2025",
                null, null, null, OtherFunding.NONE));
        encounters.recordDiagnosis(id, new Diagnosis("Đau họng", "Viêm họng cấp", "J02.9", List.of(), null, null));
        encounters.finish(id, new Discharge(arrival.plusHours(1), 1, 1, null, null, null, null));
        return id;
    }
}
