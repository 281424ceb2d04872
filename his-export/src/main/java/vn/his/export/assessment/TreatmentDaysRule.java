package vn.his.export.assessment;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * SO_NGAY_DTRI by MA_LOAI_KCB (QĐ 4750 Bảng 1 SO_NGAY_DTRI; gateway check): 0 for 01, 07, 09; (date of NGAY_RA
 * − date of NGAY_VAO) + 1 for 02, 03, 04, 06; for 08 the number of days with a service (XML3 NGAY_YL dates), as a
 * warning because the services of the day may be dated differently. Type 05 (days of drugs supplied) is not
 * derivable from the file and is not checked. The type sets are constructor parameters because QĐ 1804/2026
 * adds types 11–16 whose rule is not known [S].
 */
final class TreatmentDaysRule implements AssessmentRule {

    static final String DAYS = "TREATMENT_DAYS";

    private final Set<String> zeroDayTypes;
    private final Set<String> calendarDayTypes;
    private final Set<String> serviceDayTypes;

    TreatmentDaysRule(Set<String> zeroDayTypes, Set<String> calendarDayTypes, Set<String> serviceDayTypes) {
        this.zeroDayTypes = Set.copyOf(zeroDayTypes);
        this.calendarDayTypes = Set.copyOf(calendarDayTypes);
        this.serviceDayTypes = Set.copyOf(serviceDayTypes);
    }

    static TreatmentDaysRule qd4750() {
        return new TreatmentDaysRule(Set.of("01", "07", "09"), Set.of("02", "03", "04", "06"), Set.of("08"));
    }

    @Override
    public List<String> ruleIds() {
        return List.of(DAYS);
    }

    @Override
    public void check(AssessmentContext context, List<Finding> findings) {
        TableRow summary = context.summary();
        String type = summary.text("MA_LOAI_KCB");
        Integer days = context.snapshot().summary().soNgayDtri();
        if (type == null || days == null) {
            return;
        }
        if (zeroDayTypes.contains(type) && days != 0) {
            findings.add(Findings.error(DAYS, summary, "SO_NGAY_DTRI", days, 0, type));
        } else if (calendarDayTypes.contains(type) && context.admission().isPresent() && context.discharge().isPresent()) {
            long expected = ChronoUnit.DAYS.between(context.admission().get().toLocalDate(),
                    context.discharge().get().toLocalDate()) + 1;
            if (days != expected) {
                findings.add(Findings.error(DAYS, summary, "SO_NGAY_DTRI", days, expected, type));
            }
        } else if (serviceDayTypes.contains(type)) {
            Set<String> serviceDays = new TreeSet<>();
            context.rows("XML3").forEach(r -> {
                String yl = r.text("NGAY_YL");
                if (yl != null && yl.length() >= 8) {
                    serviceDays.add(yl.substring(0, 8));
                }
            });
            if (days != serviceDays.size()) {
                findings.add(Findings.warning(DAYS, summary, "SO_NGAY_DTRI", days, serviceDays.size(), type));
            }
        }
    }
}
