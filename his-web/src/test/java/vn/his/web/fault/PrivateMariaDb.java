package vn.his.web.fault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A MariaDB server of the test's own (never the machine's shared one, which other people's tests use): its own data
 * directory under {@code target/fault-mariadb-…}, its own loopback port and socket, no grant tables (root without a
 * password, reachable only from 127.0.0.1). {@link #kill()} is SIGKILL, a crash; {@link #start()} again runs InnoDB's
 * crash recovery on the same files. Needs {@code mariadb-install-db} and {@code mariadbd} (Debian package
 * mariadb-server); {@link #missingBinaries()} says when they are absent.
 */
final class PrivateMariaDb {

    static final Path INSTALL_DB = Path.of("/usr/bin/mariadb-install-db");
    static final Path SERVER = Path.of("/usr/sbin/mariadbd");

    private final Path directory;
    private final int port;
    private Process process;

    private PrivateMariaDb(Path directory, int port) {
        this.directory = directory;
        this.port = port;
    }

    /** Null when both binaries are there, otherwise what is missing. */
    static String missingBinaries() {
        if (!Files.isExecutable(INSTALL_DB) || !Files.isExecutable(SERVER)) {
            return "MariaDB binaries " + INSTALL_DB + " and " + SERVER + " are needed (apt-get install mariadb-server)";
        }
        return null;
    }

    /** Creates a fresh data directory (mariadb-install-db) on a free port. */
    static PrivateMariaDb install() throws IOException, InterruptedException {
        Path directory = Files.createTempDirectory(Files.createDirectories(Path.of("target").toAbsolutePath()),
                "fault-mariadb-");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        List<String> install = new ArrayList<>(List.of(INSTALL_DB.toString(), "--no-defaults",
                "--datadir=" + directory.resolve("data"), "--auth-root-authentication-method=normal",
                "--skip-test-db"));
        if ("root".equals(System.getProperty("user.name"))) {
            install.add("--user=root");
        }
        Process p = new ProcessBuilder(install).redirectErrorStream(true)
                .redirectOutput(directory.resolve("install.log").toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException("mariadb-install-db failed: " + Files.readString(directory.resolve("install.log")));
        }
        return new PrivateMariaDb(directory, port);
    }

    /** JDBC URL of database {@code name} (created on first connection). */
    String url(String name) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + name + "?useUnicode=true&characterEncoding=UTF-8"
                + "&createDatabaseIfNotExist=true&connectionTimeZone=LOCAL&connectTimeout=2000&socketTimeout=30000";
    }

    /** Starts the server on its port and waits until it answers. */
    synchronized void start() throws IOException, InterruptedException {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("already running");
        }
        List<String> command = new ArrayList<>(List.of(SERVER.toString(), "--no-defaults",
                "--datadir=" + directory.resolve("data"), "--port=" + port, "--bind-address=127.0.0.1",
                "--socket=" + directory.resolve("mariadb.sock"), "--pid-file=" + directory.resolve("mariadb.pid"),
                "--skip-grant-tables", "--skip-log-bin", "--innodb-buffer-pool-size=64M",
                "--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci"));
        if ("root".equals(System.getProperty("user.name"))) {
            command.add("--user=root");
        }
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("server.log").toFile())).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("mariadbd exited with " + process.exitValue() + ": " + log());
            }
            try (Connection ignored = DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + port
                    + "/?connectTimeout=1000", "root", "")) {
                return;
            } catch (SQLException notYet) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("mariadbd not answering within 60 s: " + log());
    }

    /** SIGKILL: a crash, nothing flushed beyond what InnoDB already made durable. */
    synchronized void kill() throws InterruptedException {
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("mariadbd pid " + process.pid() + " survived SIGKILL for 30 s");
        }
    }

    /** Stops the server for good and deletes its data directory (about 200 MB). */
    synchronized void close() throws InterruptedException, IOException {
        kill();
        try (java.util.stream.Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    String log() {
        try {
            String text = Files.readString(directory.resolve("server.log"));
            return text.length() < 4000 ? text : text.substring(text.length() - 4000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "private MariaDB on 127.0.0.1:" + port + " in " + directory;
    }
}
