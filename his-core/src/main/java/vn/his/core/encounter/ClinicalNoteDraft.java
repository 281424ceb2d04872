package vn.his.core.encounter;

import java.time.LocalDateTime;

/** A clinical progress note (QĐ 4750 Bảng 5): DIEN_BIEN_LS, THOI_DIEM_DBLS and NGUOI_THUC_HIEN are required. */
public record ClinicalNoteDraft(String progress, String diseaseStage, String consultation, String surgery,
                                LocalDateTime notedAt, String recordedBy) {
    public ClinicalNoteDraft {
        if (progress == null || progress.isBlank() || notedAt == null || recordedBy == null || recordedBy.isBlank()) {
            throw new EncounterRuleException("note.required");
        }
    }
}
