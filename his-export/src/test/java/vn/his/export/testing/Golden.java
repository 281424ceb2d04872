package vn.his.export.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/golden/}. To regenerate them after an intended change of the
 * output, run the tests once with {@code -Dgolden.update=true}, e.g.
 * {@code ./mvnw -B -q -pl his-export -am test -Dtest=GoldenFilesTest -Dsurefire.failIfNoSpecifiedTests=false -Dgolden.update=true},
 * then review the diff of the golden files before committing. Off by default: tests compare byte for byte.
 */
public final class Golden {

    private static final Path SOURCE_DIR = Path.of("src/test/resources/golden");

    private Golden() {
    }

    public static boolean updating() {
        return Boolean.getBoolean("golden.update");
    }

    public static void assertMatches(String name, byte[] actual) {
        if (updating()) {
            try {
                Path file = SOURCE_DIR.resolve(name);
                Files.createDirectories(file.getParent());
                Files.write(file, actual);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        try (InputStream in = Golden.class.getClassLoader().getResourceAsStream("golden/" + name)) {
            assertThat(in).as("golden file %s (run with -Dgolden.update=true to create it)", name).isNotNull();
            byte[] expected = in.readAllBytes();
            assertThat(new String(actual, StandardCharsets.UTF_8)).as("golden " + name)
                    .isEqualTo(new String(expected, StandardCharsets.UTF_8));
            assertThat(actual).as("golden bytes " + name).isEqualTo(expected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
