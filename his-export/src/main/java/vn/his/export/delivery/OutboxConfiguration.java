package vn.his.export.delivery;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import vn.his.core.common.ClinicalTime;
import vn.his.export.gateway.GatewayClient;
import vn.his.export.gateway.GatewaySettings;
import vn.his.export.gateway.TokenCache;
import vn.his.export.outbox.DispatcherSettings;
import vn.his.export.outbox.OutboxDispatcher;
import vn.his.export.outbox.OutboxSubmissionQueue;
import vn.his.export.outbox.RetryPolicy;
import vn.his.export.outbox.SubmissionLedger;
import vn.his.export.outbox.SubmissionQueue;
import vn.his.export.outbox.SubmissionStore;
import vn.his.export.signing.KeystoreLocation;
import vn.his.export.signing.SigningKeystores;
import vn.his.export.signing.UploadedKeystores;

/**
 * The outbox and the gateway client from configuration:
 * <ul>
 *   <li>{@code his.gateway.base-url} (production {@value GatewaySettings#PRODUCTION}, training
 *       {@value GatewaySettings#TRAINING}, or the simulator), {@code his.gateway.connect-timeout},
 *       {@code his.gateway.read-timeout};</li>
 *   <li>{@code his.gateway.credential-key}: base64 AES-256 key of the stored gateway passwords;</li>
 *   <li>{@code his.signing.keystore.path|password|alias}: PKCS#12 of the deployment, and
 *       {@code his.signing.facilities.<MA_CSKCB>.path|password|alias} per facility; a keystore uploaded by an
 *       administrator ({@link UploadedKeystores} bean, if any) comes first;</li>
 *   <li>{@code his.outbox.node-id}, {@code his.outbox.lease}, {@code his.outbox.batch-size},
 *       {@code his.outbox.retry.base|cap|max-attempts}.</li>
 * </ul>
 * The demo wiring of the web module replaces the gateway settings, keystores and credentials with {@code @Primary}
 * beans (simulator, demo certificate, generated key).
 */
@Configuration(proxyBeanMethods = false)
public class OutboxConfiguration {

    @Bean
    public GatewaySettings gatewaySettings(@Value("${his.gateway.base-url:" + GatewaySettings.PRODUCTION + "}") URI baseUrl,
                                           @Value("${his.gateway.connect-timeout:5s}") Duration connectTimeout,
                                           @Value("${his.gateway.read-timeout:30s}") Duration readTimeout) {
        return GatewaySettings.defaults(baseUrl).withTimeouts(connectTimeout, readTimeout);
    }

    @Bean
    public GatewayCredentials gatewayCredentials(@Value("${his.gateway.credential-key:}") String key) {
        return GatewayCredentials.fromKey(key);
    }

    @Bean
    public SigningKeystores signingKeystores(Environment environment, ObjectProvider<UploadedKeystores> uploaded) {
        Binder binder = Binder.get(environment);
        KeystoreLocation fallback = binder.bind("his.signing.keystore", KeystoreProperties.class)
                .map(OutboxConfiguration::location).orElse(null);
        Map<String, KeystoreLocation> byFacility = new HashMap<>();
        binder.bind("his.signing.facilities", Bindable.mapOf(String.class, KeystoreProperties.class))
                .orElse(Map.of())
                .forEach((code, properties) -> {
                    KeystoreLocation location = location(properties);
                    if (location != null) {
                        byFacility.put(code, location);
                    }
                });
        return new SigningKeystores(byFacility, fallback, uploaded.getIfAvailable(UploadedKeystores::none));
    }

    private static KeystoreLocation location(KeystoreProperties properties) {
        if (properties.path() == null || properties.path().isBlank()) {
            return null;
        }
        return new KeystoreLocation(Path.of(properties.path()), properties.password(),
                properties.alias() == null || properties.alias().isBlank() ? "facility" : properties.alias());
    }

    @Bean
    public GatewayClient gatewayClient(GatewaySettings settings, ObjectProvider<ClinicalTime> time) {
        Clock clock = clock(time);
        return new GatewayClient(settings, new TokenCache(clock, settings.tokenRenewalMargin()), clock);
    }

    @Bean
    public GatewayAccountStore gatewayAccountStore(JdbcTemplate jdbc, GatewayCredentials credentials, ObjectProvider<ClinicalTime> time) {
        return new GatewayAccountStore(jdbc, credentials, clock(time));
    }

    @Bean
    public SubmissionStore submissionStore(JdbcTemplate jdbc) {
        return new SubmissionStore(jdbc);
    }

    @Bean
    public SubmissionQueue submissionQueue(SubmissionStore store, PlatformTransactionManager transactions,
                                           ObjectProvider<ClinicalTime> time) {
        return new OutboxSubmissionQueue(store, transactions, clock(time));
    }

    @Bean
    public SubmissionLedger submissionLedger(SubmissionStore store, PlatformTransactionManager transactions,
                                             ObjectProvider<ClinicalTime> time) {
        return new SubmissionLedger(store, transactions, clock(time));
    }

    @Bean
    public DispatcherSettings dispatcherSettings(GatewaySettings gateway,
                                                 @Value("${his.outbox.node-id:}") String nodeId,
                                                 @Value("${his.outbox.lease:5m}") Duration lease,
                                                 @Value("${his.outbox.batch-size:50}") int batchSize,
                                                 @Value("${his.outbox.retry.base:30s}") Duration retryBase,
                                                 @Value("${his.outbox.retry.cap:6h}") Duration retryCap,
                                                 @Value("${his.outbox.retry.max-attempts:12}") int maxAttempts) {
        // a call is at most two round trips (re-login once), each bounded by connect + read timeout
        Duration longestCall = gateway.connectTimeout().plus(gateway.readTimeout()).multipliedBy(2);
        return new DispatcherSettings(nodeId.isBlank() ? defaultNodeId() : nodeId.strip(), lease, batchSize,
                new RetryPolicy(retryBase, retryCap, maxAttempts)).requireLeaseLongerThan(longestCall);
    }

    @Bean
    public OutboxDispatcher outboxDispatcher(SubmissionStore store, GatewayClient client, GatewayAccountStore accounts,
                                             SigningKeystores keystores, PlatformTransactionManager transactions,
                                             ObjectProvider<ClinicalTime> time, DispatcherSettings settings) {
        return new OutboxDispatcher(store, client, accounts::find, keystores, transactions, clock(time), settings);
    }

    /** The clinical clock of core; the system clock in Asia/Ho_Chi_Minh when a context has no such bean. */
    private static Clock clock(ObjectProvider<ClinicalTime> time) {
        return time.getIfAvailable(ClinicalTime::system).clock();
    }

    static String defaultNodeId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "node";
        }
        String id = host + "-" + UUID.randomUUID().toString().substring(0, 8);
        return id.length() > 100 ? id.substring(id.length() - 100) : id;
    }
}
