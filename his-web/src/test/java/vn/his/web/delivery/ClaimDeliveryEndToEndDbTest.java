package vn.his.web.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

import vn.his.core.common.ClinicalTime;
import vn.his.core.facility.Facility;
import vn.his.core.testsupport.DatabaseTest;
import vn.his.export.claim.ClaimService;
import vn.his.export.claim.ClaimStore;
import vn.his.export.claim.StoredClaim;
import vn.his.export.delivery.GatewayAccountStore;
import vn.his.export.envelope.Dossier;
import vn.his.export.envelope.DossierReader;
import vn.his.export.gateway.GatewayAccount;
import vn.his.export.gateway.GatewayClient;
import vn.his.export.gateway.GatewaySettings;
import vn.his.export.gateway.TokenCache;
import vn.his.export.gateway.simulator.GatewaySimulator;
import vn.his.export.gateway.simulator.ReceivedRequest;
import vn.his.export.gateway.simulator.XmlDsigSignatureCheck;
import vn.his.export.outbox.DispatchTask;
import vn.his.export.outbox.DispatcherSettings;
import vn.his.export.outbox.OutboxDispatcher;
import vn.his.export.outbox.RetryPolicy;
import vn.his.export.outbox.Submission;
import vn.his.export.outbox.SubmissionKind;
import vn.his.export.outbox.SubmissionLedger;
import vn.his.export.outbox.SubmissionStatus;
import vn.his.export.outbox.SubmissionStore;
import vn.his.export.signing.DemoCertificateFactory;
import vn.his.export.signing.KeystoreLocation;
import vn.his.export.signing.SigningKeystores;
import vn.his.export.xml.TableDocument;
import vn.his.web.claims.SettledVisits;

/**
 * End to end on the whole application (H2, then MariaDB), no stand-in and no Quartz: an encounter recorded through
 * EncounterService (its first cost queues the check-in), finished and settled with payment through billing's
 * SettlementService (claim version 1, dossier queued in the same transaction), then the dispatcher's tasks run
 * directly against the gateway simulator on loopback with a test keystore. The simulator receives the check-in and
 * the dossier exactly once each (the signed files of the outbox, byte for byte), both submissions are ACCEPTED with a
 * maGiaoDich, and the tables inside the received envelope are byte for byte the claim version's stored tables.
 */
@DatabaseTest
@SpringBootTest
@TestPropertySource(properties = {"his.demo.load=false", "his.reference.load-on-startup=false",
        "his.outbox.scheduler.enabled=false", "his.gateway.simulator.enabled=false",
        "his.gateway.credential-key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="})
class ClaimDeliveryEndToEndDbTest {

    @Autowired SettledVisits visits;
    @Autowired ClaimService claims;
    @Autowired ClaimStore claimStore;
    @Autowired SubmissionStore store;
    @Autowired SubmissionLedger outbox;
    @Autowired GatewayAccountStore accounts;
    @Autowired PlatformTransactionManager transactions;
    @Autowired ClinicalTime time;

