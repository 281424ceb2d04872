package vn.his.web.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import vn.his.web.cli.ExportArguments;
import vn.his.web.launch.PreparedStart;

/**
 * {@code java -jar his-web.jar bench-startup [--runs=3]} (issue 7): the time from starting {@code java -jar
 * his-web.jar} as a child process to {@code /actuator/health} answering UP, with the demo off, for N runs of each
 * case: H2 on a fresh file database in a temporary directory (migrations and reference catalogues loaded by the start
 * itself), H2 reusing that database, and, when {@code HIS_DB_URL} names a MySQL/MariaDB server, a fresh database on
 * that server ({@code <name>_startup_<n>}, created by the start, dropped at the end) and that database reused. Each
 * child is stopped (SIGTERM, then SIGKILL after 30 s) before the next starts. Exit code 0 measured, 1 refused
 * arguments or a start that failed.
 */
public final class BenchStartupCli {

    static final Duration GOAL = Duration.ofSeconds(15);

    private BenchStartupCli() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        BenchStartupArguments arguments;
        try {
            arguments = BenchStartupArguments.parse(args);
        } catch (ExportArguments.Invalid e) {
            err.println(e.getMessage());
            err.println(BenchStartupArguments.USAGE);
            return 1;
        }
        try {
            measure(arguments, out);
            return 0;
        } catch (ExportArguments.Invalid e) {
            err.println(e.getMessage());
            return 1;
        } catch (IllegalStateException | IOException | UncheckedIOException | SQLException e) {
            err.println("bench-startup: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("bench-startup: interrupted");
            return 1;
        }
    }

    private static void measure(BenchStartupArguments a, PrintStream out)
            throws IOException, InterruptedException, SQLException {
        List<String> command = a.prepared() != null ? new PreparedStart(a.prepared()).command(ChildApplication.java())
                : List.of(ChildApplication.java(), "-jar", ChildApplication.jar(a.jar()).toAbsolutePath().toString());
        out.println("Máy / machine: " + Machine.describe());
        out.println("Ứng dụng / application: " + String.join(" ", command) + " (demo off), " + a.runs()
                + " runs per case, health polled every 50 ms");
        List<StartupCase> cases = new ArrayList<>();
        Path root = Files.createTempDirectory("his-bench-startup");
        try {
            StartupCase fresh = new StartupCase("H2, fresh database (migrations + reference data)");
            StartupCase reused = new StartupCase("H2, existing database reused");
            Path last = null;
            for (int i = 1; i <= a.runs(); i++) {
                last = root.resolve("h2-" + i);
                Files.createDirectories(last);
                fresh.add(start(out, fresh, i, command, last, BenchRestCli.h2Url(last), a.timeout()));
            }
            for (int i = 1; i <= a.runs(); i++) {
                reused.add(start(out, reused, i, command, last, BenchRestCli.h2Url(last), a.timeout()));
            }
            cases.add(fresh);
            cases.add(reused);
            String server = System.getenv("HIS_DB_URL");
            if (server != null && server.startsWith("jdbc:mysql:")) {
                List<String> made = new ArrayList<>();
                try {
                    StartupCase mariaFresh = new StartupCase("MySQL/MariaDB, fresh database");
                    StartupCase mariaReused = new StartupCase("MySQL/MariaDB, existing database reused");
                    String base = MysqlUrl.database(server);
                    String url = null;
                    for (int i = 1; i <= a.runs(); i++) {
                        String name = base + "_startup_" + i;
                        MysqlUrl.drop(server, name); // left over by an interrupted earlier run
                        made.add(name);
                        url = MysqlUrl.withDatabase(server, name);
                        Path dir = root.resolve("mysql-" + i);
                        Files.createDirectories(dir);
                        mariaFresh.add(start(out, mariaFresh, i, command, dir, url, a.timeout()));
                    }
                    for (int i = 1; i <= a.runs(); i++) {
                        mariaReused.add(start(out, mariaReused, i, command, root.resolve("mysql-" + a.runs()), url,
                                a.timeout()));
                    }
                    cases.add(mariaFresh);
                    cases.add(mariaReused);
                } finally {
                    for (String name : made) {
                        MysqlUrl.drop(server, name);
                    }
                }
            } else {
                out.println("(MySQL/MariaDB not measured: set HIS_DB_URL=jdbc:mysql://… with HIS_DB_USER / "
                        + "HIS_DB_PASSWORD of an account that may create databases)");
            }
        } finally {
            BenchRestCli.delete(root);
        }
        out.printf("%-52s %-28s %8s %8s %8s %s%n", "case", "runs (s)", "min s", "median s", "max s",
                "goal < " + GOAL.toSeconds() + " s");
        for (StartupCase c : cases) {
            out.printf("%-52s %-28s %8.2f %8.2f %8.2f %s%n", c.name(), c.times().stream()
                            .map(d -> String.format("%.2f", d.toMillis() / 1000.0)).collect(Collectors.joining(" ")),
                    c.min().toMillis() / 1000.0, c.median().toMillis() / 1000.0, c.max().toMillis() / 1000.0,
                    c.max().compareTo(GOAL) < 0 ? "met (every run)" : "NOT met");
        }
    }

