package vn.his.web.api.patient;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.his.core.card.CardNumber;
import vn.his.core.card.InsuranceCard;
import vn.his.core.card.InsuranceCardRepository;
import vn.his.core.common.ClinicalTime;
import vn.his.core.i18n.Messages;
import vn.his.core.patient.BirthDate;
import vn.his.core.patient.CitizenId;
import vn.his.core.patient.DuplicateCandidate;
import vn.his.core.patient.NameKey;
import vn.his.core.patient.Patient;
import vn.his.core.patient.PatientDetails;
import vn.his.core.patient.PatientNotFoundException;
import vn.his.core.patient.PatientRegistry;
import vn.his.core.patient.PatientRepository;
import vn.his.web.api.DuplicatePatientsException;
import vn.his.web.api.InvalidRequestException;
import vn.his.web.api.PageView;
import vn.his.web.security.AccessPolicy;

/**
 * Reception's patient operations for the API, the FHIR endpoint and the screens: find by card number, CCCD or name +
 * date of birth (with a warning when one person seems registered twice), register with duplicate detection, add
 * cards. Patients are province-wide records: any signed-in user may find them; only recording roles register them.
 */
@Service
public class PatientApiService {

    private final PatientRegistry registry;
    private final PatientRepository patients;
    private final InsuranceCardRepository cards;
    private final AccessPolicy access;
    private final ClinicalTime time;

    public PatientApiService(PatientRegistry registry, PatientRepository patients, InsuranceCardRepository cards,
                             AccessPolicy access, ClinicalTime time) {
        this.registry = registry;
        this.patients = patients;
        this.cards = cards;
        this.access = access;
        this.time = time;
    }

    /** What to search for: exactly one of card number, CCCD, or name with (possibly partial) birth date. */
    public record Criteria(String cardNumber, String citizenId, String name, String birthDate) {
    }

    /**
     * One page of the patients matching {@code c}, oldest registration (patient id) first; the duplicate warning counts
     * the whole result. Page from 0, size 1..{@link PageView#MAX_SIZE} (400 otherwise).
     */
    @Transactional(readOnly = true)
    public PatientSearchResult search(Criteria c, int page, int size, Locale locale) {
        access.current();
        PageView.check(page, size);
        List<Patient> found;
        String criterion;
        if (c.cardNumber() != null && !c.cardNumber().isBlank()) {
            CardNumber number = new CardNumber(c.cardNumber());
            Map<Long, Patient> byId = new LinkedHashMap<>();
            cards.findBySocialInsuranceNo(number.socialInsuranceNo()).forEach(card -> byId.putIfAbsent(
                    card.patient().id(), card.patient()));
            found = new ArrayList<>(byId.values());
            criterion = number.value();
        } else if (c.citizenId() != null && !c.citizenId().isBlank()) {
            String id = CitizenId.normalize(c.citizenId());
            found = patients.findByCitizenId(id);
            criterion = id;
        } else if (c.name() != null && !c.name().isBlank() && c.birthDate() != null
                && c.birthDate().matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            BirthDate birth = PatientRequest.parseBirthDate(c.birthDate());
            found = patients.findByNameKeyAndBirthYear(NameKey.of(c.name()), birth.year()).stream()
                    .filter(p -> compatible(p.birthDate().month(), birth.month())
                            && compatible(p.birthDate().day(), birth.day()))
                    .toList();
            criterion = c.name().strip() + " " + birth.display();
        } else {
            throw new InvalidRequestException("api.search.criteria", "cardNumber");
        }
        List<String> warnings = new ArrayList<>();
        if (found.size() > 1) {
            warnings.add(Messages.get(locale, "api.search.duplicates", found.size(), criterion));
        }
        List<PatientView> items = found.stream().sorted(Comparator.comparing(Patient::id))
                .skip((long) page * size).limit(size).map(this::view).toList();
        return new PatientSearchResult(items, warnings, page, size, found.size());
    }

    @Transactional(readOnly = true)
    public PatientView get(Long patientId) {
        access.current();
        return view(find(patientId));
    }

    /** Possible duplicates of a person about to be registered. */
    @Transactional(readOnly = true)
    public List<DuplicateView> duplicatesOf(PatientRequest request) {
        access.current();
        PatientDetails details = request.toDetails(time.today());
        CardNumber card = request.card() == null ? null : new CardNumber(request.card().cardNumber());
        return registry.findDuplicates(details, card).stream().map(DuplicateView::of).toList();
    }

    /**
     * Registers a patient and their first card in one transaction. Possible duplicates stop the registration (409)
     * unless {@code confirmDuplicates}; a CCCD already registered is always refused (422).
     */
    @Transactional
    public PatientView register(PatientRequest request) {
        access.requireRecordingRole();
        PatientDetails details = request.toDetails(time.today());
        CardNumber card = request.card() == null ? null : new CardNumber(request.card().cardNumber());
        List<DuplicateCandidate> duplicates = registry.findDuplicates(details, card);
        boolean sameCitizenId = duplicates.stream()
                .anyMatch(d -> d.reason() == DuplicateCandidate.Reason.SAME_CITIZEN_ID);
        if (!duplicates.isEmpty() && !sameCitizenId && !request.duplicatesConfirmed()) {
            throw new DuplicatePatientsException(duplicates.stream().map(DuplicateView::of).toList());
        }
        Patient patient = registry.register(details);
        if (request.card() != null) {
            registry.addCard(patient.id(), request.card().toDetails());
        }
        return view(patient);
    }

    @Transactional
    public CardView addCard(Long patientId, CardRequest request) {
        access.requireRecordingRole();
        find(patientId);
        return CardView.of(registry.addCard(patientId, request.toDetails()));
    }

    private Patient find(Long patientId) {
        return patients.findById(Objects.requireNonNull(patientId))
                .orElseThrow(() -> new PatientNotFoundException(patientId));
    }

    private PatientView view(Patient p) {
        List<InsuranceCard> held = cards.findByPatientIdOrderByValidFromDesc(p.id());
        return PatientView.of(p, held.stream().map(CardView::of).toList());
    }

    private static boolean compatible(Integer a, Integer b) {
        return a == null || b == null || a.equals(b);
    }
}
