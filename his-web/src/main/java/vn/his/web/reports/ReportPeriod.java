package vn.his.web.reports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import vn.his.web.api.InvalidRequestException;

/**
 * The period of a report screen, as typed: a month ({@code MM/yyyy} or {@code yyyy-MM}) or two days
 * {@code dd/MM/yyyy}, both included. A typing error, a reversed period or one longer than {@value #MAX_DAYS} days is
 * refused with an {@link InvalidRequestException} whose message the page shows.
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

    static final int MAX_DAYS = 366;
    static final int MAX_MONTHS = 12;
    private static final DateTimeFormatter ISO_MONTH = DateTimeFormatter.ofPattern("uuuu-MM")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SCREEN_MONTH = DateTimeFormatter.ofPattern("MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SCREEN_DAY = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SHOWN_DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public static ReportPeriod of(YearMonth month) {
        return new ReportPeriod(month.atDay(1), month.atEndOfMonth());
    }

    /**
     * The period typed: {@code month} when given, else {@code from}…{@code to}; nothing typed at all is the month of
     * {@code today}.
     */
    public static ReportPeriod parse(String month, String from, String to, LocalDate today) {
        if (month != null && !month.isBlank()) {
            return of(month(month));
        }
        boolean noFrom = from == null || from.isBlank();
        boolean noTo = to == null || to.isBlank();
        if (noFrom && noTo) {
            return of(YearMonth.from(today));
        }
        if (noFrom || noTo) {
            throw new InvalidRequestException("reports.period.bothDays", noFrom ? "from" : "to");
        }
        LocalDate f = day(from, "from");
        LocalDate t = day(to, "to");
        if (t.isBefore(f)) {
            throw new InvalidRequestException("reports.period.reversed", "to");
        }
        if (ChronoUnit.DAYS.between(f, t) + 1 > MAX_DAYS) {
            throw new InvalidRequestException("reports.period.tooLong", "to", MAX_DAYS);
        }
        return new ReportPeriod(f, t);
    }

    static YearMonth month(String text) {
        String t = text.strip();
        try {
            return YearMonth.parse(t, t.contains("/") ? SCREEN_MONTH : ISO_MONTH);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("reports.period.badMonth", "month", text);
        }
    }

    private static LocalDate day(String text, String field) {
        try {
            return LocalDate.parse(text.strip(), SCREEN_DAY);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("reports.period.badDay", field, text);
        }
    }

    /** The month when the period is exactly one calendar month (the workbooks are monthly), else null. */
    public YearMonth wholeMonth() {
        YearMonth m = YearMonth.from(from);
        return from.equals(m.atDay(1)) && to.equals(m.atEndOfMonth()) ? m : null;
    }

    /** The calendar months the period touches, oldest first (the province report is per month). */
    public List<YearMonth> months() {
        List<YearMonth> out = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            out.add(m);
        }
        if (out.size() > MAX_MONTHS) {
            throw new InvalidRequestException("reports.period.tooManyMonths", "to", MAX_MONTHS);
        }
        return out;
    }

    public YearMonth firstMonth() {
        return YearMonth.from(from);
    }

    public YearMonth lastMonth() {
        return YearMonth.from(to);
    }

    /** How many calendar months the period touches. */
    public long monthCount() {
        return ChronoUnit.MONTHS.between(firstMonth(), lastMonth()) + 1;
    }

    public String fromText() {
        return SHOWN_DAY.format(from);
    }

    public String toText() {
        return SHOWN_DAY.format(to);
    }

    /** {@code MM/yyyy} of the whole month, else empty. */
    public String monthText() {
        YearMonth m = wholeMonth();
        return m == null ? "" : SCREEN_MONTH.format(m);
    }
}
