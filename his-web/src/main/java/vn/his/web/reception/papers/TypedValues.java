package vn.his.web.reception.papers;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * Reads what a person typed in a paper form: dates dd/MM/yyyy, times dd/MM/yyyy HH:mm, whole numbers. Blank is null; a
 * value that does not read is recorded in {@link PaperErrors} against its field, and null is returned. The
 * {@code typed} methods give a recorded value back the way a person types it (the edit forms are pre-filled so).
 */
final class TypedValues {

    // strict: 31/02 is refused, not moved to the end of February
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d/M/uuuu H:mm")
            .withResolverStyle(ResolverStyle.STRICT);

    private static final DateTimeFormatter SHOWN_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final DateTimeFormatter SHOWN_DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");

    private TypedValues() {
    }

    static LocalDate date(String typed, String field, PaperErrors errors) {
        if (blank(typed)) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip(), DATE);
        } catch (DateTimeParseException e) {
            errors.unreadable(field, "screen.date.invalid");
            return null;
        }
    }

    static LocalDateTime dateTime(String typed, String field, PaperErrors errors) {
        if (blank(typed)) {
            return null;
        }
        try {
            return LocalDateTime.parse(typed.strip().replaceAll("\\s+", " "), DATE_TIME);
        } catch (DateTimeParseException e) {
            errors.unreadable(field, "papers.dateTime.invalid");
            return null;
        }
    }

    static Integer number(String typed, String field, PaperErrors errors) {
        if (blank(typed)) {
            return null;
        }
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            errors.unreadable(field, "papers.number.invalid");
            return null;
        }
    }

    static String typed(LocalDate d) {
        return d == null ? null : d.format(SHOWN_DATE);
    }

    static String typed(LocalDateTime t) {
        return t == null ? null : t.format(SHOWN_DATE_TIME);
    }

    static String typed(Integer n) {
        return n == null ? null : n.toString();
    }

    private static boolean blank(String typed) {
        return typed == null || typed.isBlank();
    }
}
