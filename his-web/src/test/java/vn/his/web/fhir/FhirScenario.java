package vn.his.web.fhir;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicLong;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.ChargeItem;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.client.interceptor.BasicAuthInterceptor;

import vn.his.core.common.ClinicalTime;
import vn.his.core.facility.Facility;
import vn.his.core.testsupport.CoreFixtures;
import vn.his.export.claim.ClaimStore;
import vn.his.export.claim.StoredClaim;
import vn.his.export.gateway.SubmissionOutcome;
import vn.his.export.gateway.SubmissionResult;
import vn.his.export.outbox.AttemptVerdict;
import vn.his.export.outbox.ClaimedSubmission;
import vn.his.export.outbox.SubmissionStatus;
import vn.his.export.outbox.SubmissionStore;
import vn.his.web.claims.SettledVisits;
import vn.his.web.security.HisUser;
import vn.his.web.security.HisUserRepository;
import vn.his.web.security.Role;
import vn.his.web.testsupport.WebFixtures;

/**
 * What the FHIR tests need besides {@link WebFixtures}: a HAPI generic client as a user, a settled visit with its
 * claim version and outbox submission (and a billing clerk of its facility), the gateway's acceptance of that
 * submission, and a transaction Bundle that imports a whole encounter.
 */
@Component
@ConditionalOnWebApplication
public class FhirScenario {

