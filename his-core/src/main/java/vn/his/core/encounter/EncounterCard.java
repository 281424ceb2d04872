package vn.his.core.encounter;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.his.core.card.CardDetails;
import vn.his.core.card.CardNumber;
import vn.his.core.card.InsuranceCard;

/**
 * A card as it was when presented for an encounter (a copy, so later edits of the card do not change a claim).
 * Several rows when the card changed during the stay (XML1 MA_THE_BHYT etc. ';'-separated, in {@code seq} order).
 */
@Entity
@Table(name = "encounter_card")
public class EncounterCard {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "encounter_id")
    private Encounter encounter;

    @Column(nullable = false)
    private int seq;

    @Column(name = "card_id", nullable = false)
    private Long cardId;

    @Column(name = "card_number", nullable = false)
    private String cardNumber;

    @Column(name = "registered_facility", nullable = false)
    private String registeredFacility;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "living_area")
    private String livingArea;

    @Column(name = "five_years_date")
    private LocalDate fiveYearsDate;

    @Column(name = "copay_exempt_from")
    private LocalDate copayExemptFrom;

    protected EncounterCard() {
    }

    EncounterCard(Encounter encounter, int seq, InsuranceCard card) {
        this.encounter = encounter;
        this.seq = seq;
        this.cardId = card.id();
        this.cardNumber = card.cardNumber();
        this.registeredFacility = card.registeredFacility();
        this.validFrom = card.validFrom();
        this.validTo = card.validTo();
        this.livingArea = card.livingArea();
        this.fiveYearsDate = card.fiveYearsDate();
        this.copayExemptFrom = card.copayExemptFrom();
    }

    public CardDetails details() {
        return new CardDetails(new CardNumber(cardNumber), validFrom, validTo, registeredFacility, livingArea,
                fiveYearsDate, copayExemptFrom);
    }

    public Long id() { return id; }
    public int seq() { return seq; }
    public Long cardId() { return cardId; }
    public String cardNumber() { return cardNumber; }
    public String registeredFacility() { return registeredFacility; }
    public LocalDate validFrom() { return validFrom; }
    public LocalDate validTo() { return validTo; }
    public String livingArea() { return livingArea; }
    public LocalDate fiveYearsDate() { return fiveYearsDate; }
    public LocalDate copayExemptFrom() { return copayExemptFrom; }
}
