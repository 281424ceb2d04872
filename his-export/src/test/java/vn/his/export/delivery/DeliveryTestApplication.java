package vn.his.export.delivery;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Spring context of the delivery database tests: the clinical clock of core, the outbox configuration, JDBC,
 * transactions and Flyway (every module's migrations). No entities are needed: the outbox is plain JDBC.
 */
@SpringBootApplication(scanBasePackages = {"vn.his.core.common", "vn.his.export.delivery"})
public class DeliveryTestApplication {
}
