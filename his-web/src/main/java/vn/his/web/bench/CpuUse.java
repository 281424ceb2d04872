package vn.his.web.bench;

import java.time.Duration;
import java.util.Optional;

/**
 * The processor time (user + system, as the operating system counts it) that the application under load and this
 * load generator used over the measured window, to tell how much of the machine each took and what one iteration
 * costs the application. The application's is known only when this command started it (a child process).
 */
final class CpuUse {

    private final Optional<ProcessHandle> application;
    private Duration applicationAtStart = Duration.ZERO;
    private Duration benchAtStart = Duration.ZERO;
    private Optional<Duration> applicationUsed = Optional.empty();
    private Optional<Duration> benchUsed = Optional.empty();

    CpuUse(Optional<ProcessHandle> application) {
        this.application = application;
    }

    void start() {
        applicationAtStart = cpu(application).orElse(Duration.ZERO);
        benchAtStart = cpu(Optional.of(ProcessHandle.current())).orElse(Duration.ZERO);
    }

    void stop() {
        applicationUsed = cpu(application).map(d -> d.minus(applicationAtStart));
        benchUsed = cpu(Optional.of(ProcessHandle.current())).map(d -> d.minus(benchAtStart));
    }

    /** The application's processor time in the window; empty when it is not a child process or the OS does not say. */
    Optional<Duration> application() {
        return applicationUsed;
    }

    /** This load generator's processor time in the window. */
    Optional<Duration> bench() {
        return benchUsed;
    }

    private static Optional<Duration> cpu(Optional<ProcessHandle> process) {
        return process.flatMap(p -> p.info().totalCpuDuration());
    }
}