    static final FhirContext CONTEXT = FhirContext.forR4();
    private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime() % 100_000_000L);

    static {
        CONTEXT.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
    }

    private final SettledVisits visits;
    private final HisUserRepository users;
    private final PasswordEncoder encoder;
    private final ClaimStore claims;
    private final SubmissionStore submissions;
    private final ClinicalTime time;

    public FhirScenario(SettledVisits visits, HisUserRepository users, PasswordEncoder encoder, ClaimStore claims,
                        SubmissionStore submissions, ClinicalTime time) {
        this.visits = visits;
        this.users = users;
        this.encoder = encoder;
        this.claims = claims;
        this.submissions = submissions;
        this.time = time;
    }

    static IGenericClient client(int port, String user) {
        IGenericClient client = CONTEXT.newRestfulGenericClient("http://127.0.0.1:" + port + "/fhir");
        if (user != null) {
            client.registerInterceptor(new BasicAuthInterceptor(user, WebFixtures.PASSWORD));
        }
        return client;
    }

    /** A settled visit of a new facility of province 40 and a billing clerk of that facility. */
    public record SettledClaim(Facility facility, String maLk, String clerk, StoredClaim claim) {
    }

    public SettledClaim settledClaim(String patientName) {
        Facility f = visits.facility();
        String maLk = visits.settledVisit(f, patientName, LocalDateTime.of(2026, 11, 12, 8, 0), false);
        String clerk = "fhir-clerk-" + UNIQUE.incrementAndGet();
        users.save(new HisUser(clerk, encoder.encode(WebFixtures.PASSWORD), clerk, f, EnumSet.of(Role.BILLING_CLERK),
                time.now()));
        return new SettledClaim(f, maLk, clerk, claims.latest(maLk).orElseThrow());
    }

    /**
     * Records the gateway's acceptance of the claim's dossier as the dispatcher would (claim the row, then its
     * answer), one day ahead so the row is due even if the application's own dispatcher tried it meanwhile.
     */
    public void accept(StoredClaim claim, String maGiaoDich) {
        LocalDateTime later = time.now().plusDays(1);
        ClaimedSubmission claimed = submissions.claim(claim.submissionId(), "fhir-test", later, later.plusMinutes(5))
                .orElseThrow();
        boolean held = submissions.finish(claimed, "ACCEPTED", new SubmissionResult(SubmissionOutcome.ACCEPTED, "200",
                maGiaoDich, later, "Tiếp nhận hồ sơ thành công", 200, null), null,
                new AttemptVerdict(SubmissionStatus.ACCEPTED, null), later);
        if (!held) {
            throw new IllegalStateException("the test lost the lease of submission " + claim.submissionId());
        }
    }

    static String uniqueCitizenId() {
        return String.format("0401%08d", UNIQUE.incrementAndGet() % 100_000_000L);
    }

    static String uniqueCardNumber() {
        return String.format("GD440%010d", 3_000_000_000L + UNIQUE.incrementAndGet());
    }

    /**
     * A transaction Bundle from "another system": a patient (conditional on the CCCD), their card (conditional on the
     * card number), an outpatient visit at {@code site} arriving at {@code arrival} and finished an hour later, two
     * ICD-10 diagnoses (J02.9 ranked first) and one service line from the facility's catalogue.
     */
    static Bundle encounterBundle(WebFixtures.Site site, String name, String citizenId, String cardNumber,
                                  LocalDateTime arrival, String itemCode) {
        Bundle b = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        Patient p = new Patient();
        p.addIdentifier().setSystem(FhirSystems.CITIZEN_ID).setValue(citizenId);
        p.addName().setText(name);
        p.setGender(Enumerations.AdministrativeGender.MALE);
        p.setBirthDateElement(new DateType("1975-04-30"));
        p.addAddress().setText("Xóm 3, xã Diễn Hải").setState("40")
                .addExtension(FhirSystems.EXT_COMMUNE, new CodeType("17605"));
        p.addExtension(FhirSystems.EXT_ETHNICITY, new CodeType("01"));
        p.addExtension(FhirSystems.EXT_NATIONALITY, new CodeType("000"));
        p.addExtension(FhirSystems.EXT_OCCUPATION, new CodeType("00000"));
        entry(b, "urn:uuid:8f0d6c9e-0000-4000-8000-000000000001", p, "Patient",
                "identifier=" + FhirSystems.CITIZEN_ID + "|" + citizenId);

        Coverage c = new Coverage();
        c.setStatus(Coverage.CoverageStatus.ACTIVE);
        c.addIdentifier().setSystem(FhirSystems.CARD_NUMBER).setValue(cardNumber);
        c.setBeneficiary(new Reference("urn:uuid:8f0d6c9e-0000-4000-8000-000000000001"));
        c.addPayor().setDisplay("BHXH");
        c.setPeriod(new Period().setStartElement(new DateTimeType("2026-01-01"))
                .setEndElement(new DateTimeType(CoreFixtures.CARD_VALID_TO.toString())));
        c.addExtension(FhirSystems.EXT_REGISTERED_FACILITY, new Identifier().setSystem(FhirSystems.FACILITY_CODE)
                .setValue(site.code()));
        entry(b, "urn:uuid:8f0d6c9e-0000-4000-8000-000000000002", c, "Coverage",
                "identifier=" + FhirSystems.CARD_NUMBER + "|" + cardNumber);

        Encounter e = new Encounter();
        e.setStatus(Encounter.EncounterStatus.FINISHED);
        e.setClass_(new Coding(FhirMapper.ACT_CODE, "AMB", "ambulatory"));
        e.addType().addCoding(new Coding(FhirSystems.ENCOUNTER_TYPE, "01", null));
        e.setSubject(new Reference("urn:uuid:8f0d6c9e-0000-4000-8000-000000000001"));
        e.setServiceProvider(new Reference().setIdentifier(new Identifier().setSystem(FhirSystems.FACILITY_CODE)
                .setValue(site.code())));
        e.setPeriod(new Period().setStartElement(FhirMapper.dateTime(arrival))
                .setEndElement(FhirMapper.dateTime(arrival.plusHours(1))));
        e.addReasonCode().setText("Sốt, đau họng");
        e.addLocation().setLocation(new Reference().setIdentifier(new Identifier()
                .setSystem(FhirSystems.DEPARTMENT_CODE).setValue("K01")));
        e.addDiagnosis().setCondition(new Reference("urn:uuid:8f0d6c9e-0000-4000-8000-000000000004")).setRank(1);
        e.addExtension(FhirSystems.EXT_TREATMENT_RESULT, new IntegerType(1));
        e.addExtension(FhirSystems.EXT_DISCHARGE_TYPE, new IntegerType(1));
        entry(b, "urn:uuid:8f0d6c9e-0000-4000-8000-000000000003", e, "Encounter", null);

        // the secondary diagnosis first in the Bundle: the rank on the Encounter decides which one is MA_BENH_CHINH
        entry(b, "urn:uuid:8f0d6c9e-0000-4000-8000-000000000005", condition("I10", "Tăng huyết áp"), "Condition", null);
        entry(b, "urn:uuid:8f0d6c9e-0000-4000-8000-000000000004", condition("J02.9", "Viêm họng cấp"), "Condition",
                null);

        ChargeItem line = new ChargeItem();
        line.setStatus(ChargeItem.ChargeItemStatus.BILLABLE);
        line.setCode(new org.hl7.fhir.r4.model.CodeableConcept().addCoding(
                new Coding(FhirSystems.SERVICE_CODE, itemCode, "Khám Nội")));
        line.setSubject(new Reference("urn:uuid:8f0d6c9e-0000-4000-8000-000000000001"));
        line.setContext(new Reference("urn:uuid:8f0d6c9e-0000-4000-8000-000000000003"));
        line.setOccurrence(FhirMapper.dateTime(arrival.plusMinutes(10)));
        line.setQuantity(new Quantity().setValue(1));
        line.setEnterer(new Reference().setIdentifier(new Identifier()
                .setSystem(FhirSystems.PRACTITIONER_CERTIFICATE).setValue(site.cchn())));
        entry(b, "urn:uuid:8f0d6c9e-0000-4000-8000-000000000006", line, "ChargeItem", null);
        return b;
    }

    private static Condition condition(String code, String text) {
        Condition c = new Condition();
        c.addCategory().addCoding(new Coding(FhirMapper.CONDITION_CATEGORY, "encounter-diagnosis", null));
        c.setCode(new org.hl7.fhir.r4.model.CodeableConcept().addCoding(new Coding(FhirSystems.ICD10, code, text))
                .setText(text));
        c.setSubject(new Reference("urn:uuid:8f0d6c9e-0000-4000-8000-000000000001"));
        c.setEncounter(new Reference("urn:uuid:8f0d6c9e-0000-4000-8000-000000000003"));
        return c;
    }

    private static void entry(Bundle b, String fullUrl, Resource r, String url, String ifNoneExist) {
        Bundle.BundleEntryComponent e = b.addEntry().setFullUrl(fullUrl).setResource(r);
        e.getRequest().setMethod(Bundle.HTTPVerb.POST).setUrl(url);
        if (ifNoneExist != null) {
            e.getRequest().setIfNoneExist(ifNoneExist);
        }
    }

    static LocalDate today() {
        return LocalDate.now(ClinicalTime.VIETNAM);
    }
}
