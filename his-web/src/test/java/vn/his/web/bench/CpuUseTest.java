package vn.his.web.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class CpuUseTest {

    @Test
    void measuresTheProcessorTimeOfTheWindowAndPerIteration() {
        CpuUse cpu = new CpuUse(Optional.of(ProcessHandle.current())); // this JVM standing in for the application
        cpu.start();
        long sink = 0;
        long until = System.nanoTime() + 300_000_000L;
        while (System.nanoTime() < until) {
            sink += Long.numberOfTrailingZeros(sink + System.nanoTime());
        }
        cpu.stop();
        assertThat(sink).isNotNegative();
        assertThat(cpu.application()).get().matches(d -> d.compareTo(Duration.ofMillis(100)) > 0, "over 100 ms");
        assertThat(cpu.bench()).get().matches(d -> d.compareTo(Duration.ofMillis(100)) > 0, "over 100 ms");

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        LoadReport.printCpu(new PrintStream(printed, true, StandardCharsets.UTF_8), cpu, 0.3, 3, "encounter");
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("application ", "ms per encounter",
                "load generator ");
    }

    @Test
    void anApplicationNotStartedByTheBenchmarkIsSaidToBeUnknown() {
        CpuUse cpu = new CpuUse(Optional.empty());
        cpu.start();
        cpu.stop();
        assertThat(cpu.application()).isEmpty();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        LoadReport.printCpu(new PrintStream(printed, true, StandardCharsets.UTF_8), cpu, 1, 0, "encounter");
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("not known (not started by this command)");
    }
}
