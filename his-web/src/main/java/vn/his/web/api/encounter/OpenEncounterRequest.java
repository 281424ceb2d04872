package vn.his.web.api.encounter;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import vn.his.core.encounter.EncounterOpening;

/**
 * Opening an encounter at the user's facility ({@code facilityId} only for an administrator): the patient, the cards
 * presented (none for a self-paying patient), MA_LOAI_KCB, arrival time, reason, first department (MA_KHOA).
 */
public record OpenEncounterRequest(@NotNull Long patientId, List<Long> cardIds,
                                   @NotBlank @Pattern(regexp = "\\d{2}") String encounterType,
                                   LocalDateTime arrivalTime, @NotBlank String visitReason, Boolean emergency,
                                   String referralPaperNo, String referredFrom, Boolean revisitAppointment,
                                   String accidentCode, @NotBlank String departmentCode, BigDecimal weightKg,
                                   Long facilityId) {

    public EncounterOpening toOpening(LocalDateTime now) {
        return new EncounterOpening(encounterType, arrivalTime == null ? now : arrivalTime, visitReason,
                Boolean.TRUE.equals(emergency), referralPaperNo, referredFrom, Boolean.TRUE.equals(revisitAppointment),
                accidentCode, departmentCode, weightKg);
    }

    public List<Long> cards() {
        return cardIds == null ? List.of() : cardIds;
    }
}
