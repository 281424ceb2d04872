package vn.his.export.report;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The figures of the monthly report's "Tổng hợp" sheet, added up from the same {@link ClaimReportRow}s that the list
 * sheet is written from: per {@link EncounterKind} the number of encounters, the cost groups and the XML1 totals, and
 * the grand total. The workbook's COUNTIF/SUMIF cells and the screens both reconcile with these figures. Not
 * thread-safe: one summary per report run.
 */
public final class MonthlyClaimSummary {

    /** One line of the summary: an encounter kind, or the total. */
    public record Line(int count, Map<CostGroup, BigDecimal> costs, BigDecimal tTongchiBv, BigDecimal tTongchiBh,
                       BigDecimal tBhtt, BigDecimal tBncct, BigDecimal tBntt) {

        static final Line EMPTY = new Line(0, Map.of(), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO);

        public Line {
            EnumMap<CostGroup, BigDecimal> all = new EnumMap<>(CostGroup.class);
            for (CostGroup g : CostGroup.values()) {
                all.put(g, costs.getOrDefault(g, BigDecimal.ZERO));
            }
            costs = Collections.unmodifiableMap(all);
        }

        public BigDecimal cost(CostGroup group) {
            return costs.get(group);
        }

        Line plus(ClaimReportRow r) {
            EnumMap<CostGroup, BigDecimal> sum = new EnumMap<>(costs);
            r.costs().forEach((g, v) -> sum.merge(g, v, BigDecimal::add));
            return new Line(count + 1, sum, tTongchiBv.add(r.tTongchiBv()), tTongchiBh.add(r.tTongchiBh()),
                    tBhtt.add(r.tBhtt()), tBncct.add(r.tBncct()), tBntt.add(r.tBntt()));
        }
    }

    private final EnumMap<EncounterKind, Line> byKind = new EnumMap<>(EncounterKind.class);
    private Line total = Line.EMPTY;

    public MonthlyClaimSummary() {
        for (EncounterKind k : EncounterKind.values()) {
            byKind.put(k, Line.EMPTY);
        }
    }

    /** Adds one encounter to its kind and to the total. */
    public void add(ClaimReportRow row) {
        byKind.merge(row.kind(), Line.EMPTY, (old, ignored) -> old.plus(row));
        total = total.plus(row);
    }

    public Line line(EncounterKind kind) {
        return byKind.get(kind);
    }

    /** Every kind, in the order of the sheet. */
    public Map<EncounterKind, Line> lines() {
        return Collections.unmodifiableMap(byKind);
    }

    public Line total() {
        return total;
    }
}
