package vn.his.web.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import vn.his.web.api.InvalidRequestException;

/** The typed period of the report screens: a month or two days, refused with a message key when wrong. */
class ReportPeriodTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void aMonthInEitherFormIsTheWholeMonth() {
        ReportPeriod p = ReportPeriod.parse("11/2026", null, null, TODAY);
        assertThat(p).isEqualTo(ReportPeriod.parse("2026-11", "", "", TODAY));
        assertThat(p.from()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(p.to()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(p.wholeMonth()).isEqualTo(YearMonth.of(2026, 11));
        assertThat(p.monthText()).isEqualTo("11/2026");
    }

    @Test
    void nothingTypedIsTheCurrentMonthAndTwoDaysAreAPeriod() {
        assertThat(ReportPeriod.parse(null, null, null, TODAY).wholeMonth()).isEqualTo(YearMonth.of(2026, 11));
        ReportPeriod p = ReportPeriod.parse(null, "5/10/2026", "30/11/2026", TODAY);
        assertThat(p.wholeMonth()).isNull();
        assertThat(p.fromText()).isEqualTo("05/10/2026");
        assertThat(p.months()).containsExactly(YearMonth.of(2026, 10), YearMonth.of(2026, 11));
        assertThat(ReportPeriod.parse(null, "01/02/2026", "28/02/2026", TODAY).wholeMonth())
                .isEqualTo(YearMonth.of(2026, 2));
    }

    @Test
    void wrongInputIsRefusedWithItsMessageKey() {
        assertRefused("13/2026", null, null, "reports.period.badMonth");
        assertRefused("2026-1x", null, null, "reports.period.badMonth");
        assertRefused(null, "30/11/2026", "01/11/2026", "reports.period.reversed");
        assertRefused(null, "31/02/2026", "01/03/2026", "reports.period.badDay");
        assertRefused(null, "01/11/2026", null, "reports.period.bothDays");
        assertRefused(null, "01/01/2025", "02/01/2026", "reports.period.tooLong");
        assertThatThrownBy(() -> ReportPeriod.parse(null, "15/01/2025", "14/01/2026", TODAY).months())
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("reports.period.tooManyMonths"));
    }

    private static void assertRefused(String month, String from, String to, String key) {
        assertThatThrownBy(() -> ReportPeriod.parse(month, from, to, TODAY))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
