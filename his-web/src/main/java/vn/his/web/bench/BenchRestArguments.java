package vn.his.web.bench;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import vn.his.web.cli.ExportArguments;

/**
 * The arguments of {@code bench-rest}: {@code --clients} (1–1000, default 50), {@code --warmup} (default 5m: on 2
 * cores the JIT compiler needs minutes under load before the figures settle, BENCHMARKS.md "Recording at steady
 * state"), {@code --duration} (default 30s), {@code --mode=api|record|screens}; the application under load is
 * started as a child process from {@code --jar} (default: the jar this command runs from) on the H2 database in
 * {@code --data-dir} (default: a fresh temporary directory, removed afterwards) or on {@code HIS_DB_URL}, or is an
 * application already running at {@code --url}; {@code --user}/{@code --password} sign in (default the demo
 * clinician {@code bacsi}), {@code --start-timeout} bounds the child's start (the demo province is loaded on a fresh
 * database); {@code --think} is each client's pause before each call (a person reading the page before the next
 * click: default 1 s in the screens mode, 0 in the api and record modes, where the client is another system).
 * Anything else, a missing or malformed value, or an option given twice is refused with
 * {@link ExportArguments.Invalid}.
 */
public record BenchRestArguments(int clients, Duration warmup, Duration duration, Mode mode, URI url, Path jar,
                                 Path dataDir, String user, String password, Duration startTimeout, Duration think) {

    public enum Mode {
        API, RECORD, SCREENS;

        /** The modes that record encounters (the ≥ 300 encounters/s goal applies to them). */
        public boolean records() {
            return this != SCREENS;
        }
    }

    public static final String USAGE = """
            Cách dùng / usage:
              java -jar his-web.jar bench-rest [--clients=50] [--warmup=5m] [--duration=30s] [--mode=api|record|screens]
                  [--url=http://127.0.0.1:8080 | --jar=his-web/target/his-web.jar [--data-dir=THU_MUC]]
                  [--user=bacsi] [--password=demo-his-2026] [--start-timeout=20m] [--think=0s|1s]
            --mode api      mỗi vòng ghi một lượt khám qua REST: mở, 3 dòng (thuốc, dịch vụ, vật tư), chẩn đoán, kết thúc
                            / each iteration records one encounter through REST: open, 3 lines, diagnosis, finish
            --mode record   cùng lượt khám đó trong một lệnh gọi (POST /api/v1/encounters/recorded)
                            / the same encounter in one call
            --mode screens  người dùng đăng nhập bằng biểu mẫu duyệt màn hình tiếp đón, bảng kê, xen lệnh gọi API
                            / form-signed-in users browse the reception screens and cost statement, mixed with API calls
            --url           ứng dụng đang chạy (không khởi động tiến trình con) / an application already running
            --data-dir      CSDL H2 dùng lại (mặc định: thư mục tạm mới, có tỉnh demo) / H2 database to reuse
                            (default: a fresh temporary one with the demo province); HIS_DB_URL: MySQL/MariaDB
            --warmup        khởi động không tính (mặc định 5m: trình biên dịch JIT cần vài phút dưới tải mới ổn định)
                            / warm-up not measured (default 5m: the JIT compiler needs minutes under load to settle)
            --think         mỗi người dùng dừng đọc trước mỗi lệnh gọi, ngẫu nhiên 0,5–1,5 lần giá trị này (mặc định 1s
                            với screens, 0s với api, record) / each client pauses before each call, uniformly 0.5–1.5
                            times this (default 1s in the screens mode, 0s in the api and record modes)""";

    static final Set<String> OPTIONS = Set.of("--clients", "--warmup", "--duration", "--mode", "--url", "--jar",
            "--data-dir", "--user", "--password", "--start-timeout", "--think");

    public static BenchRestArguments parse(List<String> args) {
        BenchOptions o = BenchOptions.parse(args, OPTIONS);
        int clients = o.integer("--clients", 50, 1, 1000);
        Duration warmup = o.duration("--warmup", Duration.ofMinutes(5), Duration.ZERO, Duration.ofMinutes(30));
        Duration duration = o.duration("--duration", Duration.ofSeconds(30), Duration.ofSeconds(1),
                Duration.ofHours(2));
        Mode mode = Mode.valueOf(o.choice("--mode", "api", List.of("api", "record", "screens")).toUpperCase());
        URI url = o.baseUrl("--url");
        Path jar = o.path("--jar");
        Path dataDir = o.path("--data-dir");
        if (url != null && (jar != null || dataDir != null)) {
            throw BenchOptions.invalid("--url không đi cùng --jar hay --data-dir (ứng dụng đã chạy sẵn) / --url "
                    + "excludes --jar and --data-dir (the application is already running)");
        }
        Duration startTimeout = o.duration("--start-timeout", Duration.ofMinutes(20), Duration.ofSeconds(10),
                Duration.ofHours(2));
        Duration think = o.duration("--think", mode == Mode.SCREENS ? Duration.ofSeconds(1) : Duration.ZERO,
                Duration.ZERO, Duration.ofMinutes(1));
        return new BenchRestArguments(clients, warmup, duration, mode, url, jar, dataDir,
                o.text("--user", "bacsi"), o.text("--password", "demo-his-2026"), startTimeout, think);
    }

    @Override
    public String toString() { // never the password
        return "BenchRestArguments[clients=" + clients + ", warmup=" + warmup + ", duration=" + duration + ", mode="
                + mode + ", url=" + url + ", jar=" + jar + ", dataDir=" + dataDir + ", user=" + user + ", think=" + think + "]";
    }
}
