package vn.his.web.api.patient;

import java.time.LocalDate;

import vn.his.core.card.InsuranceCard;

/** A card period of a patient. */
public record CardView(Long id, String cardNumber, String groupCode, int benefitDigit, LocalDate validFrom,
                       LocalDate validTo, String registeredFacility, String livingArea, LocalDate fiveYearsDate,
                       LocalDate copayExemptFrom) {

    public static CardView of(InsuranceCard c) {
        return new CardView(c.id(), c.cardNumber(), c.groupCode(), c.benefitDigit(), c.validFrom(), c.validTo(),
                c.registeredFacility(), c.livingArea(), c.fiveYearsDate(), c.copayExemptFrom());
    }
}
