package vn.his.core.encounter;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;

/**
 * What is known when an encounter opens: MA_LOAI_KCB, arrival time (NGAY_VAO), the reason (LY_DO_VV), emergency,
 * referral paper (GIAY_CHUYEN_TUYEN, MA_NOI_DI), a re-visit appointment, injury code (MA_TAI_NAN 1–8), the first
 * department (MA_KHOA) and the weight (CAN_NANG, kg with 2 decimals).
 */
public record EncounterOpening(String encounterType, LocalDateTime arrivalTime, String visitReason, boolean emergency,
                               String referralPaperNo, String referredFrom, boolean revisitAppointment,
                               String accidentCode, String departmentCode, BigDecimal weightKg) {

    public EncounterOpening {
        encounterType = EncounterType.validate(encounterType);
        if (arrivalTime == null) {
            throw new EncounterRuleException("encounter.arrival.required");
        }
        if (visitReason == null || visitReason.isBlank()) {
            throw new EncounterRuleException("encounter.reason.required");
        }
        if (referredFrom != null && !referredFrom.isBlank() && !referredFrom.matches("\\d{5}")) {
            throw new EncounterRuleException("encounter.referredFrom.invalid", referredFrom);
        }
        if (referredFrom != null && referredFrom.isBlank()) {
            referredFrom = null;
        }
        if (accidentCode != null && !accidentCode.isBlank() && !accidentCode.matches("[1-8]")) {
            throw new EncounterRuleException("encounter.accident.invalid", accidentCode);
        }
        if (departmentCode == null || departmentCode.isBlank()) {
            throw new EncounterRuleException("encounter.department.required");
        }
        if (weightKg != null) {
            if (weightKg.signum() <= 0 || weightKg.compareTo(new BigDecimal("500")) > 0) {
                throw new EncounterRuleException("encounter.weight.invalid", weightKg);
            }
            weightKg = weightKg.setScale(2, RoundingMode.HALF_UP);
        }
    }
}
