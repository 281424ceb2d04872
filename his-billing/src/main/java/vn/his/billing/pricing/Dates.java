package vn.his.billing.pricing;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Dates as shown in explanations (dd/MM/yyyy, dd/MM/yyyy HH:mm). */
final class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private Dates() {
    }

    static String day(LocalDate date) {
        return DAY.format(date);
    }

    static String minute(LocalDateTime time) {
        return MINUTE.format(time);
    }
}
