package vn.his.web.fhir;

import java.time.LocalDate;
import java.util.Date;

import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;

import vn.his.core.common.ClinicalTime;
import vn.his.web.api.patient.CardRequest;

/** Reads a BHYT card period out of a FHIR Coverage (the inverse of {@link FhirMapper#coverage}). */
final class CoverageCards {

    private CoverageCards() {
    }

    /** The card number: the identifier of the card-number system, else {@code subscriberId}; null when absent. */
    static String number(Coverage r) {
        return r.getIdentifier().stream().filter(i -> FhirSystems.CARD_NUMBER.equals(i.getSystem()))
                .map(Identifier::getValue).findFirst().orElse(r.getSubscriberId());
    }

    /** The card period as typed at reception: number, period, MA_DKBD, living area and the five-year date. */
    static CardRequest request(Coverage r) {
        Extension registered = r.getExtensionByUrl(FhirSystems.EXT_REGISTERED_FACILITY);
        String registeredFacility = registered == null || registered.getValue() == null ? null
                : registered.getValue() instanceof Identifier i ? i.getValue() : registered.getValue().primitiveValue();
        Extension fiveYears = r.getExtensionByUrl(FhirSystems.EXT_FIVE_YEARS);
        Extension livingArea = r.getExtensionByUrl(FhirSystems.EXT_LIVING_AREA);
        return new CardRequest(number(r), date(r.getPeriod().getStart()), date(r.getPeriod().getEnd()),
                registeredFacility, livingArea == null || livingArea.getValue() == null ? null
                        : livingArea.getValue().primitiveValue(),
                fiveYears == null || fiveYears.getValue() == null ? null
                        : LocalDate.parse(fiveYears.getValue().primitiveValue()), null);
    }

    private static LocalDate date(Date d) {
        return d == null ? null : LocalDate.ofInstant(d.toInstant(), ClinicalTime.VIETNAM);
    }
}
