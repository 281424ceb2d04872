package vn.his.web.fhir;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.ChargeItem;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.his.core.card.CardNumber;
import vn.his.core.card.InsuranceCard;
import vn.his.core.card.InsuranceCardRepository;
import vn.his.core.common.DomainException;
import vn.his.core.facility.Facility;
import vn.his.core.facility.FacilityRepository;
import vn.his.core.facility.PractitionerRepository;
import vn.his.web.api.InvalidRequestException;
import vn.his.web.api.encounter.DiagnosisRequest;
import vn.his.web.api.encounter.EncounterApiService;
import vn.his.web.api.encounter.LineRequest;
import vn.his.web.audit.AuditTrail;
import vn.his.web.audit.AuditTrail.Action;
import vn.his.web.audit.AuditTrail.Channel;
import vn.his.web.audit.AuditTrail.Resource;
import vn.his.web.security.AccessPolicy;

/**
 * Imports a whole encounter recorded by another system from a FHIR {@code transaction} Bundle of POST entries:
 * Patient, Coverage, Encounter, Condition (ICD-10 diagnoses) and ChargeItem (lines from the facility's catalogue).
 * <ul>
 *   <li><b>All or nothing:</b> one database transaction; the first failing entry rolls everything back (audit rows
 *       included) and the answer is an OperationOutcome naming that entry ({@code Bundle.entry[i]}).</li>
 *   <li><b>Order:</b> entries are processed by type (Patient, Coverage, Encounter, Condition, ChargeItem, then the
 *       finishing of a {@code finished} Encounter), whatever their order in the Bundle; the response lists them in the
 *       request's order.</li>
 *   <li><b>References</b> between entries are {@code urn:uuid:} full URLs, resolved to the ids created or found;
 *       {@code Patient/<id>} and {@code Organization/<id>} name existing records; the facility may also be named by
 *       identifier (MA_CSKCB), an ordering practitioner by identifier (CCHN) or {@code Practitioner/<id>}.</li>
 *   <li><b>Conditional create</b> ({@code request.ifNoneExist = identifier=<system>|<value>}) for Patient (MA_BN,
 *       CCCD or card number) and Coverage (card number, among the beneficiary's cards with the same start): a single
 *       match is reused (200 OK), several are refused (412), none creates. So re-posting the same Bundle does not
 *       register the patient again, and the encounter guard below stops a second copy of the encounter.</li>
 *   <li><b>One encounter per arrival:</b> an encounter of the same patient at the same facility arriving in the same
 *       minute is taken to be the same encounter already imported: refused with 409.</li>
 *   <li>Prices, cost groups and payment ratios come from the facility's catalogue on the order date (as for lines
 *       recorded here), never from the sending system; a ChargeItem's price is ignored.</li>
 * </ul>
 */
@Service
public class EncounterBundleImport {

    static final String CREATED = "201 Created";
    static final String FOUND = "200 OK";

    private final FhirService fhir;
    private final EncounterApiService encounters;
    private final FacilityRepository facilities;
    private final PractitionerRepository practitioners;
    private final InsuranceCardRepository cards;
    private final AuditTrail audit;
    private final JdbcTemplate jdbc;
    private final AccessPolicy access;

    public EncounterBundleImport(FhirService fhir, EncounterApiService encounters, FacilityRepository facilities,
                                 PractitionerRepository practitioners, InsuranceCardRepository cards, AuditTrail audit,
                                 JdbcTemplate jdbc, AccessPolicy access) {
        this.fhir = fhir;
        this.encounters = encounters;
        this.facilities = facilities;
        this.practitioners = practitioners;
        this.cards = cards;
        this.audit = audit;
        this.jdbc = jdbc;
        this.access = access;
    }

    /** An entry that failed: the index and full URL of the entry, the cause as thrown. */
    public static class EntryFailedException extends RuntimeException {
        private final int index;
        private final String fullUrl;

        EntryFailedException(int index, String fullUrl, RuntimeException cause) {
            super(cause);
            this.index = index;
            this.fullUrl = fullUrl;
        }

        public int index() {
            return index;
        }

        public String fullUrl() {
            return fullUrl;
        }
    }

