package vn.his.web.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import vn.his.export.report.EncounterKind;
import vn.his.export.report.MonthlyClaimSummary;
import vn.his.export.report.ProvinceReconciliation;
import vn.his.web.billing.StatementFormat;
import vn.his.web.officer.SvgCharts;

/** The inline SVG charts of the report pages, drawn from the same figures as their tables. */
final class ReportCharts {

    private ReportCharts() {
    }

    /** T_TONGCHI_BV and T_BHTT per encounter kind. */
    static String byKind(MonthlyClaimSummary summary, MessageSource messages, Locale locale) {
        StatementFormat fmt = new StatementFormat(locale);
        List<SvgCharts.Pair> pairs = new ArrayList<>();
        for (EncounterKind k : EncounterKind.values()) {
            MonthlyClaimSummary.Line l = summary.line(k);
            pairs.add(new SvgCharts.Pair(messages.getMessage(k.messageKey(), null, locale), l.tTongchiBv(),
                    fmt.money(l.tTongchiBv()), l.tBhtt(), fmt.money(l.tBhtt())));
        }
        return SvgCharts.pairs("chart-by-kind", messages.getMessage("reports.chart.byKind", null, locale),
                messages.getMessage("report.col.tTongchiBv", null, locale),
                messages.getMessage("report.col.tBhtt", null, locale), pairs, 220);
    }

    /** Claimed and accepted per facility over the period. */
    static String perFacility(List<ProvinceReconciliation.Figures> figures, MessageSource messages, Locale locale) {
        StatementFormat fmt = new StatementFormat(locale);
        List<SvgCharts.Pair> pairs = figures.stream().map(f -> new SvgCharts.Pair(f.facilityCode(), f.claimed(),
                fmt.money(f.claimed()), f.accepted(), fmt.money(f.accepted()))).toList();
        return SvgCharts.pairs("chart-per-facility", messages.getMessage("reports.chart.perFacility", null, locale),
                messages.getMessage("recon.col.claimed", null, locale),
                messages.getMessage("recon.col.accepted", null, locale), pairs, 220);
    }
}
