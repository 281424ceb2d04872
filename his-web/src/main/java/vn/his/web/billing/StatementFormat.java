package vn.his.web.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import vn.his.billing.Explanation;

/**
 * How the cost statement page writes values: money {@code 1.234.567 ₫} (cents only when there are some:
 * {@code 21.022,50 ₫}; English groups with commas), dates dd/MM/yyyy, times dd/MM/yyyy HH:mm, explanations in
 * the page's language.
 */
public final class StatementFormat {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final Locale locale;
    private final DecimalFormatSymbols symbols;

    public StatementFormat(Locale locale) {
        this.locale = locale;
        boolean english = "en".equals(locale.getLanguage());
        this.symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator(english ? ',' : '.');
        symbols.setDecimalSeparator(english ? '.' : ',');
    }

    /** {@code 1.234.567 ₫}, with 2 decimals only when the amount has cents. */
    public String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        return number(amount.setScale(2, RoundingMode.HALF_UP), 2) + " ₫";
    }

    /** A quantity, unit price or percentage: grouped, up to 3 decimals, no trailing zeros. */
    public String number(BigDecimal value) {
        return value == null ? "" : number(value, 3);
    }

    private String number(BigDecimal value, int maxDecimals) {
        boolean fraction = value.stripTrailingZeros().scale() > 0;
        DecimalFormat format = new DecimalFormat(fraction ? "#,##0." + "0".repeat(maxDecimals == 2 ? 2 : 0)
                + "#".repeat(maxDecimals == 2 ? 0 : maxDecimals) : "#,##0", symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    public String day(LocalDateTime time) {
        return time == null ? "" : DAY.format(time);
    }

    public String minute(LocalDateTime time) {
        return time == null ? "" : MINUTE.format(time);
    }

    public String text(Explanation explanation) {
        return explanation == null ? "" : explanation.text(locale);
    }

    /** Several explanations as one sentence list. */
    public String texts(List<Explanation> explanations) {
        return String.join("; ", explanations.stream().map(this::text).toList());
    }
}
