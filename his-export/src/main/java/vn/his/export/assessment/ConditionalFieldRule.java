package vn.his.export.assessment;

import java.util.List;
import java.util.Set;

/**
 * Conditional requirements of the gateway workbook (QĐ 4750, column "Bắt buộc"): XML0 at least one of
 * MA_DICH_VU / MA_THUOC / MA_VAT_TU and the matching name; LY_DO_VNT when NGAY_VAO_NOI_TRU is set; XML2 TT_THAU
 * except MA_NHOM 7 and 17; XML3 TT_THAU for MA_NHOM 10, MA_XANG_DAU for 12, NGUOI_THUC_HIEN and NGAY_TH_YL for
 * 1, 2, 3, 8, 18; XML3 a service or supply code with its name ("như QĐ 4210"); XML4 NGAY_KQ when GIA_TRI is set.
 */
final class ConditionalFieldRule implements AssessmentRule {

    static final String FIRST_ITEM = "XML0_FIRST_ITEM";
    static final String ITEM_NAME = "ITEM_NAME_REQUIRED";
    static final String ADMISSION_REASON = "ADMISSION_REASON_REQUIRED";
    static final String DRUG_TENDER = "XML2_TENDER_REQUIRED";
    static final String SUPPLY_TENDER = "XML3_TENDER_REQUIRED";
    static final String FUEL = "XML3_FUEL_REQUIRED";
    static final String PERFORMER = "XML3_PERFORMER_REQUIRED";
    static final String EXECUTION_TIME = "XML3_EXECUTION_TIME_REQUIRED";
    static final String ITEM_CODE = "XML3_ITEM_CODE_REQUIRED";
    static final String RESULT_TIME = "XML4_RESULT_TIME_REQUIRED";

    /** MA_NHOM 7 (máu) and 17 (chế phẩm máu) have no tender information (gateway workbook, Bảng 2 TT_THAU). */
    private static final Set<String> NO_TENDER_DRUG_GROUPS = Set.of("7", "17");
    /** Tests, imaging, functional exploration, surgery, procedures (gateway workbook, Bảng 3). */
    private static final Set<String> PERFORMED_GROUPS = Set.of("1", "2", "3", "8", "18");

    @Override
    public List<String> ruleIds() {
        return List.of(FIRST_ITEM, ITEM_NAME, ADMISSION_REASON, DRUG_TENDER, SUPPLY_TENDER, FUEL, PERFORMER,
                EXECUTION_TIME, ITEM_CODE, RESULT_TIME);
    }

    @Override
    public void check(AssessmentContext context, List<Finding> findings) {
        for (TableRow row : context.rows("XML0")) {
            if (!row.has("MA_DICH_VU") && !row.has("MA_THUOC") && !row.has("MA_VAT_TU")) {
                findings.add(Findings.error(FIRST_ITEM, row, "MA_DICH_VU"));
            }
            names(row, findings, List.of("MA_DICH_VU", "TEN_DICH_VU", "MA_THUOC", "TEN_THUOC", "MA_VAT_TU", "TEN_VAT_TU"));
            if (row.has("NGAY_VAO_NOI_TRU") && !row.has("LY_DO_VNT")) {
                findings.add(Findings.error(ADMISSION_REASON, row, "LY_DO_VNT"));
            }
        }
        for (TableRow row : context.rows("XML2")) {
            String group = row.text("MA_NHOM");
            if (group != null && !NO_TENDER_DRUG_GROUPS.contains(group) && !row.has("TT_THAU")) {
                findings.add(Findings.error(DRUG_TENDER, row, "TT_THAU", group));
            }
        }
        for (TableRow row : context.rows("XML3")) {
            String group = row.text("MA_NHOM");
            if ("10".equals(group) && !row.has("TT_THAU")) {
                findings.add(Findings.error(SUPPLY_TENDER, row, "TT_THAU", group));
            }
            if ("12".equals(group) && !row.has("MA_XANG_DAU")) {
                findings.add(Findings.error(FUEL, row, "MA_XANG_DAU", group));
            }
            if (group != null && PERFORMED_GROUPS.contains(group)) {
                if (!row.has("NGUOI_THUC_HIEN")) {
                    findings.add(Findings.error(PERFORMER, row, "NGUOI_THUC_HIEN", group));
                }
                if (!row.has("NGAY_TH_YL")) {
                    findings.add(Findings.error(EXECUTION_TIME, row, "NGAY_TH_YL", group));
                }
            }
            if (!row.has("MA_DICH_VU") && !row.has("MA_VAT_TU")) {
                findings.add(Findings.error(ITEM_CODE, row, "MA_DICH_VU"));
            }
            names(row, findings, List.of("MA_DICH_VU", "TEN_DICH_VU", "MA_VAT_TU", "TEN_VAT_TU"));
        }
        for (TableRow row : context.rows("XML4")) {
            if (row.has("GIA_TRI") && !row.has("NGAY_KQ")) {
                findings.add(Findings.error(RESULT_TIME, row, "NGAY_KQ"));
            }
        }
    }

    /** Pairs (code, name): the name is required when the code is present. */
    private static void names(TableRow row, List<Finding> findings, List<String> pairs) {
        for (int i = 0; i < pairs.size(); i += 2) {
            if (row.has(pairs.get(i)) && !row.has(pairs.get(i + 1))) {
                findings.add(Findings.error(ITEM_NAME, row, pairs.get(i + 1), pairs.get(i + 1), pairs.get(i)));
            }
        }
    }
}
