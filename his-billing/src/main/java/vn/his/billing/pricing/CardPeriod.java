package vn.his.billing.pricing;

import java.time.LocalDate;

import vn.his.billing.BillingException;

/**
 * One card of the encounter (bhyt-rules §1.1: the coverage is a list of card periods; each line is priced with
 * the card valid on its date).
 *
 * @param cardCode           MA_THE_BHYT, 15 characters {@code ^[A-Z]{2}[1-5]\d{12}$}
 * @param validFrom          GT_THE_TU
 * @param validTo            GT_THE_DEN
 * @param registeredFacility MA_DKBD, 5 digits
 * @param fiveYearDate       the date continuous participation reaches 5 years (ngayDu5Nam), or {@code null}
 */
public record CardPeriod(String cardCode, LocalDate validFrom, LocalDate validTo, String registeredFacility,
                         LocalDate fiveYearDate) {

    public CardPeriod {
        if (cardCode == null || !cardCode.matches("[A-Z]{2}[1-5]\\d{12}")) {
            throw new BillingException("billing.card.codeInvalid", String.valueOf(cardCode));
        }
        if (validFrom == null || validTo == null || validTo.isBefore(validFrom)) {
            throw new BillingException("billing.card.validityInvalid", cardCode, String.valueOf(validFrom),
                    String.valueOf(validTo));
        }
        if (registeredFacility == null || !registeredFacility.matches("\\d{5}")) {
            throw new BillingException("billing.card.registeredFacilityInvalid", cardCode,
                    String.valueOf(registeredFacility));
        }
    }

    /** Characters 1-2: beneficiary group. */
    public String groupCode() {
        return cardCode.substring(0, 2);
    }

    /** Character 3: printed benefit digit. */
    public int printedDigit() {
        return cardCode.charAt(2) - '0';
    }
}
