package vn.his.billing.rules;

/** Whether the route factor of the inpatient or of the outpatient column applies. */
public enum EncounterType {
    INPATIENT,
    OUTPATIENT
}
