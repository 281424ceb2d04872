package vn.his.core.encounter;

import java.util.List;

/**
 * Diagnoses of an encounter (QĐ 4750 Bảng 1): CHAN_DOAN_VAO, CHAN_DOAN_RV texts, MA_BENH_CHINH (one ICD-10 code),
 * MA_BENH_KT (at most 12 ICD-10 codes), MA_BENH_YHCT, MA_PTTT_QT (ICD-9-CM). Catalogue membership is checked by
 * {@link EncounterService} on the encounter's dates.
 */
public record Diagnosis(String diagnosisIn, String diagnosisOut, String mainIcd10, List<String> secondaryIcd10,
                        String traditionalCodes, String procedureIcd9) {

    public static final int MAX_SECONDARY = 12;

    public Diagnosis {
        secondaryIcd10 = secondaryIcd10 == null ? List.of()
                : secondaryIcd10.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        if (secondaryIcd10.size() > MAX_SECONDARY) {
            throw new EncounterRuleException("encounter.icd.tooManySecondary", secondaryIcd10.size(), MAX_SECONDARY);
        }
        if (mainIcd10 != null) {
            mainIcd10 = mainIcd10.strip().toUpperCase();
            if (mainIcd10.isEmpty()) {
                mainIcd10 = null;
            }
        }
        if (mainIcd10 != null && secondaryIcd10.contains(mainIcd10)) {
            throw new EncounterRuleException("encounter.icd.mainAlsoSecondary", mainIcd10);
        }
    }

    public String secondaryJoined() {
        return secondaryIcd10.isEmpty() ? null : String.join(";", secondaryIcd10);
    }
}
