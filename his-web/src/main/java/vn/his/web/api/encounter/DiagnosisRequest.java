package vn.his.web.api.encounter;

import java.util.List;

import vn.his.core.encounter.Diagnosis;

/** CHAN_DOAN_VAO, CHAN_DOAN_RV, MA_BENH_CHINH, MA_BENH_KT (≤ 12), MA_BENH_YHCT, MA_PTTT_QT. */
public record DiagnosisRequest(String diagnosisIn, String diagnosisOut, String mainIcd10, List<String> secondaryIcd10,
                               String traditionalCodes, String procedureIcd9) {

    public Diagnosis toDiagnosis() {
        return new Diagnosis(diagnosisIn, diagnosisOut, mainIcd10, secondaryIcd10, traditionalCodes, procedureIcd9);
    }
}
