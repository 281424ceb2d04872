package vn.his.web.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.his.export.gateway.GatewayAccount;
import vn.his.export.delivery.GatewayAccountStore;
import vn.his.export.gateway.simulator.GatewaySimulator;

/**
 * After the demo province is loaded ({@code DemoStartup}, order 100): gives every demo facility a gateway account
 * (user {@code <MA_CSKCB>_BV}, random password stored encrypted; kept across restarts) and starts the gateway
 * simulator with these accounts on the configured loopback port, so the outbox of the demo delivers to it.
 */
@Order(200)
public class DemoGatewayStartup implements ApplicationRunner, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DemoGatewayStartup.class);

    private final int port;
    private final JdbcTemplate jdbc;
    private final GatewayAccountStore accounts;
    private GatewaySimulator simulator;

    public DemoGatewayStartup(int port, JdbcTemplate jdbc, GatewayAccountStore accounts) {
        this.port = port;
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
    }

    @Override
    public synchronized void run(ApplicationArguments args) {
        List<GatewayAccount> known = new ArrayList<>();
        for (String[] facility : jdbc.query("SELECT DISTINCT c.code, f.province_code FROM facility f "
                + "JOIN facility_code c ON c.facility_id = f.id WHERE f.demo_data = TRUE ORDER BY c.code",
                (rs, n) -> new String[] {rs.getString(1), rs.getString(2)})) {
            String code = facility[0];
            if (!code.matches("\\d{5}")) {
                continue;
            }
            GatewayAccount account = readable(code).orElseGet(() -> {
                String province = facility[1] != null && facility[1].matches("\\d{2}") ? facility[1] : code.substring(0, 2);
                GatewayAccount created = new GatewayAccount(code + "_BV", DemoSecrets.randomPassword(), province, code);
                accounts.save(created);
                return created;
            });
            known.add(account);
        }
        if (known.isEmpty()) {
            LOG.info("No demo facility: the gateway simulator is not started");
            return;
        }
        GatewaySimulator.Builder builder = GatewaySimulator.builder().port(port);
        known.forEach(builder::account);
        simulator = builder.build().start();
        LOG.info("Demo gateway simulator on {} with accounts for {} demo facilities", simulator.baseUrl(), known.size());
    }

    /** The stored account, or empty when there is none or it was encrypted with a key that is gone (then replaced). */
    private java.util.Optional<GatewayAccount> readable(String code) {
        try {
            return accounts.find(code);
        } catch (IllegalArgumentException undecryptable) {
            LOG.warn("The demo gateway account of facility {} cannot be decrypted with the current key; replacing it", code);
            return java.util.Optional.empty();
        }
    }

    /** The running simulator (for tests and diagnostics), or {@code null} before start. */
    public synchronized GatewaySimulator simulator() {
        return simulator;
    }

    @Override
    public synchronized void close() {
        if (simulator != null) {
            simulator.stop();
            simulator = null;
        }
    }
}
