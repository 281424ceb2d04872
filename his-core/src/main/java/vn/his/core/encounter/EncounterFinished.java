package vn.his.core.encounter;

/** Published when an encounter is finished (discharge recorded); listeners run in the same transaction. */
public record EncounterFinished(Long encounterId, String maLk, int revision) {
}
