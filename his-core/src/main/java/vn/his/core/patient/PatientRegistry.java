package vn.his.core.patient;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.his.core.card.CardDetails;
import vn.his.core.card.CardNumber;
import vn.his.core.card.InsuranceCard;
import vn.his.core.card.InsuranceCardRepository;
import vn.his.core.card.InvalidCardNumberException;
import vn.his.core.common.ClinicalTime;
import vn.his.core.common.CodeSequence;

/**
 * Registers patients and their cards, province-wide. Duplicate detection on CCCD, card number (and its 10-digit
 * social-insurance number) and name + date of birth: a same CCCD is refused, the others are returned as warnings for
 * the receptionist to decide.
 */
@Service
public class PatientRegistry {

    private final PatientRepository patients;
    private final InsuranceCardRepository cards;
    private final CodeSequence sequence;
    private final ClinicalTime time;

    public PatientRegistry(PatientRepository patients, InsuranceCardRepository cards, CodeSequence sequence,
                           ClinicalTime time) {
        this.patients = patients;
        this.cards = cards;
        this.sequence = sequence;
        this.time = time;
    }

    /** Possible duplicates of a person about to be registered (card number optional). */
    @Transactional(readOnly = true)
    public List<DuplicateCandidate> findDuplicates(PatientDetails details, CardNumber card) {
        Map<Long, DuplicateCandidate> found = new LinkedHashMap<>();
        if (details.citizenId() != null) {
            patients.findByCitizenId(details.citizenId()).forEach(p ->
                    found.putIfAbsent(p.id(), new DuplicateCandidate(p, DuplicateCandidate.Reason.SAME_CITIZEN_ID)));
        }
        if (card != null) {
            cards.findBySocialInsuranceNo(card.socialInsuranceNo()).forEach(c ->
                    found.putIfAbsent(c.patient().id(), new DuplicateCandidate(c.patient(), DuplicateCandidate.Reason.SAME_CARD)));
        }
        BirthDate birth = details.birthDate();
        patients.findByNameKeyAndBirthYear(NameKey.of(details.fullName()), birth.year()).stream()
                .filter(p -> sameOrUnknown(p.birthDate().month(), birth.month())
                        && sameOrUnknown(p.birthDate().day(), birth.day()))
                .forEach(p -> found.putIfAbsent(p.id(),
                        new DuplicateCandidate(p, DuplicateCandidate.Reason.SAME_NAME_AND_BIRTH_DATE)));
        return new ArrayList<>(found.values());
    }

    /** Registers a new patient, refusing a CCCD that already has a MA_BN. */
    @Transactional
    public Patient register(PatientDetails details) {
        if (details.citizenId() != null) {
            List<Patient> same = patients.findByCitizenId(details.citizenId());
            if (!same.isEmpty()) {
                throw new DuplicatePatientException(details.citizenId(), same.get(0).patientCode());
            }
        }
        String code = details.provinceCode() + String.format("%08d", sequence.next("patient." + details.provinceCode()));
        return patients.save(new Patient(code, details, time.now()));
    }

    @Transactional
    public Patient update(Long patientId, PatientDetails details) {
        Patient patient = patients.findById(patientId).orElseThrow(() -> new PatientNotFoundException(patientId));
        if (details.citizenId() != null && patients.findByCitizenId(details.citizenId()).stream()
                .anyMatch(p -> !p.id().equals(patientId))) {
            throw new DuplicatePatientException(details.citizenId(), patient.patientCode());
        }
        patient.apply(details, time.now());
        return patient;
    }

    /**
     * Adds a card period to a patient. A card number held by another person is refused; the same card period twice
     * is refused.
     */
    @Transactional
    public InsuranceCard addCard(Long patientId, CardDetails card) {
        Patient patient = patients.findById(patientId).orElseThrow(() -> new PatientNotFoundException(patientId));
        for (InsuranceCard existing : cards.findBySocialInsuranceNo(card.number().socialInsuranceNo())) {
            if (!existing.patient().id().equals(patientId)) {
                throw new InvalidCardNumberException("card.ownedByOther", card.number().value(),
                        existing.patient().patientCode());
            }
            if (existing.cardNumber().equals(card.number().value()) && existing.validFrom().equals(card.validFrom())) {
                throw new InvalidCardNumberException("card.duplicatePeriod", card.number().value(), card.validFrom());
            }
        }
        return cards.save(new InsuranceCard(patient, card, time.now()));
    }

    /**
     * Revises a recorded card period ({@link InsuranceCard#revise}): the details are validated as for a new card and
     * the revised period may not repeat another period of the same card (same number and start). Encounters keep the
     * copy of the card they were opened with.
     */
    @Transactional
    public InsuranceCard reviseCard(InsuranceCard card, CardDetails details) {
        for (InsuranceCard other : cards.findBySocialInsuranceNo(card.socialInsuranceNo())) {
            if (!other.id().equals(card.id()) && other.cardNumber().equals(card.cardNumber())
                    && other.validFrom().equals(details.validFrom())) {
                throw new InvalidCardNumberException("card.duplicatePeriod", card.cardNumber(), details.validFrom());
            }
        }
        card.revise(details);
        return card;
    }

    @Transactional(readOnly = true)
    public List<InsuranceCard> cardsOf(Long patientId) {
        return cards.findByPatientIdOrderByValidFromDesc(patientId);
    }

    private static boolean sameOrUnknown(Integer a, Integer b) {
        return a == null || b == null || a.equals(b);
    }
}
