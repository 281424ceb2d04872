package vn.his.export.assessment;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Orderings of the encounter's times (xml130.md §5.4): NGAY_VAO ≤ NGAY_VAO_NOI_TRU [G]; NGAY_VAO ≤ NGAY_RA [C];
 * NGAY_YL ≤ NGAY_TH_YL in XML2 and XML3 [G]; NGAY_YL ≤ NGAY_KQ in XML3 [G]; XML14 NGAY_HEN_KL ≥ NGAY_RA [G];
 * NGAY_RA ends at 2359 for MA_LOAI_KCB 02, 05, 07 [P, QĐ 4750 Bảng 1 NGAY_RA]. As warnings (practice [C] or
 * inference [I], with lawful exceptions such as weekend orders dated the previous working day): orders and
 * progress notes inside the stay, NGAY_TTOAN ≥ NGAY_RA.
 */
final class DateOrderRule implements AssessmentRule {

    static final String ADMISSION = "ADMISSION_ORDER";
    static final String DISCHARGE = "DISCHARGE_ORDER";
    static final String EXECUTION = "EXECUTION_ORDER";
    static final String RESULT = "RESULT_ORDER";
    static final String REVISIT = "REVISIT_AFTER_DISCHARGE";
    static final String END_OF_DAY = "DISCHARGE_END_OF_DAY";
    static final String ORDER_IN_STAY = "ORDER_IN_STAY";
    static final String PROGRESS_IN_STAY = "PROGRESS_IN_STAY";
    static final String PAYMENT = "PAYMENT_AFTER_DISCHARGE";

    /** Outpatient treatment and drug pick-up encounters end on the last day at 23:59 (QĐ 4750 Bảng 1, NGAY_RA). */
    private static final Set<String> END_OF_DAY_TYPES = Set.of("02", "05", "07");

    @Override
    public List<String> ruleIds() {
        return List.of(ADMISSION, DISCHARGE, EXECUTION, RESULT, REVISIT, END_OF_DAY, ORDER_IN_STAY, PROGRESS_IN_STAY,
                PAYMENT);
    }

    @Override
    public void check(AssessmentContext context, List<Finding> findings) {
        for (TableRow row : context.rows()) {
            if (List.of("XML0", "XML1").contains(row.table())) {
                before(row, "NGAY_VAO", "NGAY_VAO_NOI_TRU", ADMISSION, findings);
            }
            if (row.table().equals("XML1")) {
                before(row, "NGAY_VAO", "NGAY_RA", DISCHARGE, findings);
                String type = row.text("MA_LOAI_KCB");
                String ra = row.text("NGAY_RA");
                if (type != null && END_OF_DAY_TYPES.contains(type) && ra != null && !ra.endsWith("2359")) {
                    findings.add(Findings.error(END_OF_DAY, row, "NGAY_RA", ra, type));
                }
                Optional<LocalDateTime> paid = ClaimDates.dateTime(row.text("NGAY_TTOAN"));
                if (paid.isPresent() && context.discharge().isPresent() && paid.get().isBefore(context.discharge().get())) {
                    findings.add(Findings.warning(PAYMENT, row, "NGAY_TTOAN", row.text("NGAY_TTOAN"), ra));
                }
            }
            if (List.of("XML2", "XML3").contains(row.table())) {
                before(row, "NGAY_YL", "NGAY_TH_YL", EXECUTION, findings);
                inStay(context, row, "NGAY_YL", ORDER_IN_STAY, findings);
            }
            if (row.table().equals("XML3")) {
                before(row, "NGAY_YL", "NGAY_KQ", RESULT, findings);
            }
            if (row.table().equals("XML5")) {
                inStay(context, row, "THOI_DIEM_DBLS", PROGRESS_IN_STAY, findings);
            }
            if (row.table().equals("XML14")) {
                Optional<LocalDateTime> revisit = ClaimDates.dateTime(row.text("NGAY_HEN_KL"));
                if (revisit.isPresent() && context.discharge().isPresent()
                        && revisit.get().isBefore(context.discharge().get())) {
                    findings.add(Findings.error(REVISIT, row, "NGAY_HEN_KL", row.text("NGAY_HEN_KL"),
                            context.snapshot().summary().ngayRa()));
                }
            }
        }
    }

    private static void before(TableRow row, String earlier, String later, String ruleId, List<Finding> findings) {
        Optional<LocalDateTime> a = ClaimDates.dateTime(row.text(earlier));
        Optional<LocalDateTime> b = ClaimDates.dateTime(row.text(later));
        if (a.isPresent() && b.isPresent() && b.get().isBefore(a.get())) {
            findings.add(Findings.error(ruleId, row, later, later, row.text(later), earlier, row.text(earlier)));
        }
    }

    private static void inStay(AssessmentContext context, TableRow row, String field, String ruleId,
                               List<Finding> findings) {
        Optional<LocalDateTime> t = ClaimDates.dateTime(row.text(field));
        Optional<LocalDateTime> in = context.admission();
        Optional<LocalDateTime> out = context.discharge();
        if (t.isPresent() && in.isPresent() && out.isPresent() && (t.get().isBefore(in.get()) || t.get().isAfter(out.get()))) {
            findings.add(Findings.warning(ruleId, row, field, field, row.text(field)));
        }
    }
}
