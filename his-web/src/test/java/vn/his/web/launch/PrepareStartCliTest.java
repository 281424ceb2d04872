package vn.his.web.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrepareStartCliTest {

    @Test
    void theClassListKeepsClassNamesAndDropsTheLambdaEntriesThatCrashTheJdk17Dump(@TempDir Path dir)
            throws Exception {
        Path list = dir.resolve("classes.lst");
        Files.write(list, List.of("# NOTE: Do not modify this file.", "java/lang/Object id: 0",
                "org/springframework/boot/SpringApplication",
                "@lambda-proxy org/springframework/boot/SpringApplication run ()Ljava/lang/Runnable;",
                "@lambda-form-invoker [LF_RESOLVE] java.lang.invoke.DirectMethodHandle$Holder invokeStatic L_V",
                "vn/his/web/HisApplication"), StandardCharsets.UTF_8);

        assertThat(PrepareStartCli.keepDumpableEntries(list)).isEqualTo(3);
        assertThat(Files.readAllLines(list, StandardCharsets.UTF_8)).containsExactly(
                "# NOTE: Do not modify this file.", "java/lang/Object id: 0",
                "org/springframework/boot/SpringApplication", "vn/his/web/HisApplication");
    }

    @Test
    void refusesAnythingButOneDirectory() {
        for (List<String> args : List.of(List.<String>of(), List.of("--dir="), List.of("--out=x"),
                List.of("--dir=a", "--dir=b"))) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = PrepareStartCli.run(args, new PrintStream(new ByteArrayOutputStream()),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            assertThat(code).as(args.toString()).isEqualTo(1);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("--dir=DIR").contains("/");
        }
    }
}
