package vn.his.web.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

import vn.his.core.common.ClinicalTime;
import vn.his.core.facility.Facility;
import vn.his.export.claim.ClaimService;
import vn.his.export.claim.StoredClaim;
import vn.his.export.delivery.GatewayAccountStore;
import vn.his.export.gateway.GatewayAccount;
import vn.his.export.gateway.GatewayClient;
import vn.his.export.gateway.GatewaySettings;
import vn.his.export.gateway.TokenCache;
import vn.his.export.gateway.simulator.GatewaySimulator;
import vn.his.export.gateway.simulator.Rejection;
import vn.his.export.gateway.simulator.SimulatorFaults;
import vn.his.export.outbox.DispatchReport;
import vn.his.export.outbox.DispatchTask;
import vn.his.export.outbox.DispatcherSettings;
import vn.his.export.outbox.OutboxDispatcher;
import vn.his.export.outbox.RetryPolicy;
import vn.his.export.outbox.SubmissionStore;
import vn.his.export.signing.DemoCertificateFactory;
import vn.his.export.signing.KeystoreLocation;
import vn.his.export.signing.SigningKeystores;
import vn.his.web.claims.SettledVisits;

/**
 * Claim dossiers delivered for real to the gateway simulator on loopback (signed with a test certificate, sent by the
 * outbox dispatcher over HTTP), which answers as the test wants: a content rejection (REJECTED with the gateway's
 * code and message), HTTP 500 on a one-attempt budget (DEAD), or acceptance. Only in the contexts of
 * {@link DeliveryWebTest}, where no scheduled job sends rows meanwhile.
 */
@Component
@ConditionalOnProperty(name = "his.outbox.scheduler.enabled", havingValue = "false")
public class GatewayVerdicts {

    public static final String REJECTION_CODE = "701";
    public static final String REJECTION_MESSAGE = "Tổng chi phí XML1 không khớp tổng các dòng chi tiết (mô phỏng)";

    public enum Verdict { ACCEPT, REJECT, FAIL_UNTIL_DEAD }

    /** A dossier delivered with its verdict: the claim's MA_LK, facility code and the outbox row id. */
    public record Delivered(String maLk, String facilityCode, long submissionId) {
    }

    private final SettledVisits visits;
    private final ClaimService claims;
    private final SubmissionStore store;
    private final GatewayAccountStore accounts;
    private final PlatformTransactionManager transactions;
    private final ClinicalTime time;
    private Path keystore;

    public GatewayVerdicts(SettledVisits visits, ClaimService claims, SubmissionStore store,
                           GatewayAccountStore accounts, PlatformTransactionManager transactions, ClinicalTime time) {
        this.visits = visits;
        this.claims = claims;
        this.store = store;
        this.accounts = accounts;
        this.transactions = transactions;
        this.time = time;
    }

    /** A new district hospital of province 40 with the catalogue the settled visits use. */
    public Facility facility() {
        return visits.facility();
    }

    public String code(Facility f) {
        return visits.code(f);
    }

    /** Settles a visit at {@code f} (its dossier queued) and delivers the dossier with {@code verdict}. */
    public Delivered settleAndDeliver(Facility f, String patientName, Verdict verdict) {
        String maLk = visits.settledVisit(f, patientName, LocalDateTime.of(2026, 11, 12, 8, 0), false);
        List<StoredClaim> versions = claims.versions(maLk);
        Long submission = versions.get(versions.size() - 1).submissionId();
        if (submission == null) {
            throw new IllegalStateException("the claim of " + maLk + " was held, not queued");
        }
        DispatchReport report = deliver(f, verdict);
        if (report.claimed() < 1) {
            throw new IllegalStateException("nothing was sent: " + report);
        }
        return new Delivered(maLk, code(f), submission);
    }

    /** Runs one dossier dispatch of every due row against a simulator answering with {@code verdict}. */
    public synchronized DispatchReport deliver(Facility f, Verdict verdict) {
        String code = code(f);
        GatewayAccount account = new GatewayAccount(code + "_BV", "Mật-khẩu-" + code, "40", code);
        accounts.save(account);
        GatewaySimulator.Builder builder = GatewaySimulator.builder().account(account).port(0);
        if (verdict == Verdict.REJECT) {
            builder.inspector(dossier -> Optional.of(new Rejection(REJECTION_CODE, REJECTION_MESSAGE)));
        }
        GatewaySimulator simulator = builder.build().start();
        try {
            if (verdict == Verdict.FAIL_UNTIL_DEAD) {
                simulator.faults().failAlways(SimulatorFaults.Fault.HTTP_500);
            }
            GatewaySettings gateway = GatewaySettings.defaults(simulator.baseUrl())
                    .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(10));
            OutboxDispatcher dispatcher = new OutboxDispatcher(store, new GatewayClient(gateway,
                    new TokenCache(time.clock(), Duration.ofSeconds(60)), time.clock()), accounts::find,
                    new SigningKeystores(Map.of(), new KeystoreLocation(keystore(), "changeit", "facility")),
                    transactions, time.clock(), new DispatcherSettings("test-node", Duration.ofSeconds(60), 50,
                    new RetryPolicy(Duration.ofSeconds(30), Duration.ofMinutes(5),
                            verdict == Verdict.FAIL_UNTIL_DEAD ? 1 : 5)));
            return dispatcher.run(DispatchTask.DOSSIERS);
        } finally {
            simulator.stop();
        }
    }

    private Path keystore() {
        if (keystore == null) {
            try {
                Path dir = Files.createTempDirectory("his-test-keystore-");
                dir.toFile().deleteOnExit();
                Path file = dir.resolve("facility.p12");
                DemoCertificateFactory.create(file, "changeit".toCharArray(), "facility",
                        "CN=Bệnh viện thử,O=HIS test,C=VN", Instant.now().minusSeconds(3600), Duration.ofDays(30));
                file.toFile().deleteOnExit();
                keystore = file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return keystore;
    }
}
