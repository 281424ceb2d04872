package vn.his.core.patient;

/** A registered patient who may be the same person, and why (same CCCD, same card, same name and birth date). */
public record DuplicateCandidate(Patient patient, Reason reason) {

    public enum Reason {
        SAME_CITIZEN_ID, SAME_CARD, SAME_NAME_AND_BIRTH_DATE
    }
}
