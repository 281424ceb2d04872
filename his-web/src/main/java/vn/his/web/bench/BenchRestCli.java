package vn.his.web.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import vn.his.web.cli.ExportArguments;

/**
 * {@code java -jar his-web.jar bench-rest ...} (issues 5 and 7): the REST recording benchmark ({@code --mode=api}, six
 * calls an encounter, or {@code --mode=record}, one) and the screen load benchmark ({@code --mode=screens}). It
 * starts the application from its jar as a child process (or uses {@code --url}), reads the facility data it needs
 * through the API, signs the clients in, runs the load and prints the figures ({@link LoadReport}). No Spring context
 * in this JVM: it is only the load generator. Exit code:
 * 0 measured, 1 refused arguments or the application could not be started or prepared, 2 the run failed (more than
 * 0.1 % of the calls refused, or nothing completed).
 */
public final class BenchRestCli {

    private BenchRestCli() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        BenchRestArguments arguments;
        try {
            arguments = BenchRestArguments.parse(args);
        } catch (ExportArguments.Invalid e) {
            err.println(e.getMessage());
            err.println(BenchRestArguments.USAGE);
            return 1;
        }
        try {
            return measure(arguments, out, err);
        } catch (ExportArguments.Invalid e) {
            err.println(e.getMessage());
            return 1;
        } catch (IllegalStateException | IOException | UncheckedIOException e) {
            err.println("bench-rest: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("bench-rest: interrupted");
            return 1;
        }
    }

    private static int measure(BenchRestArguments a, PrintStream out, PrintStream err)
            throws IOException, InterruptedException {
        out.println("Máy / machine: " + Machine.describe());
        Path temporary = null;
        ChildApplication child = null;
        try {
            URI base = a.url();
            if (base == null) {
                Path jar = ChildApplication.jar(a.jar());
                Path dir = a.dataDir();
                if (dir == null) {
                    temporary = Files.createTempDirectory("his-bench-rest");
                    dir = temporary;
                }
                Files.createDirectories(dir);
                Map<String, String> env = new HashMap<>();
                env.put("HIS_DATA_DIR", dir.toAbsolutePath().toString());
                env.put("HIS_DEMO", "true"); // the demo province and its users when the database is empty
                String database = System.getenv("HIS_DB_URL");
                if (database == null || database.isBlank()) {
                    database = h2Url(dir);
                    env.put("HIS_DB_URL", database);
                }
                out.println("Ứng dụng / application: child process java -jar " + jar + "; database "
                        + withoutQuery(database) + "; log " + dir.resolve("bench-application.log"));
                child = ChildApplication.start(jar, env, dir.resolve("bench-application.log"));
                out.printf("  pid %d on %s; starting (on an empty database the demo province is loaded first) …%n",
                        child.pid(), child.base());
                out.flush();
                // readiness turns UP after the start-up runners (reference data, demo province, demo users)
                double started = child.awaitUp("/actuator/health/readiness", a.startTimeout()).toMillis() / 1000.0;
                out.printf("  ready after %.1f s%n", started);
                base = child.base();
            } else {
                out.println("Ứng dụng / application: already running at " + base + " (database as it is configured)");
            }
            DemoFacilityData data = DemoFacilityData.read(new BenchClient(base, a.user(), a.password(),
                    new Latencies(List.of())));
            out.printf("Dữ liệu / data: user %s; items %s (drug), %s (service), %s (supply); department %s; CCHN %s; "
                            + "%d patients (%d with a card valid today)%n", a.user(), data.drug(), data.service(),
                    data.supply(), data.department(), data.cchn(), data.visits().size(),
                    data.visitsWithCard().size());
            boolean recording = a.mode().records();
            boolean oneCall = a.mode() == BenchRestArguments.Mode.RECORD;
            Latencies latencies = new Latencies(!recording ? ScreenBrowsing.KINDS
                    : oneCall ? EncounterRecording.ONE_CALL_KINDS : EncounterRecording.KINDS);
            List<LoadDriver.Iteration> clients = new ArrayList<>();
            for (int i = 0; i < a.clients(); i++) {
                BenchClient client = new BenchClient(base, a.user(), a.password(), latencies, a.think());
                if (recording) {
                    clients.add(new EncounterRecording(client, data, latencies, oneCall));
                } else {
                    ScreenBrowsing browsing = new ScreenBrowsing(client, data, latencies);
                    browsing.signIn(a.user(), a.password());
                    clients.add(browsing);
                }
            }
            out.printf("Tải / load: mode %s, %d clients (one thread and one HTTP/1.1 client each%s), think time %s "
                            + "before each call (0.5–1.5 ×; not in the call's time, in the whole iteration's), "
                            + "warm-up %d s, measured %d s, loopback%n", a.mode().name().toLowerCase(), a.clients(),
                    recording ? ", HTTP Basic on every call"
                            : ", each its own form sign-in session; API calls HTTP Basic",
                    a.think().toMillis() + " ms", a.warmup().toSeconds(), a.duration().toSeconds());
            out.flush();
            CpuUse cpu = new CpuUse(child == null ? Optional.empty() : ProcessHandle.of(child.pid()));
            LoadDriver.run(clients, a.warmup(), a.duration(), latencies, cpu);
            boolean valid = LoadReport.print(out, a.mode(), latencies, cpu,
                    !recording ? ScreenBrowsing.WHOLE
                            : oneCall ? EncounterRecording.WHOLE_ONE_CALL : EncounterRecording.WHOLE);
            return valid ? 0 : 2;
        } finally {
            if (child != null) {
                child.close();
            }
            if (temporary != null) {
                delete(temporary);
            }
        }
    }

    static String h2Url(Path dir) {
        return "jdbc:h2:file:" + dir.toAbsolutePath().resolve("his")
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;QUERY_CACHE_SIZE=256";
    }

    /** A JDBC URL without its parameters (a password may be one of them). */
    static String withoutQuery(String url) {
        int q = url.indexOf('?');
        int semicolon = url.startsWith("jdbc:h2:") ? url.indexOf(';') : -1;
        int cut = q >= 0 ? q : semicolon;
        return cut >= 0 ? url.substring(0, cut) : url;
    }

    static void delete(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
