package vn.his.web.cli;

import java.io.PrintStream;
import java.util.List;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.his.web.HisApplication;

/**
 * {@code java -jar his-web.jar export ...}: validates the arguments before anything starts (exit 1 when refused),
 * then starts the application WITHOUT the web server, the demo province, the reference-data load or the schedulers,
 * on the configured database (embedded H2 by default, MySQL with HIS_DB_URL), runs {@link ExportCommand} and stops.
 */
public final class ExportCli {

    /**
     * Settings of the command's context: no demo, no start-up loads, no scheduled jobs, quiet. Given as command-line
     * properties, so they win over application.properties and the environment (HIS_DEMO=true does not load the demo
     * into the database being exported).
     */
    static final String[] PROPERTIES = {
            "--his.demo.load=false",
            "--his.reference.load-on-startup=false",
            "--spring.quartz.auto-startup=false",
            // a one-shot command: no outbox dispatcher jobs (vn.his.export.delivery.OutboxSchedulerConfiguration) and
            // no demo gateway simulator (vn.his.web.delivery.DemoDelivery), whatever the environment says
            "--his.outbox.scheduler.enabled=false",
            "--his.gateway.simulator.enabled=false",
            "--spring.main.banner-mode=off",
            "--logging.level.root=WARN",
    };

    private ExportCli() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        ExportArguments arguments;
        try {
            arguments = ExportArguments.parse(args);
        } catch (ExportArguments.Invalid e) {
            err.println(e.getMessage());
            err.println(ExportArguments.USAGE);
            return 1;
        }
        try (ConfigurableApplicationContext context = start()) {
            return context.getBean(ExportCommand.class).run(arguments, out, err);
        }
    }

    /** The command's application context (no web server, demo, loads, outbox jobs or gateway simulator). */
    static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(HisApplication.class).web(WebApplicationType.NONE).logStartupInfo(false)
                .run(PROPERTIES);
    }
}
