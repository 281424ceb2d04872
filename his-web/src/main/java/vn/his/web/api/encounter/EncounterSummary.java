package vn.his.web.api.encounter;

import java.time.LocalDateTime;

import vn.his.core.encounter.Encounter;
import vn.his.core.encounter.EncounterStatus;

/** One row of an encounter list. */
public record EncounterSummary(Long id, String maLk, Long facilityId, String facilityCode, Long patientId,
                               String patientCode, String patientName, String encounterType, EncounterStatus status,
                               LocalDateTime arrivalTime, LocalDateTime dischargeTime, String mainIcd10) {

    public static EncounterSummary of(Encounter e) {
        return new EncounterSummary(e.id(), e.maLk(), e.facility().id(), e.facilityCode(), e.patient().id(),
                e.patient().patientCode(), e.patient().fullName(), e.encounterType(), e.status(), e.arrivalTime(),
                e.dischargeTime(), e.mainIcd10());
    }
}