    private static Duration start(PrintStream out, StartupCase c, int run, List<String> command, Path dir,
                                  String url, Duration timeout) throws IOException, InterruptedException {
        Path log = dir.resolve("start-" + run + "-" + System.nanoTime() + ".log");
        try (ChildApplication child = ChildApplication.start(command, Map.of("HIS_DEMO", "false", "HIS_DATA_DIR",
                dir.toAbsolutePath().toString(), "HIS_DB_URL", url), log)) {
            Duration healthy = child.awaitUp("/actuator/health", timeout);
            out.printf("  %s, run %d: healthy after %.2f s (pid %d, database %s)%n", c.name(), run,
                    healthy.toMillis() / 1000.0, child.pid(), BenchRestCli.withoutQuery(url));
            out.flush();
            return healthy;
        }
    }

    /** MySQL Connector/J URLs: the database named in one, another database on the same server, dropping one. */
    static final class MysqlUrl {

        private MysqlUrl() {
        }

        static String database(String url) {
            String path = url.substring(hostEnd(url));
            int q = path.indexOf('?');
            String name = (q < 0 ? path : path.substring(0, q)).replace("/", "");
            return name.isEmpty() ? "his" : name;
        }

        /** The same server and parameters with {@code name} as database, created by the driver if missing. */
        static String withDatabase(String url, String name) {
            int q = url.indexOf('?');
            String params = q < 0 ? "" : url.substring(q + 1);
            if (!params.contains("createDatabaseIfNotExist")) {
                params = params.isEmpty() ? "createDatabaseIfNotExist=true" : params + "&createDatabaseIfNotExist=true";
            }
            return url.substring(0, hostEnd(url)) + "/" + name + "?" + params;
        }

        static void drop(String url, String name) throws SQLException {
            if (!name.matches("[A-Za-z0-9_]+")) {
                throw new IllegalStateException("unexpected database name " + name);
            }
            int q = url.indexOf('?');
            String server = url.substring(0, hostEnd(url)) + "/" + (q < 0 ? "" : url.substring(q));
            try (Connection c = DriverManager.getConnection(server, System.getenv().getOrDefault("HIS_DB_USER", "sa"),
                    System.getenv().getOrDefault("HIS_DB_PASSWORD", ""));
                 Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS `" + name + "`");
            }
        }

        private static int hostEnd(String url) {
            int hostStart = url.indexOf("//") + 2;
            int slash = url.indexOf('/', hostStart);
            int q = url.indexOf('?', hostStart);
            return slash >= 0 ? slash : q >= 0 ? q : url.length();
        }
    }
}
