package vn.his.export.assessment;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Value patterns the gateway checks (gateway workbook QĐ 4750, column VALID; xml130.md §4.2, §5.1): SO_CCCD
 * 9 or 12 digits or one upper-case letter and 7 digits; card numbers 2 letters, benefit digit 1–5, 2-digit
 * province, 10 digits; MA_GIUONG H/T/C/K and 3 digits; GOI_VTYT G1…G999; MA_TTDV 10 digits; VET_THUONG_TP and
 * TAI_SU_DUNG empty or 1.
 */
final class FieldPatternRule implements AssessmentRule {

    static final String CCCD = "CCCD_FORMAT";
    static final String CARD = "CARD_FORMAT";
    static final String BED = "BED_CODE_FORMAT";
    static final String SUPPLY_PACKAGE = "SUPPLY_PACKAGE_FORMAT";
    static final String MA_TTDV = "MA_TTDV_FORMAT";
    static final String FLAG = "FLAG_EMPTY_OR_ONE";

    private static final Pattern CCCD_PATTERN = Pattern.compile("\\d{9}|\\d{12}|[A-Z]\\d{7}");
    private static final Pattern CARD_PATTERN = Pattern.compile("[A-Z]{2}[1-5]\\d{2}\\d{10}");
    private static final Pattern BED_PATTERN = Pattern.compile("[HTCK]\\d{3}");
    private static final Pattern PACKAGE_PATTERN = Pattern.compile("G([1-9]\\d{0,2})");
    private static final Pattern MA_TTDV_PATTERN = Pattern.compile("\\d{10}");

    @Override
    public List<String> ruleIds() {
        return List.of(CCCD, CARD, BED, SUPPLY_PACKAGE, MA_TTDV, FLAG);
    }

    @Override
    public void check(AssessmentContext context, List<Finding> findings) {
        for (TableRow row : context.rows()) {
            String cccd = row.text("SO_CCCD");
            if (cccd != null && !CCCD_PATTERN.matcher(cccd).matches() && List.of("XML0", "XML1").contains(row.table())) {
                findings.add(Findings.error(CCCD, row, "SO_CCCD", cccd));
            }
            String cards = row.text("MA_THE_BHYT");
            if (cards != null && List.of("XML0", "XML1").contains(row.table())) {
                for (String card : ClaimDates.parts(cards)) {
                    if (!CARD_PATTERN.matcher(card).matches()) {
                        findings.add(Findings.error(CARD, row, "MA_THE_BHYT", card));
                    }
                }
            }
            String beds = row.text("MA_GIUONG");
            if (beds != null) {
                for (String bed : ClaimDates.parts(beds)) {
                    if (!BED_PATTERN.matcher(bed).matches()) {
                        findings.add(Findings.error(BED, row, "MA_GIUONG", bed));
                    }
                }
            }
            String pack = row.text("GOI_VTYT");
            if (pack != null && !PACKAGE_PATTERN.matcher(pack).matches()) {
                findings.add(Findings.error(SUPPLY_PACKAGE, row, "GOI_VTYT", pack));
            }
            String head = row.text("MA_TTDV");
            if (head != null && row.table().equals("XML1") && !MA_TTDV_PATTERN.matcher(head).matches()) {
                findings.add(Findings.error(MA_TTDV, row, "MA_TTDV", head));
            }
            for (String flag : List.of("VET_THUONG_TP", "TAI_SU_DUNG")) {
                String v = row.text(flag);
                if (v != null && !v.equals("1")) {
                    findings.add(Findings.error(FLAG, row, flag, flag, v));
                }
            }
        }
    }
}
