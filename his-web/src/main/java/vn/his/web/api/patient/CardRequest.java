package vn.his.web.api.patient;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import vn.his.core.card.CardDetails;
import vn.his.core.card.CardNumber;

/** A BHYT card period as typed at reception; the format rules are those of {@link CardNumber} and {@link CardDetails}. */
public record CardRequest(@NotBlank String cardNumber, @NotNull LocalDate validFrom, LocalDate validTo,
                          @NotBlank String registeredFacility, String livingArea, LocalDate fiveYearsDate,
                          LocalDate copayExemptFrom) {

    public CardDetails toDetails() {
        return new CardDetails(new CardNumber(cardNumber), validFrom, validTo, registeredFacility, livingArea,
                fiveYearsDate, copayExemptFrom);
    }
}
