package vn.his.export.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Properties;

/**
 * Texts of the gateway module for people — explanations of gateway result codes and card-check codes, reasons of
 * failed calls — in Vietnamese (default) and English, from {@code gateway/result-codes_vi.properties} and
 * {@code gateway/result-codes_en.properties} (UTF-8). Keys: {@code submission.<maKetQua>},
 * {@code card.<maKetQua>}, {@code cardCheck.<maKiemTra>}, {@code failure.<kind>}, plus a few general ones.
 */
public final class GatewayMessages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final String BASE = "gateway/result-codes_";

    private static volatile GatewayMessages standard;

    private final Map<String, Map<String, String>> byLanguage;

    GatewayMessages(Map<String, Map<String, String>> byLanguage) {
        this.byLanguage = Map.copyOf(byLanguage);
        if (!this.byLanguage.containsKey("vi")) {
            throw new IllegalArgumentException("Vietnamese texts are required");
        }
    }

    /** The texts shipped with the module, loaded once. */
    public static GatewayMessages standard() {
        GatewayMessages loaded = standard;
        if (loaded == null) {
            synchronized (GatewayMessages.class) {
                loaded = standard;
                if (loaded == null) {
                    loaded = new GatewayMessages(Map.of("vi", load("vi"), "en", load("en")));
                    standard = loaded;
                }
            }
        }
        return loaded;
    }

    /** True when {@code key} has a Vietnamese text. */
    public boolean has(String key) {
        return byLanguage.get("vi").containsKey(key);
    }

    /** The text of {@code key} in {@code locale} (Vietnamese when that language lacks it), formatted with {@code args}. */
    public String text(Locale locale, String key, Object... args) {
        Objects.requireNonNull(key, "key");
        Locale effective = locale == null ? VIETNAMESE : locale;
        Map<String, String> texts = byLanguage.getOrDefault(effective.getLanguage(), Map.of());
        String pattern = texts.get(key);
        if (pattern == null) {
            effective = VIETNAMESE;
            pattern = byLanguage.get("vi").get(key);
        }
        if (pattern == null) {
            throw new MissingResourceException("No gateway text for " + key, GatewayMessages.class.getName(), key);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, effective).format(args);
    }

    /** Explanation of a submission result code, or the "unknown code" text. */
    public String submissionCode(Locale locale, String maKetQua) {
        String key = "submission." + maKetQua.strip();
        return has(key) ? maKetQua.strip() + ": " + text(locale, key) : text(locale, "submission.unknown", maKetQua.strip());
    }

    /** Explanation of a card-check result code ({@code maKetQua} of KQNhanLichSuKCB2024), or the "unknown code" text. */
    public String cardCode(Locale locale, String maKetQua) {
        String key = "card." + maKetQua.strip();
        return has(key) ? maKetQua.strip() + ": " + text(locale, key) : text(locale, "card.unknown", maKetQua.strip());
    }

    /** Explanation of a card-check internal check code ({@code maKiemTra}), or the "unknown code" text. */
    public String cardCheckCode(Locale locale, String maKiemTra) {
        String key = "cardCheck." + maKiemTra.strip();
        return has(key) ? maKiemTra.strip() + ": " + text(locale, key) : text(locale, "cardCheck.unknown", maKiemTra.strip());
    }

    private static Map<String, String> load(String language) {
        String resource = BASE + language + ".properties";
        try (InputStream in = GatewayMessages.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> texts = new java.util.HashMap<>();
            properties.stringPropertyNames().forEach(k -> texts.put(k, properties.getProperty(k)));
            return Map.copyOf(texts);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
