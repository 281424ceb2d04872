package vn.his.web.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import vn.his.web.cli.ExportArguments;
import vn.his.web.launch.PreparedStart;

/**
 * The arguments of {@code bench-startup}: {@code --runs} (1–20, default 3) starts per case, {@code --jar} (default:
 * the jar this command runs from), {@code --timeout} for one start to become healthy (default 300s), {@code --prepared}
 * (a folder made by {@code prepare-start}: every start uses its extracted jar and class-data sharing archive instead
 * of {@code java -jar} of the jar). Refusals as {@link ExportArguments.Invalid}.
 */
public record BenchStartupArguments(int runs, Path jar, Duration timeout, Path prepared) {

    public static final String USAGE = """
            Cách dùng / usage:
              java -jar his-web.jar bench-startup [--runs=3] [--jar=his-web/target/his-web.jar] [--timeout=300s]
                  [--prepared=DIR]
            Đo thời gian từ lúc khởi động tiến trình đến khi /actuator/health là UP: H2 mới (không demo), H2 dùng lại,
            và MySQL/MariaDB khi có HIS_DB_URL; --prepared=DIR: khởi động từ thư mục của prepare-start / time from
            process start to a healthy /actuator/health: a fresh H2 database (demo off), the same H2 database reused,
            and MySQL/MariaDB when HIS_DB_URL is set; --prepared=DIR: start from a prepare-start folder""";

    public static BenchStartupArguments parse(List<String> args) {
        BenchOptions o = BenchOptions.parse(args, Set.of("--runs", "--jar", "--timeout", "--prepared"));
        Path prepared = o.path("--prepared");
        if (prepared != null && !new PreparedStart(prepared).isComplete()) {
            throw BenchOptions.invalid("Thư mục " + prepared + " không có " + PreparedStart.JAR + " và "
                    + PreparedStart.ARCHIVE + " (chạy prepare-start trước) / " + prepared + " holds no "
                    + PreparedStart.JAR + " and " + PreparedStart.ARCHIVE + " (run prepare-start first)");
        }
        return new BenchStartupArguments(o.integer("--runs", 3, 1, 20), o.path("--jar"),
                o.duration("--timeout", Duration.ofSeconds(300), Duration.ofSeconds(5), Duration.ofMinutes(30)),
                prepared);
    }
}
