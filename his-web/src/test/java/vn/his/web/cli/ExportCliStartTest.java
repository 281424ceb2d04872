package vn.his.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import vn.his.export.delivery.OutboxSchedulerConfiguration;
import vn.his.export.gateway.GatewaySettings;
import vn.his.export.gateway.simulator.GatewaySimulator;

/**
 * The command starts the application without a web server, demo or start-up loads on the configured database (here a
 * fresh in-memory H2 given as spring.datasource.url, as HIS_DB_URL would), migrates it and exports an empty period.
 */
class ExportCliStartTest {

    @AfterEach
    void clear() {
        System.clearProperty("spring.datasource.url");
        System.clearProperty("his.outbox.scheduler.enabled");
        System.clearProperty("his.gateway.simulator.enabled");
        System.clearProperty("his.demo.load");
    }

    @Test
    void startsNeitherTheOutboxJobsNorTheGatewaySimulatorWhateverTheEnvironmentSays() {
        System.setProperty("spring.datasource.url", "jdbc:h2:mem:cli_" + UUID.randomUUID().toString().replace("-", "")
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1");
        System.setProperty("his.outbox.scheduler.enabled", "true");
        System.setProperty("his.gateway.simulator.enabled", "true");
        System.setProperty("his.demo.load", "true");
        try (ConfigurableApplicationContext context = ExportCli.start()) {
            assertThat(context.getBeansOfType(OutboxSchedulerConfiguration.class)).isEmpty();
            assertThat(context.getBeansOfType(org.quartz.JobDetail.class)).isEmpty();
            assertThat(context.getBeansOfType(GatewaySimulator.class)).isEmpty();
            assertThat(context.getBean(GatewaySettings.class).baseUrl().getHost()).isNotIn("127.0.0.1", "localhost");
        }
    }

    @Test
    void runsOnTheConfiguredDatabaseWithoutAWebServer(@TempDir Path out) throws Exception {
        System.setProperty("spring.datasource.url", "jdbc:h2:mem:cli_" + UUID.randomUUID().toString().replace("-", "")
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1");
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        int code = ExportCli.run(List.of("--from=2026-11-01", "--to=2026-11-30", "--out=" + out),
                new PrintStream(stdout, true, StandardCharsets.UTF_8), new PrintStream(stderr, true, StandardCharsets.UTF_8));
        assertThat(code).as(stderr.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(stdout.toString(StandardCharsets.UTF_8)).contains("exported 0 dossiers");
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("DEMO");
        assertThat(Files.readAllLines(out.resolve("summary.csv"), StandardCharsets.UTF_8)).hasSize(1);
    }
}
