package vn.his.core.card;

import java.time.LocalDate;

import vn.his.core.common.Validity;

/**
 * A card as presented or as returned by the gateway card check: validity, the registered primary-care facility
 * MA_DKBD (5 digits), living area K1/K2/K3 (MA_KHUVUC), the date five continuous years are reached
 * (NAM_NAM_LIEN_TUC) and the co-payment exemption date (NGAY_MIEN_CCT). Validated on construction.
 */
public record CardDetails(CardNumber number, LocalDate validFrom, LocalDate validTo, String registeredFacility,
                          String livingArea, LocalDate fiveYearsDate, LocalDate copayExemptFrom) {

    public CardDetails {
        if (number == null) {
            throw new InvalidCardNumberException("card.number.required", "");
        }
        if (validFrom == null) {
            throw new InvalidCardNumberException("card.validFrom.required");
        }
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new InvalidCardNumberException("card.validity.order", validFrom, validTo);
        }
        if (registeredFacility == null || !registeredFacility.strip().matches("\\d{5}")) {
            throw new InvalidCardNumberException("card.registeredFacility.invalid", String.valueOf(registeredFacility));
        }
        registeredFacility = registeredFacility.strip();
        if (livingArea != null && livingArea.isBlank()) {
            livingArea = null;
        }
        if (livingArea != null && !livingArea.matches("K[123]")) {
            throw new InvalidCardNumberException("card.livingArea.invalid", livingArea);
        }
    }

    public boolean isValidOn(LocalDate date) {
        return Validity.covers(validFrom, validTo, date);
    }
}
