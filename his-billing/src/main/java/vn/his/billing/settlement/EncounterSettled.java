package vn.his.billing.settlement;

/**
 * Published (after commit) when a priced version is frozen: at settlement (version 1) and after each
 * correction. Export queues the dossier of the new version on it.
 */
public record EncounterSettled(long encounterId, String maLk, int version) {
}
