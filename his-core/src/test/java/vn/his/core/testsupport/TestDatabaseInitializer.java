package vn.his.core.testsupport;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points the Spring context of a database test at H2 or at a fresh MariaDB database (see {@link TestDatabase}). */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var properties = new java.util.HashMap<String, Object>(TestDatabase.datasourceProperties());
        // the same settings the application runs with: schema only from Flyway, Hibernate validates against it
        properties.put("spring.jpa.hibernate.ddl-auto", "validate");
        properties.put("spring.flyway.locations", "classpath:db/migration");
        properties.put("spring.jpa.open-in-view", "false");
        context.getEnvironment().getPropertySources()
                .addFirst(new MapPropertySource("his-test-database", properties));
    }
}
