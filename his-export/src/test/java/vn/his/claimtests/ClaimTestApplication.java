package vn.his.claimtests;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Import;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * The Spring context of the claim tests: core's components and the claim package, with an in-memory settlement
 * ledger and a recording outbox standing in for billing's and delivery's implementations. It lives outside
 * {@code vn.his.export} so that no other test application of the module scans it.
 */
@SpringBootApplication(scanBasePackages = {"vn.his.core", "vn.his.export.claim"})
@EntityScan("vn.his.core")
@EnableJpaRepositories("vn.his.core")
@Import(ClaimTestBeans.class)
public class ClaimTestApplication {
}
