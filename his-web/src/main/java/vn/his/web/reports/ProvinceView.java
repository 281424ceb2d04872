package vn.his.web.reports;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import vn.his.export.report.ProvinceReconciliation;
import vn.his.export.report.ProvinceReconciliation.Figures;
import vn.his.export.report.ProvinceReconciliation.Reason;

/**
 * The province page's tables, put together from the monthly results of {@link ProvinceReconciliation} (no figure of
 * its own): one row per facility and month, per facility over the period, the period's total, and the refusal reasons
 * of the period ranked by amount (a reason of several months added up).
 */
public record ProvinceView(List<Row> rows, List<Figures> perFacility, Figures total, List<Reason> reasons,
                           Map<String, String> names) {

    /** One facility in one month. */
    public record Row(YearMonth month, Figures figures) {
    }

    static ProvinceView of(List<ProvinceReconciliation.Result> months) {
        List<Row> rows = new ArrayList<>();
        Map<String, Figures> byFacility = new TreeMap<>();
        Figures total = new Figures(null, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
        Map<String, String> names = new HashMap<>();
        for (ProvinceReconciliation.Result r : months) {
            names.putAll(r.facilityNames());
            for (Figures f : r.perFacility().values()) {
                rows.add(new Row(r.month(), f));
                byFacility.merge(f.facilityCode(), f, ProvinceView::add);
            }
            total = add(total, r.total());
        }
        // ranked as in the workbook (ProvinceReconciliationReport)
        return new ProvinceView(List.copyOf(rows), List.copyOf(byFacility.values()), total,
                ProvinceReconciliation.rankAcross(months), Map.copyOf(names));
    }

    private static Figures add(Figures a, Figures b) {
        return new Figures(a.facilityCode(), a.claims() + b.claims(), a.assessedClaims() + b.assessedClaims(),
                a.claimed().add(b.claimed()), a.accepted().add(b.accepted()), a.refused().add(b.refused()),
                a.pending().add(b.pending()));
    }
}
