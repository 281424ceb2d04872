package vn.his.web.reception;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.springframework.stereotype.Component;

/**
 * How screens show and read values: money {@code 1.234.567 ₫} (Vietnamese grouping, decimals only when not whole),
 * dates dd/MM/yyyy, times dd/MM/yyyy HH:mm. Available in templates as {@code @screenFormat}.
 */
@Component
public class ScreenFormat {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    public String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        BigDecimal a = amount.setScale(2, RoundingMode.HALF_UP);
        String pattern = a.stripTrailingZeros().scale() <= 0 ? "#,##0" : "#,##0.00";
        return new DecimalFormat(pattern, symbols).format(a) + " ₫";
    }

    public String quantity(BigDecimal q) {
        if (q == null) {
            return "";
        }
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat("#,##0.###", symbols).format(q);
    }

    public String date(LocalDate d) {
        return d == null ? "" : d.format(DATE);
    }

    public String dateTime(LocalDateTime t) {
        return t == null ? "" : t.format(DATE_TIME);
    }

    /** dd/MM/yyyy, MM/yyyy or yyyy typed by a person → the API's yyyy[-MM[-dd]]; anything else unchanged. */
    public static String isoBirthDate(String typed) {
        if (typed == null) {
            return null;
        }
        String t = typed.strip();
        if (t.matches("\\d{1,2}/\\d{1,2}/\\d{4}")) {
            String[] p = t.split("/");
            return String.format("%s-%02d-%02d", p[2], Integer.parseInt(p[1]), Integer.parseInt(p[0]));
        }
        if (t.matches("\\d{1,2}/\\d{4}")) {
            String[] p = t.split("/");
            return String.format("%s-%02d", p[1], Integer.parseInt(p[0]));
        }
        return t;
    }

    /** dd/MM/yyyy → a date; blank → null; anything else → {@link IllegalArgumentException} naming the field. */
    public static LocalDate parseDate(String typed, String field) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip(), DateTimeFormatter.ofPattern("d/M/uuuu"));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field);
        }
    }
}
