package vn.his.web.api;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import vn.his.core.i18n.Messages;

/** The language of an API or FHIR answer: English when Accept-Language prefers it to Vietnamese, else Vietnamese. */
public final class ApiLocale {

    private ApiLocale() {
    }

    public static Locale of(HttpServletRequest request) {
        return of(request.getHeader("Accept-Language"));
    }

    public static Locale of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Messages.VIETNAMESE;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                String lang = range.getRange().split("-")[0];
                if (lang.equals("vi")) {
                    return Messages.VIETNAMESE;
                }
                if (lang.equals("en")) {
                    return Locale.ENGLISH;
                }
            }
        } catch (IllegalArgumentException malformed) {
            return Messages.VIETNAMESE; // a malformed header is no reason to refuse the request
        }
        return Messages.VIETNAMESE;
    }

    /** Only the languages the bundles have, for tests and documentation. */
    public static final List<String> SUPPORTED = List.of("vi", "en");
}
