package vn.his.core.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resolves user-facing texts from the message bundles of every module
 * ({@code i18n/core}, {@code i18n/billing}, {@code i18n/export}, {@code i18n/web}; properties files in UTF-8).
 * Vietnamese is the default locale, English the second one. Plain Java so that domain code can use it
 * without Spring; the web layer registers the same base names with Spring's MessageSource.
 */
public final class Messages {

    /** Vietnamese, the default language of every screen and message. */
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /** Base names of the bundles, one per module; a module that has none is skipped. */
    public static final List<String> BASE_NAMES = List.of("i18n/core", "i18n/billing", "i18n/export", "i18n/web");

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** Patterns by locale and key (bundles do not change while the application runs). */
    private static final Map<Locale, Map<String, Optional<String>>> PATTERNS = new ConcurrentHashMap<>();

    /** Parsed formats by locale and key; a prototype is cloned per use because MessageFormat is not thread-safe. */
    private static final Map<Locale, Map<String, MessageFormat>> FORMATS = new ConcurrentHashMap<>();

    private Messages() {
    }

    /** The Vietnamese text for {@code key}, formatted with {@code args}. */
    public static String vi(String key, Object... args) {
        return get(VIETNAMESE, key, args);
    }

    /** The text for {@code key} in {@code locale} (Vietnamese when the locale has no text), formatted with {@code args}. */
    public static String get(Locale locale, String key, Object... args) {
        String pattern = PATTERNS.computeIfAbsent(locale, l -> new ConcurrentHashMap<>())
                .computeIfAbsent(key, k -> Optional.ofNullable(pattern(locale, k)))
                .orElseThrow(() -> new MissingResourceException("No message for key " + key, Messages.class.getName(),
                        key));
        if (args.length == 0) {
            return pattern;
        }
        MessageFormat prototype = FORMATS.computeIfAbsent(locale, l -> new ConcurrentHashMap<>())
                .computeIfAbsent(key, k -> new MessageFormat(pattern, locale));
        return ((MessageFormat) prototype.clone()).format(args);
    }

    /** The raw pattern in {@code locale}, else in Vietnamese, else {@code null}. */
    private static String pattern(Locale locale, String key) {
        String pattern = find(locale, key);
        if (pattern == null && !locale.getLanguage().equals(VIETNAMESE.getLanguage())) {
            pattern = find(VIETNAMESE, key);
        }
        return pattern;
    }

    private static String find(Locale locale, String key) {
        for (String baseName : BASE_NAMES) {
            ResourceBundle bundle;
            try {
                bundle = ResourceBundle.getBundle(baseName, locale, Messages.class.getClassLoader(), NO_FALLBACK);
            } catch (MissingResourceException absent) {
                continue; // that module ships no bundle for this locale
            }
            if (bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        }
        return null;
    }
}
