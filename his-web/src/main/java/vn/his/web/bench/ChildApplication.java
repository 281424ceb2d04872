package vn.his.web.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The application as a child process ({@code java -jar his-web.jar} on a free loopback port, its output in a log
 * file), as an operator starts it: the benchmarks measure it from outside. {@link #close()} stops it with SIGTERM (the
 * graceful shutdown), then SIGKILL after 30 s, and waits for it; a shutdown hook does the same if the benchmark itself
 * is interrupted.
 */
final class ChildApplication implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(50);

    private final Process process;
    private final long startNanos;
    private final URI base;
    private final Path log;
    private final Thread hook;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    private ChildApplication(Process process, long startNanos, URI base, Path log) {
        this.process = process;
        this.startNanos = startNanos;
        this.base = base;
        this.log = log;
        this.hook = new Thread(this::stop, "stop-child-application");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** The jar to start: the one given, else the jar this JVM was started from ({@code java -jar}). */
    static Path jar(Path given) {
        Path jar = given != null ? given : Path.of(System.getProperty("java.class.path", "").split(
                java.io.File.pathSeparator)[0]);
        if (!jar.toString().endsWith(".jar") || !Files.isRegularFile(jar)) {
            throw BenchOptions.invalid("Không tìm thấy tệp jar của ứng dụng: " + jar + " (dùng --jar) / the "
                    + "application jar was not found: " + jar + " (use --jar)");
        }
        return jar;
    }

    /** Starts {@code java -jar jar} with the environment added to this process's own, output to {@code log}. */
    static ChildApplication start(Path jar, Map<String, String> environment, Path log) throws IOException {
        return start(List.of(java(), "-jar", jar.toAbsolutePath().toString()), environment, log);
    }

    /** The java launcher of this JVM. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Starts {@code command} (a java launch of the application) as {@link #start(Path, Map, Path)} does. */
    static ChildApplication start(List<String> command, Map<String, String> environment, Path log)
            throws IOException {
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        builder.environment().put("PORT", Integer.toString(port));
        long started = System.nanoTime();
        Process process = builder.start();
        return new ChildApplication(process, started, URI.create("http://127.0.0.1:" + port), log);
    }

    URI base() {
        return base;
    }

    Path log() {
        return log;
    }

    long pid() {
        return process.pid();
    }

    /**
     * Polls {@code path} (e.g. {@code /actuator/health}) every 50 ms until it answers 200 with status UP; the time from
     * the process start. Fails when the process ends or the timeout passes first (the log's tail in the message).
     */
    Duration awaitUp(String path, Duration timeout) throws InterruptedException {
        long deadline = startNanos + timeout.toNanos();
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(5)).GET().build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application ended with exit code " + process.exitValue()
                        + " before it was healthy; its log " + log + " ends with:\n" + tail());
            }
            try {
                HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("\"status\":\"UP\"")) {
                    return Duration.ofNanos(System.nanoTime() - startNanos);
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(POLL.toMillis());
        }
        throw new IllegalStateException(path + " not UP within " + timeout.toSeconds() + " s; the log " + log
                + " ends with:\n" + tail());
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // already shutting down: the hook runs stop() again, which is harmless
        }
    }

    private void stop() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy(); // SIGTERM: Spring's graceful shutdown
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
