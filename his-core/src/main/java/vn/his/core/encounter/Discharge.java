package vn.his.core.encounter;

import java.time.LocalDateTime;

/**
 * The end of an encounter (QĐ 4750 Bảng 1): NGAY_RA, KET_QUA_DTRI (1 Khỏi … 7 Chưa xác định, 8 Tử vong ngoại viện),
 * MA_LOAI_RV (1 Ra viện, 2 Chuyển tuyến theo chuyên môn, 3 Trốn viện, 4 Xin ra viện, 5 Chuyển tuyến theo yêu cầu),
 * MA_NOI_DEN for a transfer, PP_DIEU_TRI, GHI_CHU and NGAY_TAI_KHAM.
 */
public record Discharge(LocalDateTime dischargeTime, int treatmentResult, int dischargeType, String referredTo,
                        String treatmentMethod, String doctorAdvice, String revisitDates) {

    public Discharge {
        if (dischargeTime == null) {
            throw new EncounterRuleException("encounter.discharge.required");
        }
        if (treatmentResult < 1 || treatmentResult > 8) {
            throw new EncounterRuleException("encounter.result.invalid", treatmentResult);
        }
        if (dischargeType < 1 || dischargeType > 5) {
            throw new EncounterRuleException("encounter.dischargeType.invalid", dischargeType);
        }
        if (referredTo != null && referredTo.isBlank()) {
            referredTo = null;
        }
        boolean transfer = dischargeType == 2 || dischargeType == 5;
        if (transfer && (referredTo == null || !referredTo.matches("\\d{5}"))) {
            throw new EncounterRuleException("encounter.referredTo.required", String.valueOf(referredTo));
        }
        if (revisitDates != null && !revisitDates.isBlank() && !revisitDates.matches("\\d{8}(;\\d{8})*")) {
            throw new EncounterRuleException("encounter.revisitDates.invalid", revisitDates);
        }
    }
}
