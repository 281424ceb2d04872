package vn.his.core.patient;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A date of birth that may be partial: year only, year and month, or a full date with an optional time (newborns up
 * to 28 days). QĐ 4750 Bảng 1 NGAY_SINH is 12 characters yyyyMMddHHmm with '0000' for an unknown day-and-month and
 * '0000' for an unknown time.
 */
public record BirthDate(int year, Integer month, Integer day, String time) {

    public BirthDate {
        if (year < 1880 || year > 9999) {
            throw new InvalidPatientDataException("patient.birth.invalid", String.valueOf(year));
        }
        if (day != null && month == null) {
            throw new InvalidPatientDataException("patient.birth.invalid", year + "-??-" + day);
        }
        try {
            if (month != null) {
                YearMonth ym = YearMonth.of(year, month);
                if (day != null) {
                    ym.atDay(day);
                }
            }
        } catch (DateTimeException e) {
            throw new InvalidPatientDataException("patient.birth.invalid", year + "-" + month + "-" + day);
        }
        if (time != null && !time.matches("([01]\\d|2[0-3])[0-5]\\d")) {
            throw new InvalidPatientDataException("patient.birth.time.invalid", time);
        }
    }

    public static BirthDate of(LocalDate date) {
        return new BirthDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), null);
    }

    public static BirthDate yearOnly(int year) {
        return new BirthDate(year, null, null, null);
    }

    /** Refuses a birth date after {@code today}. */
    public BirthDate notAfter(LocalDate today) {
        LocalDate earliest = LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
        if (earliest.isAfter(today)) {
            throw new InvalidPatientDataException("patient.birth.future", toXmlValue());
        }
        return this;
    }

    /** The 12-character NGAY_SINH of QĐ 4750 Bảng 1. */
    public String toXmlValue() {
        String monthDay = month == null ? "0000" : String.format("%02d%02d", month, day == null ? 0 : day);
        return String.format("%04d", year) + monthDay + (time == null ? "0000" : time);
    }

    /** dd/MM/yyyy with unknown parts left out (MM/yyyy, yyyy) for screens. */
    public String display() {
        if (month == null) {
            return String.valueOf(year);
        }
        if (day == null) {
            return String.format("%02d/%04d", month, year);
        }
        return String.format("%02d/%02d/%04d", day, month, year);
    }

    public boolean isFull() {
        return day != null;
    }
}
