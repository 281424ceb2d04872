package vn.his.web.fhir;

import java.time.LocalDate;
import java.time.LocalDateTime;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import ca.uhn.fhir.rest.param.DateParam;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ParamPrefixEnum;

import vn.his.web.api.InvalidRequestException;

/**
 * A FHIR date search parameter as a half-open interval of Asia/Ho_Chi_Minh wall-clock time: a day ({@code 2026-11-10},
 * {@code ge2026-11-01}, {@code le2026-11-30}) means that whole day in Vietnam; a time with an offset is converted.
 */
final class FhirDates {

    /** [from, toExclusive); either end may be null (open). */
    record Range(LocalDateTime from, LocalDateTime toExclusive) {
    }

    private FhirDates() {
    }

    static Range range(DateRangeParam param) {
        if (param == null) {
            return new Range(null, null);
        }
        LocalDateTime from = param.getLowerBound() == null ? null : lower(param.getLowerBound());
        LocalDateTime to = param.getUpperBound() == null ? null : upper(param.getUpperBound());
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidRequestException("api.period.invalid", "created", from, to);
        }
        return new Range(from, to);
    }

    private static LocalDateTime lower(DateParam p) {
        LocalDateTime[] span = span(p);
        return p.getPrefix() == ParamPrefixEnum.GREATERTHAN || p.getPrefix() == ParamPrefixEnum.STARTS_AFTER
                ? span[1] : span[0];
    }

    private static LocalDateTime upper(DateParam p) {
        LocalDateTime[] span = span(p);
        return p.getPrefix() == ParamPrefixEnum.LESSTHAN || p.getPrefix() == ParamPrefixEnum.ENDS_BEFORE
                ? span[0] : span[1];
    }

    /**
     * The [start, end) a value covers: the year, month or day as written (never shifted by the server's time zone),
     * or the millisecond of a time.
     */
    private static LocalDateTime[] span(DateParam p) {
        String text = p.getValueAsString();
        TemporalPrecisionEnum precision = p.getPrecision();
        if (precision == TemporalPrecisionEnum.YEAR) {
            LocalDate start = LocalDate.parse(text.substring(0, 4) + "-01-01");
            return new LocalDateTime[] {start.atStartOfDay(), start.plusYears(1).atStartOfDay()};
        }
        if (precision == TemporalPrecisionEnum.MONTH) {
            LocalDate start = LocalDate.parse(text.substring(0, 7) + "-01");
            return new LocalDateTime[] {start.atStartOfDay(), start.plusMonths(1).atStartOfDay()};
        }
        if (precision == TemporalPrecisionEnum.DAY) {
            LocalDate day = LocalDate.parse(text.substring(0, 10));
            return new LocalDateTime[] {day.atStartOfDay(), day.plusDays(1).atStartOfDay()};
        }
        LocalDateTime t = FhirMapper.local(p.getValue());
        return new LocalDateTime[] {t, t.plusNanos(1_000_000)};
    }
}
