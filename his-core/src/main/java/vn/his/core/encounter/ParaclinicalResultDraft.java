package vn.his.core.encounter;

import java.time.LocalDateTime;

/** A paraclinical result index (QĐ 4750 Bảng 4). NGAY_KQ is required when GIA_TRI is present. */
public record ParaclinicalResultDraft(String serviceCode, String indexCode, String indexName, String value,
                                      String unit, String description, String conclusion, LocalDateTime resultTime,
                                      String readerId) {
    public ParaclinicalResultDraft {
        if (indexName == null || indexName.isBlank()) {
            throw new EncounterRuleException("result.indexName.required");
        }
        if (value != null && !value.isBlank() && resultTime == null) {
            throw new EncounterRuleException("result.time.required", indexName);
        }
    }
}
