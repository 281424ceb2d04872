package vn.his.web.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The export command's arguments: what is accepted and what is refused (exit code 1, before anything starts). */
class ExportArgumentsTest {

    @Test
    void acceptsRepeatedFacilitiesAndAPeriod() {
        ExportArguments a = ExportArguments.parse(List.of("--facility=40017", "--facility=40001", "--from=2026-11-01",
                "--to=2026-11-30", "--out=build/out"));
        assertThat(a.facilities()).containsExactly("40017", "40001");
        assertThat(a.from()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(a.to()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(a.out()).isEqualTo(Path.of("build/out"));
        assertThat(a.request().facilities()).containsExactly("40017", "40001");
    }

    @Test
    void noFacilityMeansEveryFacility() {
        assertThat(ExportArguments.parse(List.of("--from=2026-11-01", "--to=2026-11-01", "--out=x")).facilities())
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"--facility=4001 --from=2026-11-01 --to=2026-11-30 --out=x",
            "--from=2026-11-31 --to=2026-12-01 --out=x",
            "--from=2026-12-01 --to=2026-11-01 --out=x",
            "--from=2026-11-01 --to=2026-11-30",
            "--from=2026-11-01 --from=2026-11-02 --to=2026-11-30 --out=x",
            "--from=2026-11-01 --to=2026-11-30 --out=x --verbose",
            "--from= --to=2026-11-30 --out=x",
            "--facility=ab123 --from=2026-11-01 --to=2026-11-30 --out=x"})
    void refusesBadArguments(String line) {
        assertThatThrownBy(() -> ExportArguments.parse(List.of(line.split(" "))))
                .isInstanceOf(ExportArguments.Invalid.class).hasMessageContaining(" / ");
    }

    @Test
    void theCommandExitsWithOneAndPrintsTheUsageWithoutStartingTheApplication() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ExportCli.run(List.of("--from=2026-11-01", "--to=2026-10-01", "--out=x"),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--from is after --to", "Cách dùng / usage");
    }
}