    /** Thrown when a conditional create matches several records (HTTP 412). */
    public static class SeveralMatchesException extends DomainException {
        public SeveralMatchesException(String criteria, int count) {
            super("fhir.bundle.severalMatches", criteria, count);
        }
    }

    private record Entry(int index, Bundle.BundleEntryComponent source, org.hl7.fhir.r4.model.Resource resource) {
        String fullUrl() {
            return source.getFullUrl();
        }
    }

    @Transactional
    public Bundle importTransaction(Bundle bundle, boolean confirmDuplicates) {
        if (bundle == null || bundle.getType() != Bundle.BundleType.TRANSACTION) {
            throw new InvalidRequestException("fhir.bundle.notTransaction", "type");
        }
        Map<String, List<Entry>> byType = new LinkedHashMap<>();
        for (String type : List.of("Patient", "Coverage", "Encounter", "Condition", "ChargeItem")) {
            byType.put(type, new ArrayList<>());
        }
        List<Bundle.BundleEntryComponent> entries = bundle.getEntry();
        for (int i = 0; i < entries.size(); i++) {
            Bundle.BundleEntryComponent e = entries.get(i);
            Entry entry = new Entry(i, e, e.getResource());
            at(entry, () -> {
                if (e.getRequest().getMethod() != Bundle.HTTPVerb.POST) {
                    throw new InvalidRequestException("fhir.bundle.onlyPost", "request.method");
                }
                if (e.getResource() == null || !byType.containsKey(e.getResource().fhirType())) {
                    throw new InvalidRequestException("fhir.bundle.unsupportedType", "resource",
                            e.getResource() == null ? "-" : e.getResource().fhirType());
                }
                if (e.getRequest().hasIfNoneExist() && !(e.getResource() instanceof Patient)
                        && !(e.getResource() instanceof Coverage)) {
                    throw new InvalidRequestException("fhir.bundle.conditionalUnsupported", "request.ifNoneExist");
                }
                byType.get(e.getResource().fhirType()).add(entry);
            });
        }
        Map<String, String> resolved = new HashMap<>();
        Bundle.BundleEntryComponent[] responses = new Bundle.BundleEntryComponent[entries.size()];

        for (Entry e : byType.get("Patient")) {
            at(e, () -> responses[e.index()] = patient(e, (Patient) e.resource(), confirmDuplicates, resolved));
        }
        for (Entry e : byType.get("Coverage")) {
            at(e, () -> responses[e.index()] = coverage(e, (Coverage) e.resource(), resolved));
        }
        for (Entry e : byType.get("Encounter")) {
            at(e, () -> responses[e.index()] = encounter(e, (Encounter) e.resource(), resolved));
        }
        diagnoses(byType.get("Condition"), byType.get("Encounter"), resolved, responses);
        for (Entry e : byType.get("ChargeItem")) {
            at(e, () -> responses[e.index()] = chargeItem((ChargeItem) e.resource(), resolved));
        }
        for (Entry e : byType.get("Encounter")) {
            Encounter r = (Encounter) e.resource();
            if (r.getStatus() == Encounter.EncounterStatus.FINISHED) {
                at(e, () -> {
                    Long id = Long.valueOf(resolved.get(e.fullUrl()).substring("Encounter/".length()));
                    fhir.updateEncounter(id, r);
                    audit.record(Action.UPDATE, Resource.ENCOUNTER, id, Channel.FHIR);
                });
            }
        }

        Bundle out = new Bundle().setType(Bundle.BundleType.TRANSACTIONRESPONSE);
        for (Bundle.BundleEntryComponent r : responses) {
            out.addEntry(r);
        }
        return out;
    }

    // ---- entries

    private Bundle.BundleEntryComponent patient(Entry e, Patient r, boolean confirm, Map<String, String> resolved) {
        if (e.source().getRequest().hasIfNoneExist()) {
            String[] token = identifierCriteria(e.source().getRequest().getIfNoneExist());
            List<Patient> found = fhir.patientsByIdentifier(token[0], token[1]);
            if (found.size() > 1) {
                throw new SeveralMatchesException(e.source().getRequest().getIfNoneExist(), found.size());
            }
            if (found.size() == 1) {
                String id = found.get(0).getIdElement().getIdPart();
                audit.record(Action.VIEW, Resource.PATIENT, Long.parseLong(id), Channel.FHIR);
                return done(e, resolved, "Patient/" + id, FOUND);
            }
        }
        Patient created = fhir.createPatient(r, confirm);
        long id = created.getIdElement().getIdPartAsLong();
        audit.record(Action.CREATE, Resource.PATIENT, id, Channel.FHIR);
        return done(e, resolved, "Patient/" + id, CREATED);
    }

