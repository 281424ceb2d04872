package vn.his.web.bench;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.his.web.cli.ExportArguments;

/**
 * The {@code --name=value} options of a benchmark command, read once: unknown names, a missing value and a name given
 * twice are refused (in Vietnamese and English, as {@link ExportArguments}); the typed getters check each value.
 */
final class BenchOptions {

    private static final Pattern DURATION = Pattern.compile("(\\d{1,6})(ms|s|m)");

    private final Map<String, String> values = new LinkedHashMap<>();

    private BenchOptions() {
    }

    static BenchOptions parse(List<String> args, Set<String> known) {
        BenchOptions options = new BenchOptions();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg : arg.substring(0, eq);
            String value = eq < 0 ? null : arg.substring(eq + 1).strip();
            if (!known.contains(name)) {
                throw invalid("Tham số không rõ / unknown argument: " + arg);
            }
            if (value == null || value.isEmpty()) {
                throw invalid("Thiếu giá trị cho " + name + " / missing value for " + name);
            }
            if (options.values.putIfAbsent(name, value) != null) {
                throw invalid(name + " chỉ được khai một lần / " + name + " given twice");
            }
        }
        return options;
    }

    static ExportArguments.Invalid invalid(String message) {
        return new ExportArguments.Invalid(message);
    }

    String text(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    int integer(String name, int fallback, int min, int max) {
        String v = values.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below with the allowed range
        }
        throw invalid(name + "=" + v + ": cần số nguyên từ " + min + " đến " + max + " / an integer from " + min
                + " to " + max + " is required");
    }

    /** {@code 500ms}, {@code 10s}, {@code 2m}, between {@code min} and {@code max}. */
    Duration duration(String name, Duration fallback, Duration min, Duration max) {
        String v = values.get(name);
        if (v == null) {
            return fallback;
        }
        Matcher m = DURATION.matcher(v);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            Duration d = switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                default -> Duration.ofMinutes(n);
            };
            if (d.compareTo(min) >= 0 && d.compareTo(max) <= 0) {
                return d;
            }
        }
        throw invalid(name + "=" + v + ": cần thời lượng như 500ms, 30s, 2m, từ " + min.toMillis() + " ms đến "
                + max.toSeconds() + " s / a duration such as 500ms, 30s or 2m, from " + min.toMillis() + " ms to "
                + max.toSeconds() + " s is required");
    }

    Path path(String name) {
        String v = values.get(name);
        if (v == null) {
            return null;
        }
        try {
            return Path.of(v);
        } catch (InvalidPathException e) {
            throw invalid(name + "=" + v + ": đường dẫn không hợp lệ / invalid path");
        }
    }

    /** An {@code http://host:port} base URL without path, query or user information; null when not given. */
    URI baseUrl(String name) {
        String v = values.get(name);
        if (v == null) {
            return null;
        }
        try {
            URI uri = new URI(v.endsWith("/") ? v.substring(0, v.length() - 1) : v);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getUserInfo() == null && (uri.getPath() == null || uri.getPath().isEmpty())
                    && uri.getQuery() == null && uri.getFragment() == null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // refused below
        }
        throw invalid(name + "=" + v + ": cần địa chỉ như http://127.0.0.1:8080 / a base URL such as "
                + "http://127.0.0.1:8080 is required");
    }

    String choice(String name, String fallback, List<String> allowed) {
        String v = values.getOrDefault(name, fallback);
        if (!allowed.contains(v)) {
            throw invalid(name + "=" + v + ": cần một trong " + allowed + " / one of " + allowed + " is required");
        }
        return v;
    }
}
