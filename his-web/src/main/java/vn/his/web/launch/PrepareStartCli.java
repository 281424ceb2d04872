package vn.his.web.launch;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code java -jar his-web.jar prepare-start --dir=DIR}: makes the {@link PreparedStart} layout that starts the
 * application faster (issue 7, start-up time), in three child JVMs: Spring Boot's {@code jarmode=tools extract} of
 * this jar into DIR; a training start on a throw-away H2 database (demo off) that stops once the application context
 * is refreshed ({@code spring.context.exit=onRefresh}) and writes the list of the classes it loaded; and the JDK's
 * static class-data sharing dump of those classes ({@code -Xshare:dump}) into {@code DIR/his-web.jsa}. Prints the
 * command to start with. Exit code 0 prepared, 1 refused arguments or a step that failed (its log named).
 */
public final class PrepareStartCli {

    public static final String USAGE = """
            Cách dùng / usage:
              java -jar his-web.jar prepare-start --dir=DIR
            Giải nén ứng dụng vào DIR và tạo kho lớp dùng chung (class-data sharing) để khởi động nhanh hơn; sau đó
            chạy lệnh được in ra / extracts the application into DIR and makes a class-data sharing archive for a
            faster start; then start with the printed command""";

    private static final long STEP_TIMEOUT_MINUTES = 10;

    private PrepareStartCli() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 1 || !args.get(0).startsWith("--dir=") || args.get(0).length() == "--dir=".length()) {
            err.println("Cần đúng một tham số --dir=DIR / exactly one argument --dir=DIR is expected");
            err.println(USAGE);
            return 1;
        }
        PreparedStart target = new PreparedStart(Path.of(args.get(0).substring("--dir=".length())).toAbsolutePath());
        Path source = Path.of(System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)[0])
                .toAbsolutePath();
        if (!source.toString().endsWith(".jar") || !Files.isRegularFile(source)) {
            err.println("prepare-start chạy từ tệp jar của ứng dụng (java -jar his-web.jar prepare-start) / "
                    + "prepare-start runs from the application jar; class path: " + source);
            return 1;
        }
        try {
            prepare(source, target, out);
            return 0;
        } catch (StepFailed e) {
            err.println("prepare-start: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("prepare-start: " + e);
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("prepare-start: interrupted");
            return 1;
        }
    }

    private static void prepare(Path source, PreparedStart target, PrintStream out)
            throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path dir = target.dir();
        Files.createDirectories(dir);
        Path classList = dir.resolve("classes.lst");
        Files.deleteIfExists(target.archive());

        long t0 = System.nanoTime();
        step(List.of(java, "-Djarmode=tools", "-jar", source.toString(), "extract", "--destination", dir.toString(),
                "--force"), Map.of(), dir.resolve("extract.log"), "extract");
        if (!Files.isRegularFile(target.jar())) {
            throw new StepFailed("extract did not write " + target.jar());
        }
        out.printf("1/3 extracted %s into %s (%.1f s)%n", source, dir, seconds(t0));

        long t1 = System.nanoTime();
        Path training = Files.createTempDirectory("his-prepare-start");
        try {
            step(List.of(java, "-XX:DumpLoadedClassList=" + classList, "-Dspring.context.exit=onRefresh", "-jar",
                    target.jar().toString()), Map.of("HIS_DEMO", "false", "HIS_DATA_DIR", training.toString(),
                    "HIS_DB_URL", "jdbc:h2:file:" + training.resolve("his")
                            + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE",
                    "PORT", "0"), dir.resolve("training.log"), "training start");
        } finally {
            deleteTree(training);
        }
        int classes = keepDumpableEntries(classList);
        out.printf("2/3 training start loaded %d classes (%.1f s)%n", classes, seconds(t1));

        long t2 = System.nanoTime();
        step(List.of(java, "-Xshare:dump", "-XX:SharedClassListFile=" + classList,
                "-XX:SharedArchiveFile=" + target.archive(), "-jar", target.jar().toString()), Map.of(),
                dir.resolve("dump.log"), "class-data sharing dump");
        if (!target.isComplete()) {
            throw new StepFailed("the dump did not write " + target.archive() + "; see " + dir.resolve("dump.log"));
        }
        out.printf("3/3 archive %s, %d MB (%.1f s)%n", target.archive(), Files.size(target.archive()) >> 20,
                seconds(t2));
        out.println("Khởi động bằng / start with:");
        out.println("  " + String.join(" ", target.command("java")));
    }

    /**
     * Keeps the plain class names of the list: the JDK 17 dump crashes (SIGSEGV in
     * SystemDictionaryShared::adjust_lambda_proxy_class_dictionary, seen with this application) on the list's
     * {@code @lambda-proxy} and {@code @lambda-form-invoker} entries, which only pre-generate lambda classes.
     */
    static int keepDumpableEntries(Path classList) throws IOException {
        List<String> kept = new ArrayList<>();
        for (String line : Files.readAllLines(classList, StandardCharsets.UTF_8)) {
            if (!line.startsWith("@")) {
                kept.add(line);
            }
        }
        Files.write(classList, kept, StandardCharsets.UTF_8);
        return (int) kept.stream().filter(l -> !l.startsWith("#")).count();
    }

    private static void step(List<String> command, Map<String, String> environment, Path log, String name)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(STEP_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new StepFailed(name + " did not end within " + STEP_TIMEOUT_MINUTES + " min; see " + log);
        }
        if (process.exitValue() != 0) {
            throw new StepFailed(name + " ended with exit code " + process.exitValue() + "; see " + log);
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    static final class StepFailed extends RuntimeException {
        StepFailed(String message) {
            super(message);
        }
    }
}