    private Bundle.BundleEntryComponent coverage(Entry e, Coverage r, Map<String, String> resolved) {
        r.setBeneficiary(resolve(r.getBeneficiary(), "Patient", "beneficiary", resolved));
        if (e.source().getRequest().hasIfNoneExist()) {
            String[] token = identifierCriteria(e.source().getRequest().getIfNoneExist());
            if (token[0] != null && !token[0].equals(FhirSystems.CARD_NUMBER)) {
                throw new InvalidRequestException("fhir.bundle.conditionalSystem", "request.ifNoneExist", token[0]);
            }
            Long patientId = FhirService.idOf(r.getBeneficiary(), "Patient", "beneficiary");
            String number = new CardNumber(token[1]).value();
            List<InsuranceCard> same = cards.findByPatientIdOrderByValidFromDesc(patientId).stream()
                    .filter(c -> c.cardNumber().equals(number))
                    .filter(c -> !r.getPeriod().hasStart() || c.validFrom().equals(
                            FhirMapper.local(r.getPeriod().getStart()).toLocalDate()))
                    .toList();
            if (same.size() > 1) {
                throw new SeveralMatchesException(e.source().getRequest().getIfNoneExist(), same.size());
            }
            if (same.size() == 1) {
                return done(e, resolved, "Coverage/" + same.get(0).id(), FOUND);
            }
        }
        Coverage created = fhir.createCoverage(r);
        return done(e, resolved, "Coverage/" + created.getIdElement().getIdPart(), CREATED);
    }

    private Bundle.BundleEntryComponent encounter(Entry e, Encounter r, Map<String, String> resolved) {
        r.setSubject(resolve(r.getSubject(), "Patient", "subject", resolved));
        if (r.hasServiceProvider()) {
            Reference provider = r.getServiceProvider();
            if (!provider.hasReference() && provider.hasIdentifier()) {
                String code = provider.getIdentifier().getValue();
                Facility facility = facilities.findByCode(code == null ? "" : code.strip()).orElseThrow(
                        () -> new InvalidRequestException("fhir.bundle.facilityUnknown", "serviceProvider", code));
                r.setServiceProvider(new Reference("Organization/" + facility.id()));
            }
        }
        if (!r.getPeriod().hasStart()) {
            throw new InvalidRequestException("fhir.bundle.arrivalRequired", "period.start");
        }
        Long patientId = FhirService.idOf(r.getSubject(), "Patient", "subject");
        Long facilityId = r.hasServiceProvider() ? FhirService.idOf(r.getServiceProvider(), "Organization",
                "serviceProvider") : access.current().facilityId();
        if (facilityId != null) {
            LocalDateTime minute = FhirMapper.local(r.getPeriod().getStart()).truncatedTo(ChronoUnit.MINUTES);
            List<String> same = jdbc.queryForList("SELECT ma_lk FROM encounter WHERE patient_id = ? AND facility_id = ? "
                            + "AND arrival_time >= ? AND arrival_time < ?", String.class, patientId, facilityId,
                    Timestamp.valueOf(minute), Timestamp.valueOf(minute.plusMinutes(1)));
            if (!same.isEmpty()) {
                throw new AlreadyImportedException(same.get(0));
            }
        }
        Encounter requested = r.copy();
        requested.setStatus(Encounter.EncounterStatus.INPROGRESS);
        long id = fhir.createEncounter(requested).getIdElement().getIdPartAsLong();
        audit.record(Action.CREATE, Resource.ENCOUNTER, id, Channel.FHIR);
        return done(e, resolved, "Encounter/" + id, CREATED);
    }

