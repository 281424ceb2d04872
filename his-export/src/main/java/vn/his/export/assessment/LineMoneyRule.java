package vn.his.export.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Money formulas per line of XML2 and XML3 (QĐ 4750 appendix, Bảng 2 and Bảng 3; xml130.md §5.2), every product
 * rounded to 2 decimals HALF_UP:
 * <pre>
 * XML2 THANH_TIEN_BV = SO_LUONG × DON_GIA            THANH_TIEN_BH = SO_LUONG × DON_GIA × TYLE_TT_BH/100
 * XML3 THANH_TIEN_BV = SO_LUONG × DON_GIA_BV × TYLE_TT_DV/100   (4750 correction; "/100" inferred [I])
 *      THANH_TIEN_BH = SO_LUONG × DON_GIA_BH × TYLE_TT_BH/100 (× TYLE_TT_DV/100 for the special services)
 * T_NGUONKHAC = NSNN + VTNN + VTTN + CL
 * BNTT* = BV − BH;  BHTT* = BH × MUC_HUONG/100;  BNCCT* = BH − BHTT*; then other sources NK consume BNTT, BNCCT,
 * BHTT in that order (case a), and THANH_TIEN_BV = T_BHTT + T_BNCCT + T_BNTT + T_NGUONKHAC.
 * </pre>
 * When NK &gt; 0 the decision also allows support given to the facility (case b) and the ARV rule (case c), so a
 * split that differs from case a is only a WARNING then.
 */
final class LineMoneyRule implements AssessmentRule {

    static final String AMOUNT_BV = "LINE_AMOUNT_BV";
    static final String AMOUNT_BH = "LINE_AMOUNT_BH";
    static final String OTHER_SOURCES = "LINE_OTHER_SOURCES";
    static final String SPLIT = "LINE_SPLIT";
    static final String BALANCE = "LINE_BALANCE";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public List<String> ruleIds() {
        return List.of(AMOUNT_BV, AMOUNT_BH, OTHER_SOURCES, SPLIT, BALANCE);
    }

    @Override
    public void check(AssessmentContext context, List<Finding> findings) {
        for (TableRow row : context.rows("XML2")) {
            line(row, row.number("DON_GIA"), row.number("DON_GIA"), null, findings);
        }
        for (TableRow row : context.rows("XML3")) {
            line(row, row.number("DON_GIA_BV"), row.number("DON_GIA_BH"), row.number("TYLE_TT_DV"), findings);
        }
    }

    private static void line(TableRow row, BigDecimal priceBv, BigDecimal priceBh, BigDecimal serviceRate,
                             List<Finding> findings) {
        BigDecimal qty = row.number("SO_LUONG");
        BigDecimal bv = row.number("THANH_TIEN_BV");
        BigDecimal bh = row.number("THANH_TIEN_BH");
        BigDecimal rateBh = row.number("TYLE_TT_BH");
        BigDecimal benefit = row.number("MUC_HUONG");
        if (qty == null || priceBv == null || priceBh == null || bv == null || bh == null || rateBh == null
                || benefit == null || (row.table().equals("XML3") && serviceRate == null)) {
            return; // missing values are reported by FieldSpecRule
        }
        BigDecimal expectedBv = serviceRate == null ? round(qty.multiply(priceBv))
                : round(qty.multiply(priceBv).multiply(serviceRate).divide(HUNDRED));
        if (expectedBv.compareTo(bv) != 0) {
            findings.add(Findings.error(AMOUNT_BV, row, "THANH_TIEN_BV", bv, expectedBv));
        }
        BigDecimal expectedBh = round(qty.multiply(priceBh).multiply(rateBh).divide(HUNDRED));
        boolean bhOk = expectedBh.compareTo(bh) == 0;
        if (!bhOk && serviceRate != null) {
            BigDecimal special = round(qty.multiply(priceBh).multiply(rateBh).divide(HUNDRED)
                    .multiply(serviceRate).divide(HUNDRED));
            bhOk = special.compareTo(bh) == 0;
        }
        if (!bhOk) {
            findings.add(Findings.error(AMOUNT_BH, row, "THANH_TIEN_BH", bh, expectedBh));
        }
        BigDecimal nk = row.number("T_NGUONKHAC");
        BigDecimal sumNk = sum(row, "T_NGUONKHAC_NSNN", "T_NGUONKHAC_VTNN", "T_NGUONKHAC_VTTN", "T_NGUONKHAC_CL");
        if (nk == null || sumNk.compareTo(nk) != 0) {
            findings.add(Findings.error(OTHER_SOURCES, row, "T_NGUONKHAC", nk, sumNk));
            return;
        }
        BigDecimal tBntt = row.number("T_BNTT");
        BigDecimal tBncct = row.number("T_BNCCT");
        BigDecimal tBhtt = row.number("T_BHTT");
        if (tBntt == null || tBncct == null || tBhtt == null) {
            return;
        }
        if (bv.compareTo(tBhtt.add(tBncct).add(tBntt).add(nk)) != 0) {
            findings.add(Findings.error(BALANCE, row, "THANH_TIEN_BV", bv, tBhtt, tBncct, tBntt, nk));
        }
        BigDecimal bnttStar = bv.subtract(bh);
        BigDecimal bhttStar = round(bh.multiply(benefit).divide(HUNDRED));
        BigDecimal bncctStar = bh.subtract(bhttStar);
        BigDecimal expBntt = bnttStar.subtract(nk).max(BigDecimal.ZERO);
        BigDecimal expBncct = nk.compareTo(bnttStar) <= 0 ? bncctStar
                : bncctStar.subtract(nk.subtract(bnttStar)).max(BigDecimal.ZERO);
        BigDecimal expBhtt = nk.compareTo(bncctStar.add(bnttStar)) < 0 ? bhttStar
                : bhttStar.subtract(nk.subtract(bncctStar).subtract(bnttStar));
        if (expBntt.compareTo(tBntt) != 0 || expBncct.compareTo(tBncct) != 0 || expBhtt.compareTo(tBhtt) != 0) {
            Finding finding = nk.signum() > 0
                    ? Findings.warning(SPLIT, row, "T_BHTT", tBhtt, tBncct, tBntt, expBhtt, expBncct, expBntt)
                    : Findings.error(SPLIT, row, "T_BHTT", tBhtt, tBncct, tBntt, expBhtt, expBncct, expBntt);
            findings.add(finding);
        }
    }

    static BigDecimal round(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal sum(TableRow row, String... elements) {
        BigDecimal total = BigDecimal.ZERO;
        for (String e : elements) {
            BigDecimal v = row.number(e);
            total = total.add(v == null ? BigDecimal.ZERO : v);
        }
        return total;
    }
}
