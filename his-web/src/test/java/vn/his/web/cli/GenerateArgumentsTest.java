package vn.his.web.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The generate command's arguments: what is accepted and what is refused (exit code 1, before anything starts). */
class GenerateArgumentsTest {

    @Test
    void acceptsASizeAMonthASeedAndSettle() {
        GenerateArguments a = GenerateArguments.parse(List.of("--facilities=50", "--patients=30000",
                "--encounters=100000", "--month=2026-10", "--seed=-7", "--settle"));
        assertThat(a).isEqualTo(new GenerateArguments(50, 30000, 100000, YearMonth.of(2026, 10), -7, true));
        assertThat(a.request().encounters()).isEqualTo(100000);
    }

    @Test
    void theSeedDefaultsToOneAndSettlingIsOptional() {
        GenerateArguments a = GenerateArguments.parse(List.of("--facilities=3", "--patients=1", "--encounters=0",
                "--month=2026-01"));
        assertThat(a.seed()).isEqualTo(1);
        assertThat(a.settle()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"--patients=1 --encounters=1 --month=2026-10",
            "--facilities=2 --patients=1 --encounters=1 --month=2026-10",
            "--facilities=501 --patients=1 --encounters=1 --month=2026-10",
            "--facilities=3 --patients=0 --encounters=1 --month=2026-10",
            "--facilities=3 --patients=1 --encounters=-1 --month=2026-10",
            "--facilities=3 --patients=1 --encounters=1 --month=2026-13",
            "--facilities=3 --patients=1 --encounters=1 --month=1999-01",
            "--facilities=3 --patients=1 --encounters=1 --month=2026-10 --seed=x",
            "--facilities=3 --patients=1 --encounters=1 --month=2026-10 --settle=yes",
            "--facilities=3 --patients=1 --encounters=1 --month=2026-10 --verbose",
            "--facilities=3 --facilities=4 --patients=1 --encounters=1 --month=2026-10",
            "--facilities=abc --patients=1 --encounters=1 --month=2026-10",
            "--facilities= --patients=1 --encounters=1 --month=2026-10"})
    void refusesBadArguments(String line) {
        assertThatThrownBy(() -> GenerateArguments.parse(List.of(line.split(" "))))
                .isInstanceOf(GenerateArguments.Invalid.class).hasMessageContaining(" / ");
    }

    @Test
    void theCommandExitsWithOneAndPrintsTheUsageWithoutStartingTheApplication() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = GenerateCli.run(List.of("--facilities=3", "--patients=1", "--encounters=1", "--month=10/2026"),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("invalid month", "Cách dùng / usage");
    }

    @Test
    void theBenchmarkRefusesBadArgumentsToo() {
        assertThatThrownBy(() -> BenchExportArguments.parse(List.of("--from=2026-10-01", "--to=2026-09-30",
                "--out=x"))).isInstanceOf(ExportArguments.Invalid.class).hasMessageContaining("--from is after --to");
        assertThat(BenchExportArguments.parse(List.of("--from=2026-10-01", "--to=2026-10-31", "--out=x")).dump())
                .isEqualTo("mariadb-dump");
    }

    @Test
    void theBenchmarkWritesIntoANewOrEmptyFolderOnly(@TempDir Path dir) throws IOException {
        assertThat(BenchExportCommand.refusedOut(dir.resolve("new"))).isEmpty();
        assertThat(BenchExportCommand.refusedOut(dir)).isEmpty();
        Files.writeString(dir.resolve("left.xml"), "<x/>");
        assertThat(BenchExportCommand.refusedOut(dir)).get().asString()
                .contains("--out must be a new or empty folder", "thư mục mới hoặc trống");
        assertThat(BenchExportCommand.refusedOut(dir.resolve("left.xml"))).get().asString()
                .contains("--out is not a folder");
    }
}
