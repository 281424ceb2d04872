package vn.his.export.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * XML1 totals equal the sums of the detail lines (QĐ 4750 Bảng 1, T_THUOC…T_BHTT_GDV; xml130.md §5.3), sums
 * rounded to 2 decimals: T_THUOC = Σ XML2.THANH_TIEN_BV; T_VTYT = Σ XML3.THANH_TIEN_BV of MA_NHOM 10, 11;
 * T_TONGCHI_BV, T_TONGCHI_BH, T_BNTT, T_BNCCT, T_NGUONKHAC = Σ over XML2 + XML3; T_BHTT = T_TONGCHI_BH − T_BNCCT;
 * T_BHTT_GDV = Σ T_BHTT of lines with MA_PTTT = 1.
 */
final class SummaryTotalsRule implements AssessmentRule {

    static final String TOTAL = "XML1_TOTAL";

    /** Supplies in the BHYT list and supplies paid by rate (QĐ 5937 PL3 groups 10, 11). */
    private static final Set<String> SUPPLY_GROUPS = Set.of("10", "11");

    @Override
    public List<String> ruleIds() {
        return List.of(TOTAL);
    }

    @Override
    public void check(AssessmentContext context, List<Finding> findings) {
        TableRow summary = context.summary();
        List<TableRow> drugs = context.rows("XML2");
        List<TableRow> services = context.rows("XML3");
        List<TableRow> lines = new java.util.ArrayList<>(drugs);
        lines.addAll(services);
        compare(summary, "T_THUOC", sum(drugs, "THANH_TIEN_BV", r -> true), findings);
        compare(summary, "T_VTYT", sum(services, "THANH_TIEN_BV", r -> SUPPLY_GROUPS.contains(r.text("MA_NHOM"))), findings);
        compare(summary, "T_TONGCHI_BV", sum(lines, "THANH_TIEN_BV", r -> true), findings);
        compare(summary, "T_TONGCHI_BH", sum(lines, "THANH_TIEN_BH", r -> true), findings);
        compare(summary, "T_BNTT", sum(lines, "T_BNTT", r -> true), findings);
        compare(summary, "T_BNCCT", sum(lines, "T_BNCCT", r -> true), findings);
        compare(summary, "T_NGUONKHAC", sum(lines, "T_NGUONKHAC", r -> true), findings);
        BigDecimal tongChiBh = summary.number("T_TONGCHI_BH");
        BigDecimal bncct = summary.number("T_BNCCT");
        if (tongChiBh != null && bncct != null) {
            compare(summary, "T_BHTT", tongChiBh.subtract(bncct), findings);
        }
        compare(summary, "T_BHTT_GDV", sum(lines, "T_BHTT", r -> "1".equals(r.text("MA_PTTT"))), findings);
    }

    private static void compare(TableRow summary, String field, BigDecimal expected, List<Finding> findings) {
        BigDecimal actual = summary.number(field);
        if (actual != null && actual.compareTo(expected) != 0) {
            findings.add(Findings.error(TOTAL, summary, field, field, actual, LineMoneyRule.round(expected)));
        }
    }

    private static BigDecimal sum(List<TableRow> rows, String field, Predicate<TableRow> filter) {
        BigDecimal total = BigDecimal.ZERO;
        for (TableRow r : rows) {
            BigDecimal v = r.number(field);
            if (v != null && filter.test(r)) {
                total = total.add(v);
            }
        }
        return LineMoneyRule.round(total);
    }
}
