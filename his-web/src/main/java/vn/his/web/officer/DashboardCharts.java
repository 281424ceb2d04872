package vn.his.web.officer;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import vn.his.web.billing.StatementFormat;
import vn.his.web.officer.OfficerQueries.FacilityFigures;
import vn.his.web.officer.OfficerService.Dashboard;

/** The three charts of the dashboard as inline SVG ({@link SvgCharts}), labelled in the page's language. */
public record DashboardCharts(String perDay, String amounts, String rates) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM");

    static DashboardCharts of(Dashboard d, MessageSource messages, Locale locale, StatementFormat fmt) {
        String perDay = SvgCharts.bars("chart-per-day", text(messages, locale, "officer.chart.perDay"),
                d.perDay().stream().map(c -> new SvgCharts.Bar(DAY.format(c.day()), BigDecimal.valueOf(c.claims()),
                        String.valueOf(c.claims()))).toList(), 200);
        List<FacilityFigures> facilities = d.perFacility();
        String amounts = SvgCharts.pairs("chart-amounts", text(messages, locale, "officer.chart.amounts"),
                text(messages, locale, "officer.claimed"), text(messages, locale, "officer.acceptedAmount"),
                facilities.stream().map(f -> new SvgCharts.Pair(f.facilityCode(), f.claimed(), fmt.money(f.claimed()),
                        f.acceptedAmount(), fmt.money(f.acceptedAmount()))).toList(), 240);
        String rates = SvgCharts.rates("chart-rates", text(messages, locale, "officer.chart.rates"),
                facilities.stream().map(f -> new SvgCharts.Bar(f.facilityCode(), f.acceptanceRate(),
                        f.acceptanceRate() == null ? "—" : fmt.number(f.acceptanceRate()) + " % (" + f.accepted()
                                + "/" + (f.accepted() + f.refused()) + ")")).toList());
        return new DashboardCharts(perDay, amounts, rates);
    }

    private static String text(MessageSource messages, Locale locale, String key) {
        return messages.getMessage(key, null, locale);
    }
}
