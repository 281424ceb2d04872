package vn.his.web.fhir;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hl7.fhir.r4.model.ChargeItem;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Reference;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.his.core.card.CardNumber;
import vn.his.core.card.InsuranceCard;
import vn.his.core.card.InsuranceCardRepository;
import vn.his.core.catalog.Icd10Catalog;
import vn.his.core.common.ClinicalTime;
import vn.his.core.encounter.OrderLine;
import vn.his.core.facility.DepartmentRepository;
import vn.his.core.facility.Facility;
import vn.his.core.facility.FacilityRepository;
import vn.his.core.facility.PractitionerRepository;
import vn.his.core.patient.CitizenId;
import vn.his.core.patient.PatientNotFoundException;
import vn.his.core.patient.PatientRegistry;
import vn.his.core.patient.PatientRepository;
import vn.his.web.api.InvalidRequestException;
import vn.his.web.api.ResourceNotFoundException;
import vn.his.web.api.encounter.EncounterApiService;
import vn.his.web.api.encounter.EncounterQuery;
import vn.his.web.api.encounter.FinishRequest;
import vn.his.web.api.encounter.OpenEncounterRequest;
import vn.his.web.api.patient.PatientApiService;
import vn.his.web.api.patient.PatientRequest;
import vn.his.web.security.AccessPolicy;

/**
 * The FHIR endpoint's reads and writes, each one transaction, over the same application services and the same
 * facility scoping ({@link AccessPolicy}) as the REST API.
 */
@Service
public class FhirService {

    private static final int SEARCH_LIMIT = 200;

    private final PatientRepository patients;
    private final PatientRegistry registry;
    private final InsuranceCardRepository cards;
    private final FacilityRepository facilities;
    private final PractitionerRepository practitioners;
    private final DepartmentRepository departments;
    private final PatientApiService patientApi;
    private final EncounterApiService encounterApi;
    private final EncounterQuery encounterQuery;
    private final Icd10Catalog icd10;
    private final AccessPolicy access;
    private final ClinicalTime time;

    public FhirService(PatientRepository patients, PatientRegistry registry, InsuranceCardRepository cards,
                       FacilityRepository facilities, PractitionerRepository practitioners,
                       DepartmentRepository departments, PatientApiService patientApi, EncounterApiService encounterApi, EncounterQuery encounterQuery,
                       Icd10Catalog icd10, AccessPolicy access, ClinicalTime time) {
        this.patients = patients;
        this.registry = registry;
        this.cards = cards;
        this.facilities = facilities;
        this.practitioners = practitioners;
        this.departments = departments;
        this.patientApi = patientApi;
        this.encounterApi = encounterApi;
        this.encounterQuery = encounterQuery;
        this.icd10 = icd10;
        this.access = access;
        this.time = time;
    }

    // ---- Patient

    @Transactional(readOnly = true)
    public Patient patient(Long id) {
        access.current();
        return toFhir(patients.findById(id).orElseThrow(() -> new PatientNotFoundException(id)));
    }

    /** Patients by identifier: MA_BN, CCCD or card number (any card of the same social-insurance number). */
    @Transactional(readOnly = true)
    public List<Patient> patientsByIdentifier(String system, String value) {
        access.current();
        Map<Long, vn.his.core.patient.Patient> found = new LinkedHashMap<>();
        if (system == null || system.equals(FhirSystems.PATIENT_CODE)) {
            patients.findByPatientCode(value.strip()).ifPresent(p -> found.put(p.id(), p));
        }
        if ((system == null || system.equals(FhirSystems.CITIZEN_ID)) && value.strip().matches("\\d{12}|\\d{9}|[A-Z]\\d{7}")) {
            patients.findByCitizenId(CitizenId.normalize(value)).forEach(p -> found.putIfAbsent(p.id(), p));
        }
        if ((system == null || system.equals(FhirSystems.CARD_NUMBER)) && value.strip().length() == 15) {
            cards.findBySocialInsuranceNo(new CardNumber(value).socialInsuranceNo())
                    .forEach(c -> found.putIfAbsent(c.patient().id(), c.patient()));
        }
        return found.values().stream().map(this::toFhir).toList();
    }

    @Transactional
    public Patient createPatient(Patient r, boolean confirmDuplicates) {
        Long id = patientApi.register(patientRequest(r, confirmDuplicates)).id();
        return patient(id);
    }

    @Transactional
    public Patient updatePatient(Long id, Patient r) {
        access.requireRecordingRole();
        patients.findById(id).orElseThrow(() -> new PatientNotFoundException(id));
        registry.update(id, patientRequest(r, true).toDetails(time.today()));
        return patient(id);
    }

    private Patient toFhir(vn.his.core.patient.Patient p) {
        return FhirMapper.patient(p, cards.findByPatientIdOrderByValidFromDesc(p.id()));
    }

