package vn.his.web.reception.cardcheck;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import vn.his.core.card.InsuranceCard;
import vn.his.core.patient.BirthDate;
import vn.his.core.patient.Patient;

/**
 * The card to look up and what the facility has recorded about it, read before the gateway is called (no database
 * connection is held during the call).
 *
 * @param birthForGateway date of birth as {@code KQNhanLichSuKCB2024} takes it: dd/MM/yyyy, or yyyy when only the
 *                        year (or year and month) is known
 */
public record CardCheckSubject(Long patientId, Long cardId, String cardNumber, String fullName, String birthDisplay,
                               String birthForGateway, LocalDate validFrom, LocalDate validTo,
                               String registeredFacility, LocalDate fiveYearsDate) {

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    static CardCheckSubject of(Patient patient, InsuranceCard card) {
        BirthDate birth = patient.birthDate();
        String forGateway = birth.isFull()
                ? LocalDate.of(birth.year(), birth.month(), birth.day()).format(DAY_MONTH_YEAR)
                : String.format("%04d", birth.year());
        return new CardCheckSubject(patient.id(), card.id(), card.cardNumber(), patient.fullName(), birth.display(),
                forGateway, card.validFrom(), card.validTo(), card.registeredFacility(), card.fiveYearsDate());
    }
}
