package vn.his.claimtests.real;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * The real chain of the claim path, with no stand-in: core, billing's SettlementService and JdbcSettlementLedger, the
 * claim package and delivery's outbox (OutboxSubmissionQueue, OutboxDispatcher). Outside {@code vn.his.export} so
 * that no other test application of the module scans it.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(basePackages = {"vn.his.core", "vn.his.billing", "vn.his.export.claim", "vn.his.export.delivery"},
        // the other test applications and the claim tests' own scenario (built on the in-memory ledger)
        excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = {
                "vn\\.his\\..*TestApplication", "vn\\.his\\.export\\.claim\\.EncounterScenario"}))
@EntityScan("vn.his.core")
@EnableJpaRepositories("vn.his.core")
public class RealStackTestApplication {
}
