package vn.his.web.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Prints a load run's figures: throughput, p50/p95/p99/max per kind, refusals by kind and status, and the goals of
 * issues 5 and 7 (p95 of every kind of call under 200 ms; in the {@code api} mode also ≥ 300 encounters/s); decides
 * whether the run itself failed (more than 0.1 % of the calls refused or unanswered, or nothing completed).
 */
final class LoadReport {

    static final double P95_GOAL_MS = 200;
    static final double ENCOUNTERS_GOAL = 300;
    static final double MAX_ERROR_SHARE = 0.001;

    private LoadReport() {
    }

    /** Prints the figures; true when the run is valid (error share ≤ 0.1 % and at least one whole iteration). */
    static boolean print(PrintStream out, BenchRestArguments.Mode mode, Latencies latencies, CpuUse cpu,
                         String wholeKind) {
        double seconds = latencies.measuredSeconds();
        long requests = latencies.requests();
        int whole = latencies.count(wholeKind);
        out.printf("Đo / measured: %.1f s, %d calls (%.1f calls/s), %d × %s (%.1f/s)%n", seconds, requests,
                requests / seconds, whole, wholeKind, whole / seconds);
        out.printf("%-45s %8s %9s %9s %9s %9s%n", "kind", "count", "p50 ms", "p95 ms", "p99 ms", "max ms");
        List<Latencies.Summary> summaries = latencies.summaries();
        boolean p95Met = true;
        for (Latencies.Summary s : summaries) {
            out.printf("%-45s %8d %9.1f %9.1f %9.1f %9.1f%n", s.kind(), s.count(), s.p50(), s.p95(), s.p99(), s.max());
            if (!s.kind().equals(wholeKind) && !(s.p95() < P95_GOAL_MS)) {
                p95Met = false;
            }
        }
        printCpu(out, cpu, seconds, whole, wholeKind);
        long errors = latencies.errors();
        double share = requests == 0 ? 1 : (double) errors / requests;
        if (errors == 0) {
            out.println("Lỗi / errors: none (every call answered 2xx)");
        } else {
            out.printf("Lỗi / errors: %d of %d calls (%.3f %%):%n", errors, requests, share * 100);
            for (Map.Entry<String, Long> e : latencies.errorsByStatus().entrySet()) {
                out.printf("  %-60s %8d%n", e.getKey(), e.getValue());
            }
        }
        out.println("Mục tiêu / goals:");
        if (mode.records()) {
            double rate = whole / seconds;
            out.printf("  ≥ %.0f encounters/s: %s (%.1f)%n", ENCOUNTERS_GOAL, met(rate >= ENCOUNTERS_GOAL), rate);
        }
        out.printf("  p95 < %.0f ms for every kind of call: %s%n", P95_GOAL_MS, met(p95Met && whole > 0));
        boolean valid = share <= MAX_ERROR_SHARE && whole > 0;
        out.printf("  errors ≤ 0.1 %% of the calls: %s%n", met(share <= MAX_ERROR_SHARE));
        if (!valid) {
            out.println("LƯỢT ĐO KHÔNG HỢP LỆ / RUN FAILED: "
                    + (whole == 0 ? "nothing completed" : "more than 0.1 % of the calls failed"));
        }
        return valid;
    }

    /**
     * The processor time of the application and of this load generator in the window, and the application's per
     * iteration.
     */
    static void printCpu(PrintStream out, CpuUse cpu, double seconds, int whole, String wholeKind) {
        String application = cpu.application().map(d -> String.format("%s, %.1f ms per %s", share(d, seconds),
                whole == 0 ? 0 : (double) d.toMillis() / whole, wholeKind))
                .orElse("not known (not started by this command)");
        String bench = cpu.bench().map(d -> share(d, seconds)).orElse("not known");
        out.println("CPU trong lúc đo / processor time in the measured window: application " + application
                + "; load generator " + bench);
    }

    /** Processor time, and its share of the machine's cores over {@code seconds}. */
    private static String share(Duration cpu, double seconds) {
        int cores = Runtime.getRuntime().availableProcessors();
        return String.format("%.1f s (%.0f %% of %d cores)", cpu.toMillis() / 1000.0,
                100 * cpu.toMillis() / 1000.0 / seconds / cores, cores);
    }

    private static String met(boolean met) {
        return met ? "met" : "NOT met";
    }
}
