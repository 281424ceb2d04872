package vn.his.web.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.his.export.claim.files.ClaimExporter;
import vn.his.export.claim.files.ExportReport;
import vn.his.export.claim.files.ExportSigner;

/**
 * The export benchmark (issues 4 and 7), side by side in one run on the configured MySQL/MariaDB database:
 * <ol>
 *   <li>the export without signatures ({@link ClaimExporter#exportUnsigned}), which also warms the buffer pool;</li>
 *   <li>{@code mariadb-dump --xml} of the tables the export reads (claim_version, claim_table, claim_finding) into a
 *   file: the cost of just reading the rows out;</li>
 *   <li>the export with signatures (the configured keystore or a demo RSA-2048 certificate, as {@code export});</li>
 *   <li>the pure RSA cost: SHA256withRSA signatures of a 2048-bit key timed on one thread, spread over the cores.</li>
 * </ol>
 * It prints each wall time, throughput and peak heap, and the ratios of the goals (issue 7's wording): unsigned ≤ 3 ×
 * dump; signed ≤ 1.25 × unsigned + the RSA floor of the signatures made. The stricter reading, signed ≤ 1.25 × dump
 * + floor, is printed beside it.
 */
@Component
public class BenchExportCommand {

    static final List<String> TABLES = List.of("claim_version", "claim_table", "claim_finding");

    private final ClaimExporter exporter;
    private final JdbcTemplate jdbc;
    private final Environment environment;

    public BenchExportCommand(ClaimExporter exporter, JdbcTemplate jdbc, Environment environment) {
        this.exporter = exporter;
        this.jdbc = jdbc;
        this.environment = environment;
    }

    record Phase(String name, double seconds, long peakHeap, long bytes) {
    }

    public int run(BenchExportArguments args, PrintStream out, PrintStream err) {
        String url = environment.getProperty("spring.datasource.url", "");
        if (!url.startsWith("jdbc:mysql:") && !url.startsWith("jdbc:mariadb:")) {
            err.println("bench-export cần cơ sở dữ liệu MySQL/MariaDB (HIS_DB_URL) để so với mariadb-dump"
                    + " / bench-export needs a MySQL/MariaDB database (HIS_DB_URL) to compare with mariadb-dump");
            return 1;
        }
        Optional<String> refusal = refusedOut(args.out());
        if (refusal.isPresent()) {
            err.println(refusal.get());
            return 1;
        }
        URI db = URI.create(url.substring("jdbc:".length()));
        String database = db.getPath().substring(1);
        int cores = Runtime.getRuntime().availableProcessors();
        out.printf("Máy / machine: %d cores, Java %s, max heap %d MB, load average %.2f%n", cores,
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        out.printf("Dữ liệu / data: %d claim_version, %d claim_table (%.1f MB), %d claim_finding rows in the tables%n",
                count("claim_version"), count("claim_table"),
                jdbc.queryForObject("SELECT COALESCE(SUM(LENGTH(content)), 0) FROM claim_table", Long.class) / 1e6,
                count("claim_finding"));

        ExportReport[] report = new ExportReport[1];
        Path unsignedDir = args.out().resolve("1-unsigned");
        Phase unsigned = measure("export without signatures", unsignedDir,
                () -> report[0] = exporter.exportUnsigned(args.request(), unsignedDir));
        int encounters = report[0].dossiers() + report[0].leftOut().size();
        print(out, unsigned, encounters);
        out.printf("    %d dossiers, %d check-ins, %d left out%n", report[0].dossiers(), report[0].checkIns(),
                report[0].leftOut().size());

        Path dumpDir = args.out().resolve("2-dump");
        Phase dump = measure("mariadb-dump --xml " + String.join(" ", TABLES), dumpDir,
                () -> dump(args.dump(), db, database, dumpDir.resolve("dump.xml")));
        print(out, dump, encounters);

        ExportSigner signer = ExportSigner.configured(environment.getProperty("his.signing.keystore"),
                environment.getProperty("his.signing.password"), environment.getProperty("his.signing.alias"));
        Path signedDir = args.out().resolve("3-signed");
        Phase signed = measure("export with signatures" + (signer.demo() ? " (demo certificate)" : ""), signedDir,
                () -> report[0] = exporter.export(args.request(), signedDir, signer));
        print(out, signed, encounters);
        int signatures = report[0].dossiers() + report[0].checkIns();

        double perSignature = rsaSeconds();
        double floor = signatures * perSignature / cores;
        out.printf("  pure RSA (SHA256withRSA, 2048 bits, one thread): %.3f ms per signature; floor for the %d"
                        + " signatures made over %d cores: %.1f s (for 100,000 signatures: %.1f s)%n",
                perSignature * 1000, signatures, cores, floor, 100_000 * perSignature / cores);

        double unsignedRatio = unsigned.seconds() / dump.seconds();
        double signedBound = 1.25 * unsigned.seconds() + floor;
        double strictBound = 1.25 * dump.seconds() + floor;
        out.printf("Mục tiêu / goal 1: không chữ ký / unsigned %.1f s = %.2f × dump %.1f s (≤ 3.00): %s%n",
                unsigned.seconds(), unsignedRatio, dump.seconds(), unsignedRatio <= 3 ? "ĐẠT / met" : "CHƯA / not met");
        out.printf("Mục tiêu / goal 2: có chữ ký / signed %.1f s vs 1.25 × unsigned + RSA floor = %.1f s: ratio %.2f"
                        + " (≤ 1.00): %s%n", signed.seconds(), signedBound, signed.seconds() / signedBound,
                signed.seconds() <= signedBound ? "ĐẠT / met" : "CHƯA / not met");
        out.printf("    (stricter reading: 1.25 × dump + RSA floor = %.1f s: ratio %.2f)%n", strictBound,
                signed.seconds() / strictBound);
        out.printf("    (signed = %.2f × dump; signing adds %.1f s, %.2f ms per signature on %d cores)%n",
                signed.seconds() / dump.seconds(), signed.seconds() - unsigned.seconds(),
                (signed.seconds() - unsigned.seconds()) * 1000 * cores / Math.max(1, signatures), cores);
        out.printf("Các tệp để lại trong / the files are left in %s (xoá sau / delete them afterwards)%n", args.out());
        return 0;
    }

    /**
     * Why {@code --out} cannot be used, if it cannot: it must be new or empty. Each phase writes its own subfolder
     * and nothing is deleted during a run: on ext4, files created just after many deletions wait while the inode
     * allocator skips the freed inodes (a sixth of the CPU of a 5-day export's signed phase, under perf, when the
     * phases emptied one folder in turn; BENCHMARKS.md, "Export at 100,000 encounters").
     */
    static Optional<String> refusedOut(Path dir) {
        if (!Files.exists(dir)) {
            return Optional.empty();
        }
        if (!Files.isDirectory(dir)) {
            return Optional.of("--out không phải là thư mục: " + dir + " / --out is not a folder: " + dir);
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().map(any -> "--out phải là thư mục mới hoặc trống (mỗi lượt đo ghi vào thư mục "
                    + "con riêng, không xoá gì): " + dir + " / --out must be a new or empty folder (each phase writes "
                    + "its own subfolder and nothing is deleted during the run): " + dir);
        } catch (IOException e) {
            return Optional.of("Không đọc được --out / cannot read --out: " + dir + ": " + e.getMessage());
        }
    }

    private int count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }

    private static void print(PrintStream out, Phase p, int encounters) {
        out.printf("  %-50s %8.1f s  %8.0f encounters/s  %7.1f MB written (%.1f MB/s)  peak heap %d MB%n", p.name(),
                p.seconds(), encounters / p.seconds(), p.bytes() / 1e6, p.bytes() / 1e6 / p.seconds(),
                p.peakHeap() >> 20);
    }

    /** Runs the phase into the new folder {@code dir}, measuring its wall time, the heap's peak and the bytes written. */
    private static Phase measure(String name, Path dir, Runnable phase) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + dir, e);
        }
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long started = System.nanoTime();
        phase.run();
        double seconds = (System.nanoTime() - started) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new Phase(name, seconds, peak, size(dir));
    }

    private void dump(String program, URI db, String database, Path file) {
        List<String> command = new ArrayList<>(List.of(program, "--xml", "--single-transaction", "--quick",
                "--skip-lock-tables", "--host=" + db.getHost(), "--port=" + (db.getPort() < 0 ? 3306 : db.getPort()),
                "--result-file=" + file));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.redirectError(ProcessBuilder.Redirect.INHERIT).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        command.add("--user=" + environment.getProperty("spring.datasource.username", "root"));
        String password = environment.getProperty("spring.datasource.password", "");
        if (password != null && !password.isEmpty()) {
            pb.environment().put("MYSQL_PWD", password);
        }
        command.add(database);
        command.addAll(TABLES);
        pb.command(command);
        try {
            int code = pb.start().waitFor();
            if (code != 0) {
                throw new IllegalStateException(program + " exited with " + code);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + program, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Seconds per SHA256withRSA signature of a 2048-bit key on one thread (warmed up, then timed for ~3 s). */
    static double rsaSeconds() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            byte[] data = new byte[256];
            Signature signature = Signature.getInstance("SHA256withRSA");
            for (int i = 0; i < 300; i++) {
                signature.initSign(keys.getPrivate());
                signature.update(data);
                signature.sign();
            }
            int n = 0;
            long started = System.nanoTime();
            long elapsed;
            do {
                signature.initSign(keys.getPrivate());
                data[n % data.length]++;
                signature.update(data);
                signature.sign();
                n++;
                elapsed = System.nanoTime() - started;
            } while (elapsed < 3_000_000_000L);
            return elapsed / 1e9 / n;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long size(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
