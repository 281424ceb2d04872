package vn.his.web.security;

/**
 * What a user may do. Every role except {@link #ADMIN} works inside one facility; {@link #INSURANCE_OFFICER} reads
 * every facility of the province of their own facility; {@link #ADMIN} reads and changes everything.
 */
public enum Role {
    /** Commune health station staff: reception, examination and dispensing at the station. */
    COMMUNE_STAFF,
    /** Doctors, nurses and reception of a hospital. */
    CLINICIAN,
    /** Cashier and claims clerk of a facility. */
    BILLING_CLERK,
    /** Assessor of the social-insurance agency: reads the encounters and claims of the whole province. */
    INSURANCE_OFFICER,
    ADMIN;

    /** The Spring Security authority name ({@code ROLE_...}). */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Whether this role records clinical data: patients, cards, encounters, order lines, diagnoses. */
    public boolean recordsEncounters() {
        return this == COMMUNE_STAFF || this == CLINICIAN || this == BILLING_CLERK || this == ADMIN;
    }
}