    /** The Conditions of each encounter as its diagnoses: the one ranked 1 (else the first) is MA_BENH_CHINH. */
    private void diagnoses(List<Entry> conditions, List<Entry> encounterEntries, Map<String, String> resolved,
                           Bundle.BundleEntryComponent[] responses) {
        Map<Long, List<Entry>> byEncounter = new LinkedHashMap<>();
        Map<Entry, String> codes = new HashMap<>();
        for (Entry e : conditions) {
            at(e, () -> {
                Condition c = (Condition) e.resource();
                Long encounterId = FhirService.idOf(entryReference(c.getEncounter(), "Encounter", "encounter",
                        resolved), "Encounter", "encounter");
                String code = c.getCode().getCoding().stream().filter(x -> FhirSystems.ICD10.equals(x.getSystem()))
                        .map(Coding::getCode).filter(x -> x != null && !x.isBlank()).findFirst()
                        .orElseThrow(() -> new InvalidRequestException("fhir.bundle.icd10Required", "code"));
                codes.put(e, code.strip().toUpperCase());
                byEncounter.computeIfAbsent(encounterId, k -> new ArrayList<>()).add(e);
            });
        }
        for (Map.Entry<Long, List<Entry>> group : byEncounter.entrySet()) {
            List<Entry> list = new ArrayList<>(group.getValue());
            Entry main = mainCondition(list, encounterEntries, resolved);
            list.remove(main);
            list.add(0, main);
            Condition mainCondition = (Condition) main.resource();
            String text = mainCondition.getCode().hasText() ? mainCondition.getCode().getText()
                    : mainCondition.getCode().getCodingFirstRep().getDisplay();
            at(main, () -> {
                encounters.recordDiagnosis(group.getKey(), new DiagnosisRequest(text, text, codes.get(main),
                        list.subList(1, list.size()).stream().map(codes::get).toList(), null, null));
                audit.record(Action.UPDATE, Resource.ENCOUNTER, group.getKey(), Channel.FHIR);
            });
            for (int n = 0; n < list.size(); n++) {
                Entry e = list.get(n);
                responses[e.index()] = done(e, resolved, "Condition/" + group.getKey() + "-" + (n + 1), CREATED);
            }
        }
    }

    private static Entry mainCondition(List<Entry> conditions, List<Entry> encounterEntries,
                                       Map<String, String> resolved) {
        for (Entry enc : encounterEntries) {
            for (Encounter.DiagnosisComponent d : ((Encounter) enc.resource()).getDiagnosis()) {
                if (d.getRank() == 1 && d.getCondition().hasReference()) {
                    for (Entry c : conditions) {
                        if (d.getCondition().getReference().equals(c.fullUrl())) {
                            return c;
                        }
                    }
                }
            }
        }
        return conditions.get(0);
    }

    private Bundle.BundleEntryComponent chargeItem(ChargeItem r, Map<String, String> resolved) {
        Long encounterId = FhirService.idOf(entryReference(r.getContext(), "Encounter", "context", resolved),
                "Encounter", "context");
        Coding code = r.getCode().getCoding().stream()
                .filter(c -> List.of(FhirSystems.DRUG_CODE, FhirSystems.SERVICE_CODE, FhirSystems.SUPPLY_CODE)
                        .contains(c.getSystem()) && c.hasCode())
                .findFirst().orElseThrow(() -> new InvalidRequestException("fhir.bundle.itemCodeRequired", "code"));
        if (!r.hasQuantity() || r.getQuantity().getValue() == null) {
            throw new InvalidRequestException("fhir.bundle.quantityRequired", "quantity");
        }
        LocalDateTime orderTime = r.hasOccurrenceDateTimeType()
                ? FhirMapper.local(r.getOccurrenceDateTimeType().getValue()) : null;
        var line = encounters.addLine(encounterId, new LineRequest(code.getCode(), r.getQuantity().getValue(),
                orderingCchn(r, encounterId), orderTime, null, null, null, null));
        audit.record(Action.UPDATE, Resource.ENCOUNTER, encounterId, Channel.FHIR);
        return response("ChargeItem/" + encounterId + "-" + line.lineNo(), CREATED);
    }

