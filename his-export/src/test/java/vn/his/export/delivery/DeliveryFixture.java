package vn.his.export.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.springframework.test.context.DynamicPropertyRegistry;

import vn.his.export.gateway.CredentialCipher;
import vn.his.export.gateway.GatewayAccount;
import vn.his.export.gateway.GatewayClient;
import vn.his.export.gateway.GatewaySettings;
import vn.his.export.gateway.TokenCache;
import vn.his.export.gateway.simulator.GatewaySimulator;
import vn.his.export.gateway.support.TestDocuments;
import vn.his.export.outbox.OutgoingDocument;
import vn.his.export.outbox.SubmissionKind;
import vn.his.export.signing.DemoCertificateFactory;

/** Keystore, credential key, gateway account, documents and simulator shared by the delivery database tests. */
final class DeliveryFixture {

    static final String FACILITY = "40001";
    static final String PASSWORD = "Mật-khẩu+40001/=";
    static final GatewayAccount ACCOUNT = new GatewayAccount("40001_BV", PASSWORD, "40", FACILITY);
    static final String KEYSTORE_PASSWORD = "changeit-40001";
    private static final Path KEYSTORE;
    private static final String CREDENTIAL_KEY = CredentialCipher.newBase64Key();

    static {
        try {
            Path directory = Files.createTempDirectory("his-delivery-test");
            KEYSTORE = directory.resolve("facility-40001.p12");
            DemoCertificateFactory.create(KEYSTORE, KEYSTORE_PASSWORD.toCharArray(), "facility",
                    "CN=Bệnh viện thử 40001,O=HIS test,C=VN", Instant.now().minusSeconds(3600), Duration.ofDays(30));
            directory.toFile().deleteOnExit();
            KEYSTORE.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private DeliveryFixture() {
    }

    static void properties(DynamicPropertyRegistry registry) {
        registry.add("his.signing.keystore.path", KEYSTORE::toString);
        registry.add("his.signing.keystore.password", () -> KEYSTORE_PASSWORD);
        registry.add("his.signing.keystore.alias", () -> "facility");
        registry.add("his.gateway.credential-key", () -> CREDENTIAL_KEY);
        registry.add("his.outbox.scheduler.enabled", () -> "false");
    }

    static GatewaySimulator simulator(int port) {
        return GatewaySimulator.builder().account(ACCOUNT).port(port).build().start();
    }

    /** A client with short timeouts, as a node of the cluster would have its own. */
    static GatewayClient client(java.net.URI baseUrl, Duration readTimeout) {
        GatewaySettings settings = GatewaySettings.defaults(baseUrl).withTimeouts(Duration.ofSeconds(1), readTimeout);
        Clock clock = Clock.systemUTC();
        return new GatewayClient(settings, new TokenCache(clock, Duration.ofSeconds(60)), clock);
    }

    static OutgoingDocument checkIn(String maLk, long encounterId) {
        byte[] xml = TestDocuments.serialise(TestDocuments.checkIn(FACILITY, maLk));
        return new OutgoingDocument(SubmissionKind.CHECK_IN, maLk, FACILITY, encounterId, 0, xml);
    }

    static OutgoingDocument dossier(String maLk, long encounterId, int version) {
        byte[] xml = TestDocuments.serialise(TestDocuments.dossier(FACILITY, TestDocuments.consistentTables(maLk)));
        return new OutgoingDocument(SubmissionKind.DOSSIER, maLk, FACILITY, encounterId, version, xml);
    }

    /** A dossier whose XML1 total does not match its lines: the gateway (simulator) rejects it with code 123. */
    static OutgoingDocument inconsistentDossier(String maLk, long encounterId) {
        Map<String, String> tables = new java.util.LinkedHashMap<>(TestDocuments.consistentTables(maLk));
        tables.put("XML1", TestDocuments.xml1(maLk, "999999.00", "160000.60", "32000.12", "128000.48"));
        byte[] xml = TestDocuments.serialise(TestDocuments.dossier(FACILITY, tables));
        return new OutgoingDocument(SubmissionKind.DOSSIER, maLk, FACILITY, encounterId, 1, xml);
    }
}
