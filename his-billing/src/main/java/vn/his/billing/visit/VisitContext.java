package vn.his.billing.visit;

import java.time.LocalDate;
import java.util.Objects;

import vn.his.billing.BillingException;
import vn.his.billing.rules.EncounterType;

/**
 * Everything the visit-object table (MA_DOITUONG_KCB) asks about an encounter.
 *
 * @param date               the encounter date (NGAY_VAO); the rules and factors in force on it apply
 * @param cardCode           the 15-character card code, or {@code null}; used to state the benefit percentage
 * @param registeredFacility MA_DKBD of the card (5 digits), or {@code null} when there is no card
 * @param facility           the treating facility
 * @param encounterType      inpatient or outpatient
 * @param referral           a valid referral letter (giấy chuyển tuyến)
 * @param revisitAppointment a re-examination appointment (giấy hẹn khám lại)
 * @param emergency          the doctor recorded an emergency
 * @param residenceChange    papers for a change of stay or residence (tạm trú, công tác, học tập)
 * @param newborn            newborn treated right after birth
 * @param organDonor         organ donor treated right after donation
 * @param appendixIDisease   the disease is on Appendix I of TT 01/2025 (62 rare/serious diseases)
 * @param appendixIIDisease  the disease is on Appendix II of TT 01/2025
 * @param kArea              ethnic minority or poor household living in a (especially) difficult area, or island
 *                           resident (card area code K1/K2/K3)
 * @param clerkOverride      a code chosen by a clerk, or {@code null}
 */
public record VisitContext(
        LocalDate date,
        String cardCode,
        String registeredFacility,
        FacilityProfile facility,
        EncounterType encounterType,
        boolean referral,
        boolean revisitAppointment,
        boolean emergency,
        boolean residenceChange,
        boolean newborn,
        boolean organDonor,
        boolean appendixIDisease,
        boolean appendixIIDisease,
        boolean kArea,
        ClerkOverride clerkOverride) {

    public VisitContext {
        if (date == null) {
            throw new BillingException("billing.visit.dateMissing");
        }
        Objects.requireNonNull(facility, "facility");
        if (encounterType == null) {
            throw new BillingException("billing.visit.encounterTypeMissing");
        }
        if (registeredFacility != null && !registeredFacility.matches("\\d{5}")) {
            throw new BillingException("billing.visit.registeredFacilityInvalid", registeredFacility);
        }
        if (cardCode != null && !cardCode.matches("[A-Z]{2}[1-5]\\d{12}")) {
            throw new BillingException("billing.card.codeInvalid", cardCode);
        }
    }

    /** A new builder with the mandatory parts; every flag starts false. */
    public static Builder builder(LocalDate date, FacilityProfile facility, EncounterType encounterType) {
        return new Builder(date, facility, encounterType);
    }

    /** Builder for the many optional flags. */
    public static final class Builder {
        private final LocalDate date;
        private final FacilityProfile facility;
        private final EncounterType encounterType;
        private String cardCode;
        private String registeredFacility;
        private boolean referral;
        private boolean revisitAppointment;
        private boolean emergency;
        private boolean residenceChange;
        private boolean newborn;
        private boolean organDonor;
        private boolean appendixIDisease;
        private boolean appendixIIDisease;
        private boolean kArea;
        private ClerkOverride clerkOverride;

        private Builder(LocalDate date, FacilityProfile facility, EncounterType encounterType) {
            this.date = date;
            this.facility = facility;
            this.encounterType = encounterType;
        }

        public Builder card(String cardCode, String registeredFacility) {
            this.cardCode = cardCode;
            this.registeredFacility = registeredFacility;
            return this;
        }

        public Builder referral(boolean value) {
            this.referral = value;
            return this;
        }

        public Builder revisitAppointment(boolean value) {
            this.revisitAppointment = value;
            return this;
        }

        public Builder emergency(boolean value) {
            this.emergency = value;
            return this;
        }

        public Builder residenceChange(boolean value) {
            this.residenceChange = value;
            return this;
        }

        public Builder newborn(boolean value) {
            this.newborn = value;
            return this;
        }

        public Builder organDonor(boolean value) {
            this.organDonor = value;
            return this;
        }

        public Builder appendixIDisease(boolean value) {
            this.appendixIDisease = value;
            return this;
        }

        public Builder appendixIIDisease(boolean value) {
            this.appendixIIDisease = value;
            return this;
        }

        public Builder kArea(boolean value) {
            this.kArea = value;
            return this;
        }

        public Builder clerkOverride(ClerkOverride value) {
            this.clerkOverride = value;
            return this;
        }

        public VisitContext build() {
            return new VisitContext(date, cardCode, registeredFacility, facility, encounterType, referral,
                    revisitAppointment, emergency, residenceChange, newborn, organDonor, appendixIDisease,
                    appendixIIDisease, kArea, clerkOverride);
        }
    }
}
