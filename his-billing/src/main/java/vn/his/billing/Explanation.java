package vn.his.billing;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import vn.his.core.i18n.Messages;

/**
 * One sentence that explains a pricing decision, kept as a message key plus arguments so that every edge can
 * render it in the user's language ({@code i18n/billing}). Arguments are strings or numbers (numbers are
 * formatted for the locale: 2.340.000 in Vietnamese, 2,340,000 in English).
 */
public record Explanation(String key, List<Object> args) {

    public Explanation {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static Explanation of(String key, Object... args) {
        return new Explanation(key, List.of(args));
    }

    /** The sentence in {@code locale}. */
    public String text(Locale locale) {
        return Messages.get(locale, key, args.toArray());
    }

    /** The sentence in Vietnamese. */
    public String vi() {
        return text(Messages.VIETNAMESE);
    }

    /** Joins explanations into one Vietnamese paragraph. */
    public static String joinVi(List<Explanation> explanations) {
        return String.join("; ", explanations.stream().map(Explanation::vi).toList());
    }
}
