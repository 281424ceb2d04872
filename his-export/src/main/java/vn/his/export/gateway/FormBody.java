package vn.his.export.gateway;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An {@code application/x-www-form-urlencoded} body (HTML form encoding, UTF-8). Base64 payloads contain
 * {@code +}, {@code /} and {@code =}, which this encoding turns into {@code %2B}, {@code %2F} and {@code %3D};
 * a raw {@code +} would be read back as a space by the gateway (xml130.md §6.4).
 */
final class FormBody {

    private final Map<String, String> fields = new LinkedHashMap<>();

    FormBody add(String name, String value) {
        fields.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, name));
        return this;
    }

    String encode() {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            if (!out.isEmpty()) {
                out.append('&');
            }
            out.append(URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8));
        }
        return out.toString();
    }
}