    private static PatientRequest patientRequest(Patient r, boolean confirm) {
        String name = r.hasName() ? (r.getNameFirstRep().hasText() ? r.getNameFirstRep().getText()
                : (r.getNameFirstRep().getFamily() + " " + r.getNameFirstRep().getGivenAsSingleString()).strip())
                : null;
        String citizenId = r.getIdentifier().stream().filter(i -> FhirSystems.CITIZEN_ID.equals(i.getSystem()))
                .map(Identifier::getValue).findFirst().orElse(null);
        String phone = r.getTelecom().stream().map(t -> t.getValue()).findFirst().orElse(null);
        var address = r.hasAddress() ? r.getAddressFirstRep() : null;
        return new PatientRequest(name, r.hasBirthDateElement() ? r.getBirthDateElement().getValueAsString() : null,
                FhirMapper.gender(r.getGender()), code(r.getExtensionByUrl(FhirSystems.EXT_ETHNICITY)),
                code(r.getExtensionByUrl(FhirSystems.EXT_NATIONALITY)),
                code(r.getExtensionByUrl(FhirSystems.EXT_OCCUPATION)), address == null ? null : address.getText(),
                address == null ? null : address.getState(), address == null ? null : address.getDistrict(),
                address == null ? null : code(address.getExtensionByUrl(FhirSystems.EXT_COMMUNE)), citizenId, phone,
                null, null, confirm);
    }

    private static String code(Extension e) {
        return e == null || e.getValue() == null ? null : e.getValue().primitiveValue();
    }

    // ---- Organization and Practitioner

    @Transactional(readOnly = true)
    public Organization organization(Long id) {
        access.current();
        Facility f = facilities.findById(id).orElseThrow(() -> new ResourceNotFoundException("api.facility.notFound", id));
        return FhirMapper.organization(f, time.today());
    }

    /** Facilities are public reference data: any signed-in user may list them. */
    @Transactional(readOnly = true)
    public List<Organization> organizations(String facilityCode) {
        access.current();
        List<Facility> list = facilityCode == null ? facilities.findAll() : facilities.findAllByCode(facilityCode.strip());
        return list.stream().map(f -> FhirMapper.organization(f, time.today())).toList();
    }

    @Transactional(readOnly = true)
    public Practitioner practitioner(Long id) {
        var p = practitioners.findById(id).orElseThrow(() -> new ResourceNotFoundException("fhir.practitioner.notFound", id));
        access.requireRead(p.facility());
        return FhirMapper.practitioner(p);
    }

    /** Practitioners of the facilities the user may read, optionally with one CCHN. */
    @Transactional(readOnly = true)
    public List<Practitioner> practitioners(String certificateNo) {
        var scope = access.scope();
        return practitioners.findAll().stream()
                .filter(p -> scope.includes(p.facility()))
                .filter(p -> certificateNo == null || p.certificateNo().equals(certificateNo.strip()))
                .limit(SEARCH_LIMIT).map(FhirMapper::practitioner).toList();
    }

    // ---- Coverage

    @Transactional(readOnly = true)
    public Coverage coverage(Long id) {
        access.current();
        return FhirMapper.coverage(cards.findById(id)
                .orElseThrow(() -> new ResourceNotFoundException("fhir.coverage.notFound", id)));
    }

    @Transactional(readOnly = true)
    public List<Coverage> coverages(Long patientId, String cardNumber) {
        access.current();
        List<InsuranceCard> list = patientId != null ? cards.findByPatientIdOrderByValidFromDesc(patientId)
                : cards.findByCardNumber(new CardNumber(cardNumber).value());
        return list.stream().map(FhirMapper::coverage).toList();
    }

    @Transactional
    public Coverage createCoverage(Coverage r) {
        Long patientId = idOf(r.getBeneficiary(), "Patient", "beneficiary");
        return coverage(patientApi.addCard(patientId, CoverageCards.request(r)).id());
    }

    // ---- Encounter, Condition, ChargeItem

    @Transactional(readOnly = true)
    public Encounter encounter(Long id) {
        return fhirEncounter(encounterApi.readable(id));
    }

    private Encounter fhirEncounter(vn.his.core.encounter.Encounter e) {
        return FhirMapper.encounter(e, code -> departments.findByFacilityIdAndCode(e.facility().id(), code)
                .map(vn.his.core.facility.Department::id));
    }

    /** Encounters in the user's scope by MA_LK or by patient. */
    @Transactional(readOnly = true)
    public List<Encounter> encounters(String maLk, Long patientId) {
        var filter = new EncounterQuery.Filter(access.scope(), null, null, null, null, maLk, patientId);
        return encounterQuery.page(filter, 0, SEARCH_LIMIT).items().stream().map(this::fhirEncounter).toList();
    }

