package vn.his.export.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * An outbox node ({@link OutboxNodeMain}) in its own JVM, started with the test JVM's classpath; its output goes to
 * a log file under {@code target/fault-nodes/}. {@link #kill()} is {@code kill -9} ({@link Process#destroyForcibly()}
 * sends SIGKILL on Linux): no shutdown hook, no finally block, no transaction commit runs in the node.
 */
final class NodeProcess {

    private final String nodeId;
    private final Process process;
    private final Path log;

    private NodeProcess(String nodeId, Process process, Path log) {
        this.nodeId = nodeId;
        this.process = process;
        this.log = log;
    }

    /** Starts {@code nodeId} with {@code properties} as {@code -D} system properties. */
    static NodeProcess start(String nodeId, Map<String, String> properties) {
        try {
            Path directory = Path.of("target", "fault-nodes");
            Files.createDirectories(directory);
            Path log = directory.resolve(nodeId + "-" + System.currentTimeMillis() + ".log");
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            // a small, quick JVM: the node only runs JDBC and HTTP calls
            command.add("-Xmx256m");
            command.add("-XX:TieredStopAtLevel=1");
            command.add("-XX:+UseSerialGC");
            command.add("-Duser.timezone=Asia/Ho_Chi_Minh");
            command.add("-Dfile.encoding=UTF-8");
            properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
            command.add("-cp");
            command.add(classpath());
            command.add(OutboxNodeMain.class.getName());
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            return new NodeProcess(nodeId, process, log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start node " + nodeId, e);
        }
    }

    /** Surefire's real test classpath (its own {@code java.class.path} may be a manifest-only booter jar). */
    private static String classpath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    String nodeId() {
        return nodeId;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Waits for the node's ready line; fails with the end of its log when it exits or takes too long. */
    void awaitReady(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (logText().contains(OutboxNodeMain.READY)) {
                return;
            }
            if (!process.isAlive()) {
                throw new AssertionError("node " + nodeId + " exited with " + process.exitValue() + ":\n" + logTail());
            }
            Thread.sleep(100);
        }
        throw new AssertionError("node " + nodeId + " not ready within " + limit + ":\n" + logTail());
    }

    /** SIGKILL, then waits until the process is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("node " + nodeId + " still alive 30 s after SIGKILL");
        }
    }

    /** SIGTERM (Spring's orderly shutdown), SIGKILL after 30 s. */
    void stop() throws InterruptedException {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }

    /** The node's log lines containing {@code text}. */
    List<String> logLines(String text) {
        return logText().lines().filter(line -> line.contains(text)).toList();
    }

    String logTail() {
        String text = logText();
        return text.length() <= 6_000 ? text : text.substring(text.length() - 6_000);
    }

    private String logText() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
    }

    @Override
    public String toString() {
        return nodeId + " (pid " + process.pid() + ", log " + log + ")";
    }
}
