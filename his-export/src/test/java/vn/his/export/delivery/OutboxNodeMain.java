package vn.his.export.delivery;

import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One application node of the outbox, as its own operating-system process: the delivery context (outbox
 * configuration, dispatcher, Quartz with the clustered JDBC job store exactly as the application configures it in
 * {@code his-web/src/main/resources/application.properties}) on the database named by {@code spring.datasource.url}.
 * Started by {@link OutboxNodeKillDbTest} with {@code java -cp <test classpath>}; every setting comes as a
 * {@code -D} system property, which Spring Boot reads before the defaults below. Prints {@value #READY} on stdout
 * once the scheduler runs, so the test knows the node is up.
 */
public final class OutboxNodeMain {

    public static final String READY = "OUTBOX-NODE-READY";

    private OutboxNodeMain() {
    }

    public static void main(String[] args) {
        Map<String, Object> defaults = new TreeMap<>();
        // the schema was migrated by the test; a node must not race another at startup
        defaults.put("spring.flyway.enabled", "false");
        // the outbox is plain JDBC: no JPA, so the node starts quicker (a JDBC transaction manager instead)
        defaults.put("spring.autoconfigure.exclude", "org.springframework.boot.hibernate.autoconfigure."
                + "HibernateJpaAutoConfiguration,org.springframework.boot.data.jpa.autoconfigure."
                + "DataJpaRepositoriesAutoConfiguration");
        defaults.put("spring.main.banner-mode", "off");
        defaults.put("his.outbox.scheduler.enabled", "true");
        defaults.put("spring.quartz.job-store-type", "jdbc");
        defaults.put("spring.quartz.jdbc.initialize-schema", "never");
        defaults.put("spring.quartz.overwrite-existing-jobs", "true");
        defaults.put("spring.quartz.scheduler-name", "his-outbox");
        defaults.put("spring.quartz.properties.org.quartz.jobStore.isClustered", "true");
        defaults.put("spring.quartz.properties.org.quartz.jobStore.driverDelegateClass",
                "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
        defaults.put("spring.quartz.properties.org.quartz.jobStore.acquireTriggersWithinLock", "true");
        defaults.put("spring.quartz.properties.org.quartz.threadPool.threadCount", "4");
        ConfigurableApplicationContext context = new SpringApplicationBuilder(DeliveryTestApplication.class)
                .web(WebApplicationType.NONE)
                .properties(defaults)
                .run(args);
        System.out.println(READY + " " + context.getEnvironment().getProperty("his.outbox.node-id"));
        System.out.flush();
    }
}
