package vn.his.web.fhir;

import java.util.Objects;

import org.hl7.fhir.r4.model.Coverage;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.his.core.card.CardDetails;
import vn.his.core.card.InsuranceCard;
import vn.his.core.card.InsuranceCardRepository;
import vn.his.core.common.DomainException;
import vn.his.core.encounter.EncounterRepository;
import vn.his.core.patient.PatientRegistry;
import vn.his.web.api.ResourceNotFoundException;
import vn.his.web.api.patient.CardRequest;
import vn.his.web.security.AccessPolicy;

/**
 * FHIR Coverage update: revises what may change on a recorded card period (validity, MA_DKBD, living area, five-year
 * date) through {@link PatientRegistry#reviseCard}. The card number and the beneficiary stay as recorded (422
 * otherwise: a new number is a new Coverage). Who may: the recording roles, as for create; a period already presented
 * at encounters only by users who may record at each of those facilities (or an administrator), 403 otherwise.
 */
@Component
public class CoverageRevision {

    private final InsuranceCardRepository cards;
    private final EncounterRepository encounters;
    private final PatientRegistry registry;
    private final AccessPolicy access;

    public CoverageRevision(InsuranceCardRepository cards, EncounterRepository encounters, PatientRegistry registry,
                            AccessPolicy access) {
        this.cards = cards;
        this.encounters = encounters;
        this.registry = registry;
        this.access = access;
    }

    /** Revises card period {@code id} from {@code r}; returns the card's id. */
    @Transactional
    public long revise(long id, Coverage r) {
        access.requireRecordingRole();
        InsuranceCard card = cards.findById(id)
                .orElseThrow(() -> new ResourceNotFoundException("fhir.coverage.notFound", id));
        encounters.facilitiesPresentingCard(card.id()).forEach(access::requireChangeAt);
        String number = CoverageCards.number(r);
        if (!card.cardNumber().equals(number == null ? null : number.strip())) {
            throw new RevisionRefused("fhir.coverage.numberImmutable", card.cardNumber(), Objects.toString(number, "—"));
        }
        if (r.hasBeneficiary() && !Objects.equals(FhirService.idOf(r.getBeneficiary(), "Patient", "beneficiary"),
                card.patient().id())) {
            throw new RevisionRefused("fhir.coverage.beneficiaryImmutable", card.cardNumber());
        }
        CardRequest typed = CoverageCards.request(r);
        registry.reviseCard(card, typed.toDetails());
        return card.id();
    }

    /** A change the rules refuse (422, message in the request's language). */
    static final class RevisionRefused extends DomainException {
        RevisionRefused(String key, Object... args) {
            super(key, args);
        }
    }
}
