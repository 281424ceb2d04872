package vn.his.web.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.his.web.cli.ExportArguments;
import vn.his.web.launch.PreparedStart;

/** The arguments of bench-rest and bench-startup: what is accepted and what is refused before anything starts. */
class BenchArgumentsTest {

    @Test
    void benchRestDefaultsToFiftyApiClientsTenSecondsOfWarmUpAndThirtyMeasured() {
        BenchRestArguments a = BenchRestArguments.parse(List.of());
        assertThat(a.clients()).isEqualTo(50);
        assertThat(a.warmup()).isEqualTo(Duration.ofMinutes(5));
        assertThat(a.duration()).isEqualTo(Duration.ofSeconds(30));
        assertThat(a.mode()).isEqualTo(BenchRestArguments.Mode.API);
        assertThat(a.url()).isNull();
        assertThat(a.jar()).isNull();
        assertThat(a.dataDir()).isNull();
        assertThat(a.user()).isEqualTo("bacsi");
        assertThat(a.password()).isEqualTo("demo-his-2026");
        assertThat(a.startTimeout()).isEqualTo(Duration.ofMinutes(20));
        assertThat(a.think()).as("another system calls without pause").isZero();
        assertThat(BenchRestArguments.parse(List.of("--mode=screens")).think()).as("a person reads the page")
                .isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void benchRestTakesEveryOption() {
        BenchRestArguments a = BenchRestArguments.parse(List.of("--clients=5", "--warmup=500ms", "--duration=2m",
                "--mode=screens", "--jar=his-web/target/his-web.jar", "--data-dir=/tmp/x", "--user=thungan",
                "--password=secret-secret", "--start-timeout=5m", "--think=250ms"));
        assertThat(a.clients()).isEqualTo(5);
        assertThat(a.warmup()).isEqualTo(Duration.ofMillis(500));
        assertThat(a.duration()).isEqualTo(Duration.ofMinutes(2));
        assertThat(a.mode()).isEqualTo(BenchRestArguments.Mode.SCREENS);
        assertThat(a.jar()).isEqualTo(Path.of("his-web/target/his-web.jar"));
        assertThat(a.dataDir()).isEqualTo(Path.of("/tmp/x"));
        assertThat(a.user()).isEqualTo("thungan");
        assertThat(a.startTimeout()).isEqualTo(Duration.ofMinutes(5));
        assertThat(a.think()).isEqualTo(Duration.ofMillis(250));
        assertThat(a.toString()).doesNotContain("secret-secret");
    }

    @Test
    void theRecordModeRecordsEncountersInOneCallWithoutThinkTime() {
        BenchRestArguments a = BenchRestArguments.parse(List.of("--mode=record"));
        assertThat(a.mode()).isEqualTo(BenchRestArguments.Mode.RECORD);
        assertThat(a.mode().records()).isTrue();
        assertThat(BenchRestArguments.Mode.SCREENS.records()).isFalse();
        assertThat(a.think()).isEqualTo(Duration.ZERO);
    }

    @Test
    void benchRestMayTargetARunningApplication() {
        BenchRestArguments a = BenchRestArguments.parse(List.of("--url=http://127.0.0.1:8080/", "--warmup=0s"));
        assertThat(a.url()).isEqualTo(URI.create("http://127.0.0.1:8080"));
        assertThat(a.warmup()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"--clients=0", "--clients=1001", "--clients=x", "--clients=", "--clients",
            "--warmup=10", "--warmup=10h", "--warmup=-1s", "--duration=0s", "--duration=3h", "--mode=browser",
            "--url=ftp://host", "--url=http://127.0.0.1:8080/api", "--url=http://u:p@127.0.0.1:8080",
            "--url=http://127.0.0.1:8080?x=1", "--url=http://127.0.0.1:8080 --jar=his-web.jar",
            "--url=http://127.0.0.1:8080 --data-dir=/tmp/x", "--clients=5 --clients=6", "--verbose",
            "--start-timeout=1s", "clients=5"})
    void benchRestRefusesBadArguments(String line) {
        assertThatThrownBy(() -> BenchRestArguments.parse(List.of(line.split(" "))))
                .isInstanceOf(ExportArguments.Invalid.class)
                .hasMessageContaining("/"); // Vietnamese / English
    }

    @Test
    void benchStartupDefaultsToThreeRunsOfAtMostFiveMinutes() {
        BenchStartupArguments a = BenchStartupArguments.parse(List.of());
        assertThat(a).isEqualTo(new BenchStartupArguments(3, null, Duration.ofSeconds(300), null));
        assertThat(BenchStartupArguments.parse(List.of("--runs=5", "--jar=a.jar", "--timeout=3m")))
                .isEqualTo(new BenchStartupArguments(5, Path.of("a.jar"), Duration.ofMinutes(3), null));
    }

    @Test
    void benchStartupTakesAPreparedFolderOnlyWhenItHoldsTheJarAndTheArchive(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> BenchStartupArguments.parse(List.of("--prepared=" + dir)))
                .isInstanceOf(ExportArguments.Invalid.class).hasMessageContaining("prepare-start");
        Files.writeString(dir.resolve(PreparedStart.JAR), "jar");
        assertThatThrownBy(() -> BenchStartupArguments.parse(List.of("--prepared=" + dir)))
                .isInstanceOf(ExportArguments.Invalid.class);
        Files.writeString(dir.resolve(PreparedStart.ARCHIVE), "archive");
        assertThat(BenchStartupArguments.parse(List.of("--prepared=" + dir)).prepared()).isEqualTo(dir);
        assertThat(new PreparedStart(dir).command("java")).containsExactly("java",
                "-XX:SharedArchiveFile=" + dir.toAbsolutePath().resolve(PreparedStart.ARCHIVE), "-jar",
                dir.toAbsolutePath().resolve(PreparedStart.JAR).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--runs=0", "--runs=21", "--runs=three", "--runs=1 --runs=2", "--timeout=1s",
            "--timeout=1h", "--clients=5", "--jar="})
    void benchStartupRefusesBadArguments(String line) {
        assertThatThrownBy(() -> BenchStartupArguments.parse(List.of(line.split(" "))))
                .isInstanceOf(ExportArguments.Invalid.class);
    }

    @Test
    void mysqlUrlsNameAnotherDatabaseOnTheSameServer() {
        String url = "jdbc:mysql://127.0.0.1:3306/his?useUnicode=true&characterEncoding=UTF-8";
        assertThat(BenchStartupCli.MysqlUrl.database(url)).isEqualTo("his");
        assertThat(BenchStartupCli.MysqlUrl.withDatabase(url, "his_startup_1")).isEqualTo(
                "jdbc:mysql://127.0.0.1:3306/his_startup_1?useUnicode=true&characterEncoding=UTF-8"
                        + "&createDatabaseIfNotExist=true");
        assertThat(BenchStartupCli.MysqlUrl.withDatabase("jdbc:mysql://db:3306", "x"))
                .isEqualTo("jdbc:mysql://db:3306/x?createDatabaseIfNotExist=true");
        assertThat(BenchRestCli.withoutQuery(url)).isEqualTo("jdbc:mysql://127.0.0.1:3306/his");
        assertThat(BenchRestCli.withoutQuery(BenchRestCli.h2Url(Path.of("/tmp/d")))).isEqualTo("jdbc:h2:file:/tmp/d/his");
    }
}