    @Test
    void aSettledVisitReachesTheGatewayOnceWithTheStoredClaimBytes(@TempDir Path dir) throws Exception {
        Facility f = visits.facility();
        String code = visits.code(f);
        String maLk = visits.settledVisit(f, "Hoàng Văn Gửi", LocalDateTime.of(2026, 11, 12, 8, 0), false);

        StoredClaim claim = claims.versions(maLk).get(claims.versions(maLk).size() - 1);
        assertThat(claim.claimNo()).isEqualTo(1);
        assertThat(claim.submissionId()).as("dossier queued with the settlement").isNotNull();
        List<Submission> queued = outbox.search(code, null, null, null, 10, 0);
        assertThat(queued).extracting(Submission::kind).containsExactlyInAnyOrder(SubmissionKind.CHECK_IN,
                SubmissionKind.DOSSIER);
        assertThat(queued).allSatisfy(s -> assertThat(s.status()).isEqualTo(SubmissionStatus.QUEUED));

        Path keystore = dir.resolve("facility.p12");
        DemoCertificateFactory.create(keystore, "changeit".toCharArray(), "facility",
                "CN=Bệnh viện thử " + code + ",O=HIS test,C=VN", Instant.now().minusSeconds(3600), Duration.ofDays(30));
        GatewayAccount account = new GatewayAccount(code + "_BV", "Mật-khẩu-" + code, "40", code);
        accounts.save(account);
        List<byte[]> received = new CopyOnWriteArrayList<>();
        XmlDsigSignatureCheck check = new XmlDsigSignatureCheck();
        GatewaySimulator simulator = GatewaySimulator.builder().account(account).port(0)
                .signatureCheck((bytes, document) -> {
                    received.add(bytes.clone());
                    return check.verify(bytes, document);
                }).build().start();
        try {
            GatewaySettings gateway = GatewaySettings.defaults(simulator.baseUrl())
                    .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(10));
            OutboxDispatcher dispatcher = new OutboxDispatcher(store, new GatewayClient(gateway,
                    new TokenCache(time.clock(), Duration.ofSeconds(60)), time.clock()), accounts::find,
                    new SigningKeystores(Map.of(), new KeystoreLocation(keystore, "changeit", "facility")),
                    transactions, time.clock(), new DispatcherSettings("e2e-node", Duration.ofSeconds(60), 10,
                    new RetryPolicy(Duration.ofSeconds(30), Duration.ofMinutes(5), 5)));
            assertThat(dispatcher.run(DispatchTask.CHECK_INS).accepted()).isEqualTo(1);
            assertThat(dispatcher.run(DispatchTask.DOSSIERS).accepted()).isEqualTo(1);
            assertThat(dispatcher.run(DispatchTask.CATCH_UP).claimed()).isZero();

            for (Submission s : queued) {
                Submission done = outbox.detail(s.id()).orElseThrow().submission();
                assertThat(done.status()).as(done.kind().name()).isEqualTo(SubmissionStatus.ACCEPTED);
                assertThat(done.maGiaoDich()).startsWith("SIM");
                assertThat(outbox.detail(s.id()).orElseThrow().attempts()).hasSize(1);
            }
            assertThat(simulator.acceptedCheckInCountsByMaLk()).containsExactly(Map.entry(maLk, 1));
            assertThat(simulator.acceptedDossierCountsByMaLk()).containsExactly(Map.entry(maLk, 1));
            assertThat(simulator.requests()).filteredOn(r -> r.kind() != ReceivedRequest.Kind.TOKEN).hasSize(2);

            // the dossier the gateway received is the signed file of the outbox, and inside its envelope the
            // claim version's stored tables, byte for byte
            byte[] signedDossier = outbox.signedDocument(claim.submissionId()).orElseThrow();
            assertThat(received).anySatisfy(bytes -> assertThat(bytes).isEqualTo(signedDossier));
            long checkInId = queued.stream().filter(s -> s.kind() == SubmissionKind.CHECK_IN).findFirst()
                    .orElseThrow().id();
            byte[] signedCheckIn = outbox.signedDocument(checkInId).orElseThrow();
            assertThat(received).hasSize(2).anySatisfy(bytes -> assertThat(bytes).isEqualTo(signedCheckIn));
            Dossier sent = new DossierReader().read(signedDossier);
            // XML0 (the check-in table) is kept with the version but travels as the check-in, not in the dossier
            List<TableDocument> stored = claimStore.tables(claim.id()).stream()
                    .filter(t -> !t.loaiHoSo().equals("XML0")).toList();
            assertThat(stored).extracting(TableDocument::loaiHoSo).contains("XML1", "XML2", "XML3");
            assertThat(sent.records()).singleElement().satisfies(files -> {
                assertThat(files).extracting(Dossier.DossierFile::loaiHoSo)
                        .containsExactlyElementsOf(stored.stream().map(TableDocument::loaiHoSo).toList());
                for (int i = 0; i < files.size(); i++) {
                    assertThat(files.get(i).content()).as(files.get(i).loaiHoSo()).isEqualTo(stored.get(i).content());
                }
            });
        } finally {
            simulator.stop();
        }
    }
}
