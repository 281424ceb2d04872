package vn.his.core.card;

import java.time.LocalDate;

import vn.his.core.common.Validity;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.his.core.patient.Patient;

/** One card period of a patient. A patient holds several over time; {@link CardSelector} says which applies on a date. */
@Entity
@Table(name = "insurance_card")
public class InsuranceCard {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "patient_id")
    private Patient patient;

    @Column(name = "card_number", nullable = false)
    private String cardNumber;

    @Column(name = "social_insurance_no", nullable = false)
    private String socialInsuranceNo;

    @Column(name = "group_code", nullable = false)
    private String groupCode;

    @Column(name = "benefit_digit", nullable = false)
    private int benefitDigit;

    @Column(name = "issuing_province", nullable = false)
    private String issuingProvince;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "registered_facility", nullable = false)
    private String registeredFacility;

    @Column(name = "living_area")
    private String livingArea;

    @Column(name = "five_years_date")
    private LocalDate fiveYearsDate;

    @Column(name = "copay_exempt_from")
    private LocalDate copayExemptFrom;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    protected InsuranceCard() {
    }

    public InsuranceCard(Patient patient, CardDetails d, LocalDateTime now) {
        this.patient = patient;
        this.cardNumber = d.number().value();
        this.socialInsuranceNo = d.number().socialInsuranceNo();
        this.groupCode = d.number().groupCode();
        this.benefitDigit = d.number().benefitDigit();
        this.issuingProvince = d.number().provinceCode();
        applyRevisable(d);
        this.createdAt = now;
    }

    public CardDetails details() {
        return new CardDetails(new CardNumber(cardNumber), validFrom, validTo, registeredFacility, livingArea,
                fiveYearsDate, copayExemptFrom);
    }

    public boolean isValidOn(LocalDate date) {
        return Validity.covers(validFrom, validTo, date);
    }

    /**
     * Revises what may change on a recorded card period: validity, registered facility (MA_DKBD), living area, the
     * five-year date and the co-payment exemption. The card number never changes (a new number is a new period): a
     * different one is a programming error here, callers refuse it first with their own message.
     */
    public void revise(CardDetails d) {
        if (!d.number().value().equals(cardNumber)) {
            throw new IllegalArgumentException("card " + id + ": the card number of a recorded period is immutable");
        }
        applyRevisable(d);
    }

    /** The fields a recorded period may revise, as given at registration or in a revision. */
    private void applyRevisable(CardDetails d) {
        this.validFrom = d.validFrom();
        this.validTo = d.validTo();
        this.registeredFacility = d.registeredFacility();
        this.livingArea = d.livingArea();
        this.fiveYearsDate = d.fiveYearsDate();
        this.copayExemptFrom = d.copayExemptFrom();
    }

    /** Records the co-payment exemption certificate (NGAY_MIEN_CCT). */
    public void exemptCopaymentFrom(LocalDate date) {
        this.copayExemptFrom = date;
    }

    public Long id() { return id; }
    public Patient patient() { return patient; }
    public String cardNumber() { return cardNumber; }
    public String socialInsuranceNo() { return socialInsuranceNo; }
    public String groupCode() { return groupCode; }
    public int benefitDigit() { return benefitDigit; }
    public String issuingProvince() { return issuingProvince; }
    public LocalDate validFrom() { return validFrom; }
    public LocalDate validTo() { return validTo; }
    public String registeredFacility() { return registeredFacility; }
    public String livingArea() { return livingArea; }
    public LocalDate fiveYearsDate() { return fiveYearsDate; }
    public LocalDate copayExemptFrom() { return copayExemptFrom; }
}