    /**
     * Opens an encounter: subject, serviceProvider (default the user's facility), period.start, type (MA_LOAI_KCB),
     * reasonCode text, location identifier (MA_KHOA), class EMER for an emergency; the patient's cards valid on the
     * arrival day are presented.
     */
    @Transactional
    public Encounter createEncounter(Encounter r) {
        Long patientId = idOf(r.getSubject(), "Patient", "subject");
        Long facilityId = r.hasServiceProvider() ? idOf(r.getServiceProvider(), "Organization", "serviceProvider")
                : null;
        var arrival = r.getPeriod().hasStart() ? FhirMapper.local(r.getPeriod().getStart()) : time.now();
        List<Long> cardIds = new ArrayList<>();
        cards.findByPatientIdOrderByValidFromDesc(patientId).stream()
                .filter(c -> c.isValidOn(arrival.toLocalDate())).findFirst().ifPresent(c -> cardIds.add(c.id()));
        String type = r.getType().stream().flatMap(t -> t.getCoding().stream())
                .filter(c -> FhirSystems.ENCOUNTER_TYPE.equals(c.getSystem())).map(c -> c.getCode()).findFirst()
                .orElse(null);
        String department = r.getLocation().stream().map(l -> l.getLocation().getIdentifier())
                .filter(i -> FhirSystems.DEPARTMENT_CODE.equals(i.getSystem())).map(Identifier::getValue).findFirst()
                .orElse(null);
        boolean emergency = "EMER".equals(r.getClass_().getCode());
        String reason = r.getReasonCode().stream().map(c -> c.getText()).findFirst().orElse(null);
        var opened = encounterApi.open(new OpenEncounterRequest(patientId, cardIds, type, arrival, reason, emergency,
                null, null, false, null, department, null, facilityId));
        return encounter(opened.id());
    }

    /**
     * Updates an encounter: the one change supported is finishing an open one (status {@code finished} with
     * period.end and the extensions KET_QUA_DTRI and MA_LOAI_RV); anything else is refused (422).
     */
    @Transactional
    public Encounter updateEncounter(Long id, Encounter r) {
        var e = encounterApi.readable(id);
        boolean finishing = r.getStatus() == Encounter.EncounterStatus.FINISHED && e.status().editable();
        if (!finishing) {
            throw new vn.his.core.common.DomainException("fhir.encounter.updateUnsupported", e.maLk());
        }
        Integer result = integer(r.getExtensionByUrl(FhirSystems.EXT_TREATMENT_RESULT));
        Integer dischargeType = integer(r.getExtensionByUrl(FhirSystems.EXT_DISCHARGE_TYPE));
        if (result == null || dischargeType == null) {
            throw new InvalidRequestException("fhir.encounter.finishFields", "extension");
        }
        encounterApi.finish(id, new FinishRequest(FhirMapper.local(r.getPeriod().getEnd()), result, dischargeType,
                null, null, null, null));
        return encounter(id);
    }

    @Transactional(readOnly = true)
    public Condition condition(String id) {
        String[] parts = compositeId(id);
        var e = encounterApi.readable(Long.valueOf(parts[0]));
        int n = Integer.parseInt(parts[1]);
        List<String> codes = FhirMapper.diagnosisCodes(e);
        if (n < 1 || n > codes.size()) {
            throw new ResourceNotFoundException("fhir.condition.notFound", id);
        }
        return FhirMapper.condition(e, n, codes.get(n - 1), icdName(codes.get(n - 1), e.arrivalTime().toLocalDate()));
    }

    @Transactional(readOnly = true)
    public List<Condition> conditions(Long encounterId) {
        var e = encounterApi.readable(encounterId);
        List<String> codes = FhirMapper.diagnosisCodes(e);
        List<Condition> list = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            list.add(FhirMapper.condition(e, i + 1, codes.get(i), icdName(codes.get(i), e.arrivalTime().toLocalDate())));
        }
        return list;
    }

    @Transactional(readOnly = true)
    public ChargeItem chargeItem(String id) {
        String[] parts = compositeId(id);
        var e = encounterApi.readable(Long.valueOf(parts[0]));
        int lineNo = Integer.parseInt(parts[1]);
        OrderLine line = e.lines().stream().filter(l -> l.lineNo() == lineNo).findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("fhir.chargeItem.notFound", id));
        return FhirMapper.chargeItem(e, line);
    }

    @Transactional(readOnly = true)
    public List<ChargeItem> chargeItems(Long encounterId) {
        var e = encounterApi.readable(encounterId);
        return e.lines().stream().map(l -> FhirMapper.chargeItem(e, l)).toList();
    }

    // ---- helpers

    private String icdName(String code, java.time.LocalDate on) {
        return icd10.search(code, on, 5).stream().filter(c -> c.code().equals(code)).map(c -> c.nameVi()).findFirst()
                .orElse(null);
    }

    private static String[] compositeId(String id) {
        if (id == null || !id.matches("\\d{1,18}-\\d{1,6}")) {
            throw new ResourceNotFoundException("fhir.id.notFound", String.valueOf(id));
        }
        return id.split("-");
    }

    static Long idOf(Reference ref, String type, String field) {
        String s = ref == null || ref.getReferenceElement() == null ? null : ref.getReferenceElement().getIdPart();
        String t = ref == null || ref.getReferenceElement() == null ? null : ref.getReferenceElement().getResourceType();
        if (s == null || !s.matches("\\d{1,18}") || (t != null && !t.equals(type))) {
            throw new InvalidRequestException("fhir.reference.invalid", field, type);
        }
        return Long.valueOf(s);
    }

    private static Integer integer(Extension e) {
        return e != null && e.getValue() instanceof IntegerType i ? i.getValue() : null;
    }
}
