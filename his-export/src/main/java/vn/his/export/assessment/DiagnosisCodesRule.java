package vn.his.export.assessment;

import java.util.List;

/** MA_BENH_KT holds at most 12 secondary ICD-10 codes separated by ';' (QĐ 4750 Bảng 1, MA_BENH_KT). */
final class DiagnosisCodesRule implements AssessmentRule {

    static final String SECONDARY_COUNT = "SECONDARY_DIAGNOSIS_COUNT";
    private static final int MAX_SECONDARY = 12;

    @Override
    public List<String> ruleIds() {
        return List.of(SECONDARY_COUNT);
    }

    @Override
    public void check(AssessmentContext context, List<Finding> findings) {
        for (TableRow row : context.rows()) {
            String codes = row.text("MA_BENH_KT");
            if (codes != null && ClaimDates.parts(codes).size() > MAX_SECONDARY) {
                findings.add(Findings.error(SECONDARY_COUNT, row, "MA_BENH_KT", ClaimDates.parts(codes).size(), MAX_SECONDARY));
            }
        }
    }
}