    /** CCHN of the ordering practitioner: {@code enterer} (else the first performer) by identifier or Practitioner/id. */
    private String orderingCchn(ChargeItem r, Long encounterId) {
        Reference who = r.hasEnterer() ? r.getEnterer()
                : r.hasPerformer() ? r.getPerformerFirstRep().getActor() : null;
        if (who != null && who.hasIdentifier() && who.getIdentifier().hasValue()) {
            Identifier i = who.getIdentifier();
            if (i.hasSystem() && !FhirSystems.PRACTITIONER_CERTIFICATE.equals(i.getSystem())) {
                throw new InvalidRequestException("fhir.bundle.practitionerRequired", "enterer");
            }
            return i.getValue();
        }
        if (who != null && who.hasReference()) {
            Long id = FhirService.idOf(who, "Practitioner", "enterer");
            return practitioners.findById(id).map(vn.his.core.facility.Practitioner::certificateNo)
                    .orElseThrow(() -> new InvalidRequestException("fhir.bundle.practitionerRequired", "enterer"));
        }
        throw new InvalidRequestException("fhir.bundle.practitionerRequired", "enterer");
    }

    // ---- helpers

    /** A reference to an entry of the bundle ({@code urn:uuid:…}) as the id it got; other references unchanged. */
    private static Reference resolve(Reference ref, String type, String field, Map<String, String> resolved) {
        if (ref != null && ref.hasReference() && ref.getReference().startsWith("urn:")) {
            String target = resolved.get(ref.getReference());
            if (target == null || !target.startsWith(type + "/")) {
                throw new InvalidRequestException("fhir.bundle.unresolved", field, ref.getReference());
            }
            return new Reference(target);
        }
        return ref;
    }

    /**
     * A reference that must name an entry of this bundle ({@code urn:uuid:…}): diagnoses and lines are imported only
     * into the encounter the bundle creates, never into an existing one.
     */
    private static Reference entryReference(Reference ref, String type, String field, Map<String, String> resolved) {
        if (ref == null || !ref.hasReference() || !ref.getReference().startsWith("urn:")) {
            throw new InvalidRequestException("fhir.bundle.entryReference", field, type);
        }
        return resolve(ref, type, field, resolved);
    }

    /** {@code identifier=<system>|<value>} (URL-encoded or not) as {system or null, value}. */
    static String[] identifierCriteria(String criteria) {
        String c = URLDecoder.decode(criteria.strip(), StandardCharsets.UTF_8);
        if (c.contains("?")) {
            c = c.substring(c.indexOf('?') + 1);
        }
        if (!c.startsWith("identifier=") || c.contains("&") || c.length() == "identifier=".length()) {
            throw new InvalidRequestException("fhir.bundle.conditionalCriteria", "request.ifNoneExist", criteria);
        }
        String token = c.substring("identifier=".length());
        int bar = token.indexOf('|');
        String system = bar < 0 || bar == 0 ? null : token.substring(0, bar);
        String value = bar < 0 ? token : token.substring(bar + 1);
        if (value.isBlank()) {
            throw new InvalidRequestException("fhir.bundle.conditionalCriteria", "request.ifNoneExist", criteria);
        }
        return new String[] {system, value.strip()};
    }

    private static Bundle.BundleEntryComponent done(Entry e, Map<String, String> resolved, String location,
                                                    String status) {
        if (e.fullUrl() != null && !e.fullUrl().isBlank()) {
            resolved.put(e.fullUrl(), location);
        }
        return response(location, status);
    }

    private static Bundle.BundleEntryComponent response(String location, String status) {
        Bundle.BundleEntryComponent r = new Bundle.BundleEntryComponent();
        r.getResponse().setStatus(status).setLocation(location);
        return r;
    }

    private static void at(Entry e, Runnable work) {
        try {
            work.run();
        } catch (EntryFailedException already) {
            throw already;
        } catch (RuntimeException failure) {
            throw new EntryFailedException(e.index(), e.fullUrl(), failure);
        }
    }

    /** The encounter of this arrival was already recorded (HTTP 409). */
    public static class AlreadyImportedException extends DomainException {
        AlreadyImportedException(String maLk) {
            super("fhir.bundle.alreadyImported", maLk);
        }
    }
}
