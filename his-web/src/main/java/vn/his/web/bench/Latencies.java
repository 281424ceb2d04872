package vn.his.web.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Latencies and answers of a load run, per kind of request (and per whole iteration), counted only inside the
 * measured window: a sample counts when it started and ended between {@link #startMeasuring} and {@link #stopMeasuring}
 * (warm-up and calls still in flight at the end are left out). Thread-safe.
 */
final class Latencies {

    /** Status of a call that got no HTTP answer (connection refused or reset, timeout). */
    static final int NO_ANSWER = -1;

    record Summary(String kind, int count, double p50, double p95, double p99, double max) {
    }

    private final Map<String, List<Long>> samples = new LinkedHashMap<>();
    private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    private final AtomicLong requests = new AtomicLong();
    private volatile long windowStart = Long.MAX_VALUE;
    private volatile long windowEnd = Long.MAX_VALUE;

    Latencies(List<String> kinds) {
        for (String kind : kinds) {
            samples.put(kind, new ArrayList<>());
        }
    }

    void startMeasuring(long nanos) {
        windowStart = nanos;
    }

    void stopMeasuring(long nanos) {
        windowEnd = nanos;
    }

    double measuredSeconds() {
        return (windowEnd - windowStart) / 1e9;
    }

    private boolean inWindow(long start, long end) {
        return start >= windowStart && end <= windowEnd;
    }

    /** One HTTP call: its kind, start and end ({@link System#nanoTime}), status ({@link #NO_ANSWER} if none). */
    void request(String kind, long start, long end, int status) {
        if (!inWindow(start, end)) {
            return;
        }
        requests.incrementAndGet();
        if (status < 200 || status > 299) {
            errors.computeIfAbsent(kind + " → " + (status == NO_ANSWER ? "no answer" : status),
                    k -> new AtomicLong()).incrementAndGet();
            return;
        }
        sample(kind, end - start);
    }

    /** A whole iteration that succeeded (e.g. one encounter recorded). */
    void whole(String kind, long start, long end) {
        if (inWindow(start, end)) {
            sample(kind, end - start);
        }
    }

    private void sample(String kind, long nanos) {
        List<Long> list = samples.get(kind);
        if (list == null) {
            throw new IllegalArgumentException("unknown kind " + kind);
        }
        synchronized (list) {
            list.add(nanos);
        }
    }

    long requests() {
        return requests.get();
    }

    long errors() {
        return errors.values().stream().mapToLong(AtomicLong::get).sum();
    }

    /** Refused or failed calls by kind and status, sorted. */
    Map<String, Long> errorsByStatus() {
        Map<String, Long> sorted = new TreeMap<>();
        errors.forEach((k, v) -> sorted.put(k, v.get()));
        return sorted;
    }

    int count(String kind) {
        List<Long> list = samples.get(kind);
        synchronized (list) {
            return list.size();
        }
    }

    List<Summary> summaries() {
        List<Summary> out = new ArrayList<>();
        for (Map.Entry<String, List<Long>> e : samples.entrySet()) {
            long[] sorted;
            synchronized (e.getValue()) {
                sorted = e.getValue().stream().mapToLong(Long::longValue).toArray();
            }
            Arrays.sort(sorted);
            out.add(new Summary(e.getKey(), sorted.length, percentile(sorted, 50), percentile(sorted, 95),
                    percentile(sorted, 99), sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6));
        }
        return out;
    }

    /** Nearest-rank percentile in milliseconds; NaN without samples. */
    static double percentile(long[] sortedNanos, double p) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sortedNanos.length);
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length, rank) - 1)] / 1e6;
    }
}
