package vn.his.web.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The figures of a load run: nearest-rank percentiles, the measured window, refusals by status; start-up medians. */
class LatenciesTest {

    private static final long MS = 1_000_000;

    @Test
    void percentilesAreNearestRankInMilliseconds() {
        long[] sorted = new long[100];
        for (int i = 0; i < 100; i++) {
            sorted[i] = (i + 1) * MS;
        }
        assertThat(Latencies.percentile(sorted, 50)).isEqualTo(50.0);
        assertThat(Latencies.percentile(sorted, 95)).isEqualTo(95.0);
        assertThat(Latencies.percentile(sorted, 99)).isEqualTo(99.0);
        assertThat(Latencies.percentile(new long[] {7 * MS}, 99)).isEqualTo(7.0);
        assertThat(Latencies.percentile(new long[0], 50)).isNaN();
    }

    @Test
    void onlyCallsInsideTheMeasuredWindowCountAndRefusalsAreKeptByStatus() {
        Latencies l = new Latencies(List.of("a", "whole"));
        l.request("a", 0, 5 * MS, 200); // warm-up: before the window
        l.startMeasuring(10 * MS);
        l.request("a", 11 * MS, 13 * MS, 201);
        l.request("a", 12 * MS, 20 * MS, 503);
        l.request("a", 14 * MS, 15 * MS, Latencies.NO_ANSWER);
        l.whole("whole", 11 * MS, 20 * MS);
        l.whole("whole", 9 * MS, 20 * MS); // started in the warm-up
        l.stopMeasuring(30 * MS);
        l.request("a", 25 * MS, 31 * MS, 200); // still in flight at the end
        assertThat(l.measuredSeconds()).isEqualTo(0.02);
        assertThat(l.requests()).isEqualTo(3);
        assertThat(l.errors()).isEqualTo(2);
        assertThat(l.errorsByStatus()).containsExactly(java.util.Map.entry("a → 503", 1L),
                java.util.Map.entry("a → no answer", 1L));
        assertThat(l.count("a")).isEqualTo(1);
        assertThat(l.count("whole")).isEqualTo(1);
        assertThat(l.summaries().get(0)).isEqualTo(new Latencies.Summary("a", 1, 2.0, 2.0, 2.0, 2.0));
    }

    @Test
    void startupMedianOfAnEvenNumberOfRunsIsTheMeanOfTheMiddleTwo() {
        StartupCase c = new StartupCase("x");
        c.add(Duration.ofSeconds(9));
        c.add(Duration.ofSeconds(3));
        c.add(Duration.ofSeconds(5));
        assertThat(c.median()).isEqualTo(Duration.ofSeconds(5));
        c.add(Duration.ofSeconds(7));
        assertThat(c.median()).isEqualTo(Duration.ofSeconds(6));
        assertThat(c.min()).isEqualTo(Duration.ofSeconds(3));
        assertThat(c.max()).isEqualTo(Duration.ofSeconds(9));
    }
}
