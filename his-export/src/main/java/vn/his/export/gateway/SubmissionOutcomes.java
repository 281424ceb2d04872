package vn.his.export.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * Classification of the gateway result codes ({@code maKetQua}) into outcomes, kept as data in
 * {@code gateway/submission-outcomes.properties} (code = ACCEPTED | RETRYABLE | REJECTED). The code list of the
 * QĐ 130/4750/3176 API is not published beyond "200 – success, 401 unauthen, 403 – unauthoried…" (CV 1245 §I.2.3);
 * the other codes come from the 4210-era API (xml130.md §5.5 [C]), so the table is meant to be edited as codes are
 * observed [I]. A code that is not listed is REJECTED: an unknown answer of the gateway is a judgement of the file,
 * and re-sending the same bytes forever would hide it.
 */
public final class SubmissionOutcomes {

    public static final String RESOURCE = "gateway/submission-outcomes.properties";
    public static final String SUCCESS = "200";

    private final Map<String, SubmissionOutcome> byCode;

    public SubmissionOutcomes(Map<String, SubmissionOutcome> byCode) {
        this.byCode = Map.copyOf(byCode);
        if (this.byCode.get(SUCCESS) != SubmissionOutcome.ACCEPTED) {
            throw new IllegalArgumentException("code 200 must be ACCEPTED");
        }
        if (this.byCode.entrySet().stream().anyMatch(e -> e.getValue() == SubmissionOutcome.ACCEPTED
                && !e.getKey().equals(SUCCESS))) {
            throw new IllegalArgumentException("only code 200 means ACCEPTED (CV 1245 §I.2.3)");
        }
    }

    /** The table shipped with the module. */
    public static SubmissionOutcomes standard() {
        try (InputStream in = SubmissionOutcomes.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, SubmissionOutcome> table = new HashMap<>();
            for (String code : properties.stringPropertyNames()) {
                table.put(code.strip(), SubmissionOutcome.valueOf(properties.getProperty(code).strip()));
            }
            return new SubmissionOutcomes(table);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    public SubmissionOutcome classify(String maKetQua) {
        Objects.requireNonNull(maKetQua, "maKetQua");
        return byCode.getOrDefault(maKetQua.strip(), SubmissionOutcome.REJECTED);
    }

    /** Number of codes per outcome, for diagnostics. */
    public Map<SubmissionOutcome, Integer> counts() {
        Map<SubmissionOutcome, Integer> counts = new EnumMap<>(SubmissionOutcome.class);
        byCode.values().forEach(o -> counts.merge(o, 1, Integer::sum));
        return counts;
    }
}
