package vn.his.billing.settlement;

/**
 * Published inside the settling transaction when a priced version is frozen: at settlement (version 1) and
 * after each correction. Export's listener writes the claim version and its outbox row in the same transaction,
 * so a settlement never commits without its queued dossier (transactional outbox).
 */
public record EncounterSettled(long encounterId, String maLk, int version) {
}
