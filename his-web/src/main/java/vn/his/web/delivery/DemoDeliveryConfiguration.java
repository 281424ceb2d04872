package vn.his.web.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.his.export.delivery.GatewayAccountStore;
import vn.his.export.delivery.GatewayCredentials;
import vn.his.export.gateway.CredentialCipher;
import vn.his.export.gateway.GatewaySettings;
import vn.his.export.signing.DemoCertificateFactory;
import vn.his.export.signing.KeystoreLocation;
import vn.his.export.signing.SigningKeystores;
import vn.his.export.signing.UploadedKeystores;

/**
 * The delivery loop of the demo (issue 4): when the demo is on, a self-signed demo certificate and a credential key
 * are created under the data directory on first start ({@code his.data-dir}, default {@code ./data}) unless
 * configured; when the simulator is on too ({@code his.gateway.simulator.enabled}, default true), the gateway settings
 * point at a {@code GatewaySimulator} on a loopback port ({@code his.gateway.simulator.port}, 0 = a free one), which
 * {@link DemoGatewayStartup} starts with a gateway account for every demo facility. These beans are {@code @Primary}
 * over the ones of {@code vn.his.export.delivery.OutboxConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(DemoOnCondition.class)
public class DemoDeliveryConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDeliveryConfiguration.class);
    static final String DEMO_ALIAS = "facility";

    @Bean
    @Primary
    public GatewayCredentials demoGatewayCredentials(@Value("${his.gateway.credential-key:}") String configured,
                                                     @Value("${his.data-dir:./data}") Path dataDir) {
        if (!configured.isBlank()) {
            return GatewayCredentials.fromKey(configured);
        }
        return GatewayCredentials.fromKey(DemoSecrets.readOrCreate(dataDir.resolve("gateway-credential.key"),
                CredentialCipher::newBase64Key));
    }

    @Bean
    @Primary
    public SigningKeystores demoSigningKeystores(@Qualifier("signingKeystores") SigningKeystores configured,
                                                 @Value("${his.signing.keystore.path:}") String configuredPath,
                                                 @Value("${his.data-dir:./data}") Path dataDir,
                                                 ObjectProvider<UploadedKeystores> uploaded) {
        if (!configuredPath.isBlank()) {
            return configured;
        }
        Path file = dataDir.resolve("demo-signing.p12");
        String password = DemoSecrets.readOrCreate(dataDir.resolve("demo-signing.password"), DemoSecrets::randomPassword);
        if (!Files.exists(file)) {
            DemoCertificateFactory.create(file, password.toCharArray(), DEMO_ALIAS,
                    "CN=HIS demo facility certificate,O=HIS demo,C=VN", Instant.now().minus(Duration.ofDays(1)),
                    Duration.ofDays(3650));
            LOG.info("Created the self-signed demo signing certificate {} (demo only: the gateway accepts only the "
                    + "certificate registered for the facility)", file);
        }
        // a keystore an administrator uploaded for a facility still comes first (vn.his.web.admin.facility)
        return new SigningKeystores(Map.of(), new KeystoreLocation(file, password, DEMO_ALIAS),
                uploaded.getIfAvailable(UploadedKeystores::none));
    }

    @Bean
    @Conditional(SimulatorOnCondition.class)
    public DemoGatewayPort demoGatewayPort(@Value("${his.gateway.simulator.port:0}") int port) {
        return new DemoGatewayPort(port == 0 ? freeLoopbackPort() : port);
    }

    @Bean
    @Primary
    @Conditional(SimulatorOnCondition.class)
    public GatewaySettings demoGatewaySettings(DemoGatewayPort port,
                                               @Value("${his.gateway.connect-timeout:5s}") Duration connectTimeout,
                                               @Value("${his.gateway.read-timeout:30s}") Duration readTimeout) {
        return GatewaySettings.defaults(URI.create("http://127.0.0.1:" + port.port()))
                .withTimeouts(connectTimeout, readTimeout);
    }

    @Bean(destroyMethod = "close")
    @Conditional(SimulatorOnCondition.class)
    public DemoGatewayStartup demoGatewayStartup(DemoGatewayPort port, JdbcTemplate jdbc, GatewayAccountStore accounts) {
        return new DemoGatewayStartup(port.port(), jdbc, accounts);
    }

    /** A port that was free a moment ago (the simulator binds it after the demo facilities are loaded). */
    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port for the gateway simulator", e);
        }
    }

    /** The loopback port of the demo simulator. */
    public record DemoGatewayPort(int port) {
        public DemoGatewayPort {
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("his.gateway.simulator.port must be 0..65535");
            }
        }
    }
}
