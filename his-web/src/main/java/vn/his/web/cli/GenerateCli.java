package vn.his.web.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.his.web.HisApplication;

/**
 * {@code java -jar his-web.jar generate ...}: validates the arguments before anything starts (exit 1 when refused),
 * then starts the application without the web server, the demo province or the schedulers on the configured database
 * (embedded H2 by default, MySQL with HIS_DB_URL), as {@link ExportCli} does, runs {@link GenerateCommand} and stops.
 * Unlike the export, the reference data (ICD-10, administrative units) are loaded when missing: the generated
 * diagnoses and communes are checked against them when the encounters are settled and assessed.
 */
public final class GenerateCli {

    static final String[] PROPERTIES = Arrays.stream(ExportCli.PROPERTIES)
            .filter(p -> !p.startsWith("--his.reference.load-on-startup=")).toArray(String[]::new);

    private GenerateCli() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        GenerateArguments arguments;
        try {
            arguments = GenerateArguments.parse(args);
        } catch (GenerateArguments.Invalid e) {
            err.println(e.getMessage());
            err.println(GenerateArguments.USAGE);
            return 1;
        }
        try (ConfigurableApplicationContext context = start()) {
            return context.getBean(GenerateCommand.class).run(arguments, out, err);
        }
    }

    /** The command's application context (no web server, demo, outbox jobs or gateway simulator). */
    static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(HisApplication.class).web(WebApplicationType.NONE).logStartupInfo(false)
                .run(PROPERTIES);
    }
}
