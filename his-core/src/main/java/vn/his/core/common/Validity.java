package vn.his.core.common;

import java.time.LocalDate;

/** The one rule for dated rows (codes, cards, prices): valid from a first day to an optional last day, both included. */
public final class Validity {

    private Validity() {
    }

    public static boolean covers(LocalDate from, LocalDate to, LocalDate date) {
        return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }
}
