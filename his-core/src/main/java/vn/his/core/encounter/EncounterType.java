package vn.his.core.encounter;

import java.util.Set;

/**
 * MA_LOAI_KCB (QĐ 1804/QĐ-BYT 2026 PL01: '01'..'16', kept as a 2-character string). Types 02, 03, 04, 06 and 09 are
 * treatment stays; 03, 04, 09 are inpatient kinds (check-in again at the first cost in the ward, XML7 needed).
 */
public final class EncounterType {

    private static final Set<String> INPATIENT = Set.of("03", "04", "09");
    /** QĐ 4750 Bảng 8 note: the record summary only for inpatient (03), day-inpatient (04) and commune stays (06). */
    private static final Set<String> RECORD_SUMMARY = Set.of("03", "04", "06");
    private static final Set<String> TREATMENT = Set.of("02", "03", "04", "05", "06", "08", "09");

    private EncounterType() {
    }

    public static String validate(String code) {
        if (code == null || !code.matches("0[1-9]|1[0-6]")) {
            throw new EncounterRuleException("encounter.type.invalid", String.valueOf(code));
        }
        return code;
    }

    public static boolean isInpatient(String code) {
        return INPATIENT.contains(code);
    }

    public static boolean hasRecordSummary(String code) {
        return RECORD_SUMMARY.contains(code);
    }

    public static boolean isTreatment(String code) {
        return TREATMENT.contains(code);
    }
}
