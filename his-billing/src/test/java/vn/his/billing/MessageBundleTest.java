package vn.his.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.his.billing.rules.ServiceRateKind;
import vn.his.billing.settlement.PaymentMethod;
import vn.his.billing.statement.CostSection;
import vn.his.billing.statement.CostStatementWorkbookColumns;

/** Every message key the code uses exists in Vietnamese and English; the plain bundle is the Vietnamese one. */
class MessageBundleTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundleTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> keysUsedInCode() throws IOException {
        Set<String> keys = new TreeSet<>();
        Pattern pattern = Pattern.compile("\"(billing\\.[A-Za-z0-9_.]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    String key = m.group(1);
                    if (key.endsWith(".")) {
                        for (String suffix : suffixes(key)) {
                            keys.add(key + suffix);
                        }
                    } else {
                        keys.add(key);
                    }
                }
            }
        }
        return keys;
    }

    /** The endings of a key the code completes at run time. */
    private static List<String> suffixes(String prefix) {
        return switch (prefix) {
            case "billing.line.serviceRate." -> Arrays.stream(ServiceRateKind.values()).map(Enum::name).toList();
            case "billing.statement.section." -> Arrays.stream(CostSection.values()).map(Enum::name).toList();
            case "billing.statement.paymentMethod." -> Arrays.stream(PaymentMethod.values()).map(Enum::name).toList();
            case "billing.statement.gender." -> List.of("1", "2", "3");
            case "billing.statement.col." -> List.of(CostStatementWorkbookColumns.names());
            default -> throw new AssertionError("a key completed at run time that the test does not know: " + prefix);
        };
    }

    @Test
    void bundlesAreCompleteAndConsistent() throws IOException {
        Properties vi = load("i18n/billing_vi.properties");
        Properties en = load("i18n/billing_en.properties");
        Properties plain = load("i18n/billing.properties");
        Set<String> used = keysUsedInCode();
        assertThat(used).hasSizeGreaterThan(60);
        assertThat(vi.stringPropertyNames()).containsAll(used);
        assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(vi.stringPropertyNames());
        assertThat(plain).isEqualTo(vi);
        assertThat(vi.getProperty("billing.line.noCard")).contains("không có thẻ BHYT còn hạn");
    }
}
