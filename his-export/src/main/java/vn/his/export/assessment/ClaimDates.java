package vn.his.export.assessment;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Parses the date formats of QĐ 130 strictly: yyyyMMddHHmm (24 h) and yyyyMMdd. */
final class ClaimDates {

    private static final DateTimeFormatter DATE12 = DateTimeFormatter.ofPattern("uuuuMMddHHmm")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DATE8 = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);

    private ClaimDates() {
    }

    static Optional<LocalDateTime> dateTime(String text) {
        if (text == null || !text.matches("\\d{12}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(text, DATE12));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static Optional<LocalDate> date(String text) {
        if (text == null || !text.matches("\\d{8}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text, DATE8));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** NGAY_SINH: yyyyMMddHHmm where an unknown month and day are 0000 and unknown hour and minute 0000. */
    static boolean validBirth(String text) {
        if (text == null || !text.matches("\\d{12}")) {
            return false;
        }
        String year = text.substring(0, 4);
        String monthDay = text.substring(4, 8);
        String time = text.substring(8);
        boolean dateOk = monthDay.equals("0000") ? year.compareTo("1800") > 0 : date(text.substring(0, 8)).isPresent();
        boolean timeOk = time.equals("0000") || dateTime("20000101" + time).isPresent();
        return dateOk && timeOk;
    }

    /** Each part of a ';'-separated list; an empty part is kept as "" so that it fails the format check. */
    static List<String> parts(String text) {
        List<String> parts = new ArrayList<>();
        if (text == null) {
            return parts;
        }
        for (String p : text.split(";", -1)) {
            parts.add(p.trim());
        }
        return parts;
    }
}
