package vn.his.web.cli;

import java.io.PrintStream;
import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -Xmx512m -jar his-web.jar bench-export ...}: the export benchmark ({@link BenchExportCommand}) in the
 * same kind of context as {@code export} (no web server, demo, start-up loads or scheduled jobs).
 */
public final class BenchExportCli {

    private BenchExportCli() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        BenchExportArguments arguments;
        try {
            arguments = BenchExportArguments.parse(args);
        } catch (ExportArguments.Invalid e) {
            err.println(e.getMessage());
            err.println(BenchExportArguments.USAGE);
            return 1;
        }
        try (ConfigurableApplicationContext context = ExportCli.start()) {
            return context.getBean(BenchExportCommand.class).run(arguments, out, err);
        }
    }
}
