package vn.his.billing;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** The Spring context of billing's database tests: core's and billing's components, core's entities, Flyway. */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(basePackages = {"vn.his.core", "vn.his.billing"},
        excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "vn\\.his\\.core\\.CoreTestApplication"))
@EntityScan("vn.his.core")
@EnableJpaRepositories("vn.his.core")
public class BillingTestApplication {
}
