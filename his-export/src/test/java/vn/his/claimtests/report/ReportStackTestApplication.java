package vn.his.claimtests.report;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * The real claim chain (core, billing's SettlementService, the claim package, delivery's outbox) plus the reports,
 * for the report tests. Outside {@code vn.his.export} so that no other test application of the module scans it.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(basePackages = {"vn.his.core", "vn.his.billing", "vn.his.export.claim", "vn.his.export.delivery",
        "vn.his.export.report", "vn.his.export.reconcile"},
        excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = {
                "vn\\.his\\..*TestApplication", "vn\\.his\\.export\\.claim\\.EncounterScenario"}))
@EntityScan("vn.his.core")
@EnableJpaRepositories("vn.his.core")
public class ReportStackTestApplication {
}
