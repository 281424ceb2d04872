package vn.his.export.report;

/**
 * Encounter-type groups of the monthly summary, from XML1 MA_LOAI_KCB (QĐ 1804/QĐ-BYT 2026 PL01; grouping of form
 * 01/BH, xml130.md §4.1): outpatient 01, 06, 07; outpatient treatment 02, 05, 08; day treatment 04, 09; inpatient 03.
 * The remaining codes (10–16) are kept apart so that nothing is dropped from the totals.
 */
public enum EncounterKind {
    OUTPATIENT("report.kind.outpatient"),
    OUTPATIENT_TREATMENT("report.kind.outpatientTreatment"),
    DAY_TREATMENT("report.kind.dayTreatment"),
    INPATIENT("report.kind.inpatient"),
    OTHER("report.kind.other");

    private final String messageKey;

    EncounterKind(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    public static EncounterKind ofMaLoaiKcb(String maLoaiKcb) {
        String code = maLoaiKcb == null ? "" : maLoaiKcb.trim();
        return switch (code) {
            case "01", "06", "07" -> OUTPATIENT;
            case "02", "05", "08" -> OUTPATIENT_TREATMENT;
            case "04", "09" -> DAY_TREATMENT;
            case "03" -> INPATIENT;
            default -> OTHER;
        };
    }
}
