package vn.his.web.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The start-up times of one case (e.g. "H2, fresh database") and their min / median / max. */
final class StartupCase {

    private final String name;
    private final List<Duration> times = new ArrayList<>();

    StartupCase(String name) {
        this.name = name;
    }

    void add(Duration time) {
        times.add(time);
    }

    String name() {
        return name;
    }

    List<Duration> times() {
        return List.copyOf(times);
    }

    Duration min() {
        return sorted().get(0);
    }

    Duration max() {
        return sorted().get(times.size() - 1);
    }

    /** The middle time; for an even count the mean of the two middle ones. */
    Duration median() {
        List<Duration> s = sorted();
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : s.get(n / 2 - 1).plus(s.get(n / 2)).dividedBy(2);
    }

    private List<Duration> sorted() {
        if (times.isEmpty()) {
            throw new IllegalStateException("no start measured for " + name);
        }
        return times.stream().sorted().toList();
    }
}
