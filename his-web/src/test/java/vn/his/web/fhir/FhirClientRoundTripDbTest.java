package vn.his.web.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.ChargeItem;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.ClaimResponse;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.CodeType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.gclient.TokenClientParam;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException;

import vn.his.core.common.ClinicalTime;
import vn.his.core.testsupport.CoreFixtures;
import vn.his.export.claim.ClaimStore;
import vn.his.web.testsupport.WebFixtures;
import vn.his.web.testsupport.WebTest;

/**
 * FHIR round trips with HAPI's generic client against the running server (random port): create, read, search and
 * update of Patient, Coverage and Encounter; Location of the departments; the transaction Bundle importing a whole
 * encounter (all or nothing, conditional create, re-post refused without a duplicate); Claim and ClaimResponse of a
 * settled visit before and after the gateway's acceptance, with the claims API's roles and facility scope and the
 * audit trail.
 */
@WebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FhirClientRoundTripDbTest {

    @LocalServerPort
    int port;

    @Autowired
    WebFixtures fixtures;

    @Autowired
    FhirScenario scenario;

    @Autowired
    ClaimStore claimStore;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ClinicalTime time;

    WebFixtures.World w;
    FhirScenario.SettledClaim settled;

    @BeforeAll
    void settle() {
        settled = scenario.settledClaim("Hoàng Văn Khiếu");
    }

    @BeforeEach
    void world() {
        w = fixtures.world();
    }

    IGenericClient as(String user) {
        return FhirScenario.client(port, user);
    }

    static long id(org.hl7.fhir.instance.model.api.IIdType id) {
        return id.getIdPartAsLong();
    }

    long patientUpdates(String user, long patientId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE resource_type = 'PATIENT' AND resource_id = ?"
                + " AND username = ? AND action = 'UPDATE' AND channel = 'FHIR'", Long.class, patientId, user);
    }

    @Test
    void aCoverageUpdateRevisesTheCardPeriodButNeverItsNumberAndIsScoped() {
        IGenericClient clinician = as("clinician-a");
        Patient p = new Patient();
        p.addIdentifier().setSystem(FhirSystems.CITIZEN_ID).setValue(FhirScenario.uniqueCitizenId());
        p.addName().setText("Trịnh Văn Thẻ");
        p.setGender(Enumerations.AdministrativeGender.MALE);
        p.setBirthDateElement(new DateType("1968-11-20"));
        p.addAddress().setText("Xóm 1, xã Diễn Hải").setState("40")
                .addExtension(FhirSystems.EXT_COMMUNE, new CodeType("17605"));
        p.addExtension(FhirSystems.EXT_ETHNICITY, new CodeType("01"));
        p.addExtension(FhirSystems.EXT_NATIONALITY, new CodeType("000"));
        p.addExtension(FhirSystems.EXT_OCCUPATION, new CodeType("00000"));
        long patientId = id(clinician.create().resource(p).execute().getId());
        String number = FhirScenario.uniqueCardNumber();
        Coverage c = new Coverage();
        c.setStatus(Coverage.CoverageStatus.ACTIVE);
        c.addIdentifier().setSystem(FhirSystems.CARD_NUMBER).setValue(number);
        c.setBeneficiary(new Reference("Patient/" + patientId));
        c.addPayor().setDisplay("BHXH");
        c.setPeriod(new Period().setStartElement(new DateTimeType("2026-01-01"))
                .setEndElement(new DateTimeType("2026-06-30")));
        c.addExtension(FhirSystems.EXT_REGISTERED_FACILITY, new Identifier().setValue(w.a().code()));
        long id = id(clinician.create().resource(c).execute().getId());
        long updatesBefore = patientUpdates("clinician-a", patientId);

        Coverage recorded = clinician.read().resource(Coverage.class).withId(id).execute();
        recorded.getPeriod().setEndElement(new DateTimeType(CoreFixtures.CARD_VALID_TO.toString()));
        recorded.getExtensionByUrl(FhirSystems.EXT_REGISTERED_FACILITY).setValue(new Identifier().setValue(w.b().code()));
        recorded.addExtension(FhirSystems.EXT_FIVE_YEARS, new DateType("2027-03-01"));
        var outcome = clinician.update().resource(recorded).execute();
        assertThat(outcome.getId().getIdPart()).isEqualTo(Long.toString(id));

        Coverage back = clinician.read().resource(Coverage.class).withId(id).execute();
        assertThat(back.getSubscriberId()).isEqualTo(number);
        assertThat(back.getPeriod().getEndElement().getValueAsString()).startsWith(CoreFixtures.CARD_VALID_TO.toString());
        assertThat(((Identifier) back.getExtensionByUrl(FhirSystems.EXT_REGISTERED_FACILITY).getValue()).getValue())
                .isEqualTo(w.b().code());
        assertThat(back.getExtensionByUrl(FhirSystems.EXT_FIVE_YEARS).getValue().primitiveValue())
                .isEqualTo("2027-03-01");
        assertThat(patientUpdates("clinician-a", patientId)).isEqualTo(updatesBefore + 1);

        // a changed card number is refused (422 OperationOutcome saying why), nothing written
        Coverage renumbered = clinician.read().resource(Coverage.class).withId(id).execute();
        renumbered.getIdentifierFirstRep().setValue(FhirScenario.uniqueCardNumber());
        renumbered.getPeriod().setEndElement(new DateTimeType("2026-09-30"));
        assertThatThrownBy(() -> clinician.update().resource(renumbered).execute())
                .isInstanceOfSatisfying(BaseServerResponseException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(422);
                    assertThat(e.getMessage()).contains("Không sửa được số thẻ " + number);
                });
        assertThat(clinician.read().resource(Coverage.class).withId(id).execute().getPeriod().getEndElement()
                .getValueAsString()).startsWith(CoreFixtures.CARD_VALID_TO.toString());
        // an invalid revision (end before start) is refused like a new card
        Coverage backwards = clinician.read().resource(Coverage.class).withId(id).execute();
        backwards.getPeriod().setEndElement(new DateTimeType("2025-12-31"));
        assertThatThrownBy(() -> clinician.update().resource(backwards).execute())
                .isInstanceOfSatisfying(BaseServerResponseException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(422));
        assertThat(patientUpdates("clinician-a", patientId)).isEqualTo(updatesBefore + 1);

        // the world's card was presented at facility A's encounter: facility B's clerk may not change it, an
        // insurance officer changes nothing
        Coverage presented = as("clerk-b").read().resource(Coverage.class).withId(w.cardId()).execute();
        presented.getPeriod().setEndElement(new DateTimeType(CoreFixtures.CARD_VALID_TO.toString()));
        long clerkUpdates = patientUpdates("clerk-b", w.patientId());
        assertThatThrownBy(() -> as("clerk-b").update().resource(presented).execute())
                .isInstanceOf(ForbiddenOperationException.class);
        assertThatThrownBy(() -> as("officer-40").update().resource(back).execute())
                .isInstanceOf(ForbiddenOperationException.class);
        assertThat(patientUpdates("clerk-b", w.patientId())).isEqualTo(clerkUpdates);
    }

    @Test
    void patientCoverageAndEncounterRoundTrip() {
        IGenericClient clinician = as("clinician-a");
        String cccd = FhirScenario.uniqueCitizenId();
        Patient p = new Patient();
        p.addIdentifier().setSystem(FhirSystems.CITIZEN_ID).setValue(cccd);
        p.addName().setText("Lê Thị Vòng");
        p.setGender(Enumerations.AdministrativeGender.FEMALE);
        p.setBirthDateElement(new DateType("1990-02-03"));
        p.addAddress().setText("Xóm 5, xã Diễn Hải").setState("40")
                .addExtension(FhirSystems.EXT_COMMUNE, new CodeType("17605"));
        p.addExtension(FhirSystems.EXT_ETHNICITY, new CodeType("01"));
        p.addExtension(FhirSystems.EXT_NATIONALITY, new CodeType("000"));
        p.addExtension(FhirSystems.EXT_OCCUPATION, new CodeType("00000"));
        long patientId = id(clinician.create().resource(p).execute().getId());

        Patient read = clinician.read().resource(Patient.class).withId(patientId).execute();
        assertThat(read.getNameFirstRep().getText()).isEqualTo("Lê Thị Vòng");
        assertThat(read.getNameFirstRep().getFamily()).isEqualTo("Lê");
        assertThat(read.getBirthDateElement().getValueAsString()).isEqualTo("1990-02-03");
        assertThat(read.getIdentifier()).extracting(Identifier::getSystem).contains(FhirSystems.PATIENT_CODE);

        // conditional create (If-None-Exist) with the same CCCD returns the patient instead of registering again
        var again = clinician.create().resource(p).conditional()
                .where(Patient.IDENTIFIER.exactly().systemAndCode(FhirSystems.CITIZEN_ID, cccd)).execute();
        assertThat(id(again.getId())).isEqualTo(patientId);
        assertThat(again.getCreated()).isNotEqualTo(Boolean.TRUE);

        Bundle byCccd = clinician.search().forResource(Patient.class)
                .where(new TokenClientParam("identifier").exactly().systemAndCode(FhirSystems.CITIZEN_ID, cccd))
                .returnBundle(Bundle.class).execute();
        assertThat(byCccd.getEntry()).hasSize(1);

        read.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue("0987654321");
        clinician.update().resource(read).execute();
        assertThat(clinician.read().resource(Patient.class).withId(patientId).execute().getTelecomFirstRep()
                .getValue()).isEqualTo("0987654321");

        String card = FhirScenario.uniqueCardNumber();
        Coverage c = new Coverage();
        c.setStatus(Coverage.CoverageStatus.ACTIVE);
        c.addIdentifier().setSystem(FhirSystems.CARD_NUMBER).setValue(card);
        c.setBeneficiary(new Reference("Patient/" + patientId));
        c.addPayor().setDisplay("BHXH");
        c.setPeriod(new Period().setStartElement(new DateTimeType("2026-01-01"))
                .setEndElement(new DateTimeType(CoreFixtures.CARD_VALID_TO.toString())));
        c.addExtension(FhirSystems.EXT_REGISTERED_FACILITY, new Identifier().setValue(w.a().code()));
        long coverageId = id(clinician.create().resource(c).execute().getId());
        Coverage coverage = clinician.read().resource(Coverage.class).withId(coverageId).execute();
        assertThat(coverage.getSubscriberId()).isEqualTo(card);
        assertThat(coverage.getBeneficiary().getReference()).isEqualTo("Patient/" + patientId);
        Bundle cards = clinician.search().forResource(Coverage.class)
                .where(Coverage.BENEFICIARY.hasId("Patient/" + patientId)).returnBundle(Bundle.class).execute();
        assertThat(cards.getEntry()).hasSize(1);

        Encounter e = new Encounter();
        e.setStatus(Encounter.EncounterStatus.INPROGRESS);
        e.setClass_(new org.hl7.fhir.r4.model.Coding(FhirMapper.ACT_CODE, "AMB", "ambulatory"));
        e.addType().addCoding(new org.hl7.fhir.r4.model.Coding(FhirSystems.ENCOUNTER_TYPE, "01", null));
        e.setSubject(new Reference("Patient/" + patientId));
        e.addReasonCode().setText("Ho kéo dài");
        e.addLocation().setLocation(new Reference().setIdentifier(
                new Identifier().setSystem(FhirSystems.DEPARTMENT_CODE).setValue("K01")));
        long encounterId = id(clinician.create().resource(e).execute().getId());
        Encounter opened = clinician.read().resource(Encounter.class).withId(encounterId).execute();
        assertThat(opened.getStatus()).isEqualTo(Encounter.EncounterStatus.INPROGRESS);
        assertThat(opened.getServiceProvider().getReference()).isEqualTo("Organization/" + w.a().facilityId());
        String department = opened.getLocationFirstRep().getLocation().getReference();
        assertThat(department).startsWith("Location/");
        Location k01 = clinician.read().resource(Location.class).withId(new IdType(department)).execute();
        assertThat(k01.getIdentifierFirstRep().getValue()).isEqualTo("K01");
        assertThat(k01.getManagingOrganization().getReference()).isEqualTo("Organization/" + w.a().facilityId());
        Bundle departments = clinician.search().forResource(Location.class)
                .where(Location.ORGANIZATION.hasId("Organization/" + w.a().facilityId()))
                .returnBundle(Bundle.class).execute();
        assertThat(departments.getEntry()).extracting(x -> x.getResource().getIdElement().getIdPart())
                .containsExactly(k01.getIdElement().getIdPart());

        Bundle byPatient = clinician.search().forResource(Encounter.class)
                .where(Encounter.PATIENT.hasId("Patient/" + patientId)).returnBundle(Bundle.class).execute();
        assertThat(byPatient.getEntry()).hasSize(1);
        // another facility's clerk may not read it
        assertThatThrownBy(() -> as("clerk-b").read().resource(Encounter.class).withId(encounterId).execute())
                .isInstanceOf(ForbiddenOperationException.class);
    }

    @Test
    void aTransactionBundleImportsAWholeEncounterOnce() {
        IGenericClient clinician = as("clinician-a");
        String cccd = FhirScenario.uniqueCitizenId();
        LocalDateTime arrival = time.now().minusHours(3).truncatedTo(ChronoUnit.MINUTES);
        Bundle bundle = FhirScenario.encounterBundle(w.a(), "Đặng Văn Nhập", cccd, FhirScenario.uniqueCardNumber(),
                arrival, "02.1896");

        Bundle response = clinician.transaction().withBundle(bundle).execute();
        assertThat(response.getType()).isEqualTo(Bundle.BundleType.TRANSACTIONRESPONSE);
        assertThat(response.getEntry()).hasSize(6);
        assertThat(response.getEntry()).allSatisfy(x -> assertThat(x.getResponse().getStatus()).isEqualTo("201 Created"));
        String patient = response.getEntry().get(0).getResponse().getLocation();
        String encounter = response.getEntry().get(2).getResponse().getLocation();
        long encounterId = new IdType(encounter).getIdPartAsLong();
        // the Condition ranked 1 on the Encounter is MA_BENH_CHINH even though it comes second in the Bundle
        assertThat(response.getEntry().get(3).getResponse().getLocation()).isEqualTo("Condition/" + encounterId + "-2");
        assertThat(response.getEntry().get(4).getResponse().getLocation()).isEqualTo("Condition/" + encounterId + "-1");
        assertThat(response.getEntry().get(5).getResponse().getLocation()).isEqualTo("ChargeItem/" + encounterId + "-1");

        Encounter imported = clinician.read().resource(Encounter.class).withId(encounterId).execute();
        assertThat(imported.getStatus()).isEqualTo(Encounter.EncounterStatus.FINISHED);
        assertThat(imported.getSubject().getReference()).isEqualTo(patient);
        assertThat(imported.getServiceProvider().getReference()).isEqualTo("Organization/" + w.a().facilityId());
        assertThat(imported.getDiagnosis()).hasSize(2);
        Condition main = clinician.read().resource(Condition.class).withId(encounterId + "-1").execute();
        assertThat(main.getCode().getCodingFirstRep().getCode()).isEqualTo("J02.9");
        ChargeItem line = clinician.read().resource(ChargeItem.class).withId(encounterId + "-1").execute();
        assertThat(line.getPriceOverride().getValue()).isEqualByComparingTo("34500"); // the facility's price
        Bundle patientCards = clinician.search().forResource(Coverage.class)
                .where(Coverage.BENEFICIARY.hasId(patient)).returnBundle(Bundle.class).execute();
        assertThat(patientCards.getEntry()).hasSize(1);

        // the same Bundle again: the patient and the card are found (conditional create), the encounter is refused
        // as already imported, and nothing of the second attempt stays
        assertThatThrownBy(() -> clinician.transaction().withBundle(bundle).execute())
                .isInstanceOfSatisfying(ResourceVersionConflictException.class, ex -> {
                    OperationOutcome oo = (OperationOutcome) ex.getOperationOutcome();
                    assertThat(oo.getIssueFirstRep().getExpression().get(0).getValue()).isEqualTo("Bundle.entry[2]");
                    assertThat(oo.getIssueFirstRep().getDiagnostics()).contains("urn:uuid:").contains("MA_LK");
                });
        assertThat(clinician.search().forResource(Patient.class)
                .where(new TokenClientParam("identifier").exactly().systemAndCode(FhirSystems.CITIZEN_ID, cccd))
                .returnBundle(Bundle.class).execute().getEntry()).hasSize(1);
        assertThat(clinician.search().forResource(Encounter.class).where(Encounter.PATIENT.hasId(patient))
                .returnBundle(Bundle.class).execute().getEntry()).hasSize(1);

        // an audit row for the creation, written in the import's transaction
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE resource_type = 'ENCOUNTER' "
                + "AND resource_id = ? AND action = 'CREATE' AND channel = 'FHIR'", Long.class, encounterId)).isEqualTo(1);
    }

    @Test
    void aFailingEntryRollsBackTheWholeBundle() {
        IGenericClient clinician = as("clinician-a");
        String cccd = FhirScenario.uniqueCitizenId();
        LocalDateTime arrival = time.now().minusHours(4).truncatedTo(ChronoUnit.MINUTES);
        Bundle bundle = FhirScenario.encounterBundle(w.a(), "Đặng Văn Lỗi", cccd, FhirScenario.uniqueCardNumber(),
                arrival, "99.9999"); // not in the facility's catalogue
        assertThatThrownBy(() -> clinician.transaction().withBundle(bundle).execute())
                .isInstanceOfSatisfying(BaseServerResponseException.class, ex -> {
                    assertThat(ex.getStatusCode()).isEqualTo(404);
                    OperationOutcome oo = (OperationOutcome) ex.getOperationOutcome();
                    assertThat(oo.getIssueFirstRep().getExpression().get(0).getValue()).isEqualTo("Bundle.entry[5]");
                    assertThat(oo.getIssueFirstRep().getDiagnostics()).contains("99.9999");
                });
        // the patient, card and encounter written before the failing line are gone
        assertThat(clinician.search().forResource(Patient.class)
                .where(new TokenClientParam("identifier").exactly().systemAndCode(FhirSystems.CITIZEN_ID, cccd))
                .returnBundle(Bundle.class).execute().getEntry()).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM patient WHERE citizen_id = ?", Long.class, cccd)).isZero();

        // an unresolved reference names its entry too (400)
        Bundle broken = FhirScenario.encounterBundle(w.a(), "Đặng Văn Hỏng", FhirScenario.uniqueCitizenId(),
                FhirScenario.uniqueCardNumber(), arrival.minusHours(1), "02.1896");
        ((Coverage) broken.getEntry().get(1).getResource()).setBeneficiary(new Reference("urn:uuid:nobody"));
        assertThatThrownBy(() -> clinician.transaction().withBundle(broken).execute())
                .isInstanceOfSatisfying(BaseServerResponseException.class, ex -> {
                    assertThat(ex.getStatusCode()).isEqualTo(400);
                    assertThat(((OperationOutcome) ex.getOperationOutcome()).getIssueFirstRep().getExpression().get(0)
                            .getValue()).isEqualTo("Bundle.entry[1]");
                });
        // an insurance officer records nothing (403), and a batch is not a transaction (400)
        Bundle refused = FhirScenario.encounterBundle(w.a(), "Đặng Văn Cấm", FhirScenario.uniqueCitizenId(),
                FhirScenario.uniqueCardNumber(), arrival.minusHours(2), "02.1896");
        assertThatThrownBy(() -> as("officer-40").transaction().withBundle(refused).execute())
                .isInstanceOf(ForbiddenOperationException.class);
    }

    @Test
    void claimAndClaimResponseOfASettledVisit() {
        IGenericClient clerk = as(settled.clerk());
        Bundle found = clerk.search().forResource(Claim.class)
                .where(new TokenClientParam("identifier").exactly().systemAndCode(FhirSystems.ENCOUNTER_CODE,
                        settled.maLk())).returnBundle(Bundle.class).execute();
        assertThat(found.getEntry()).hasSize(1);
        Claim claim = (Claim) found.getEntryFirstRep().getResource();
        assertThat(claim.getIdElement().getIdPartAsLong()).isEqualTo(settled.claim().id());
        // XML2 (the drug: 10 × 350) then XML3 (the visit: 45,300); total = T_TONGCHI_BH
        assertThat(claim.getItem()).extracting(i -> i.getNet().getValue()).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("3500"), new BigDecimal("45300"));
        assertThat(claim.getItem().get(1).getProductOrService().getCodingFirstRep().getCode()).isEqualTo("02.1896");
        assertThat(claim.getTotal().getValue()).isEqualByComparingTo("48800");
        assertThat(claim.getTotal().getCurrency()).isEqualTo("VND");
        assertThat(claim.getInsurer().getDisplay()).isEqualTo("Bảo hiểm xã hội Việt Nam");
        assertThat(claim.getProvider().getReference()).isEqualTo("Organization/" + settled.facility().id());
        assertThat(claim.getDiagnosisFirstRep().getDiagnosisCodeableConcept().getCodingFirstRep().getCode())
                .isEqualTo("J02.9");
        assertThat(claim.getInsuranceFirstRep().getCoverage().getReference()).startsWith("Coverage/");
        String patient = claim.getPatient().getReference();
        long encounterId = new IdType(claim.getItemFirstRep().getEncounterFirstRep().getReference()).getIdPartAsLong();

        assertThat(clerk.search().forResource(Claim.class).where(Claim.PATIENT.hasId(patient))
                .returnBundle(Bundle.class).execute().getEntry()).hasSize(1);
        assertThat(clerk.search().forResource(Claim.class).where(Claim.ENCOUNTER.hasId("Encounter/" + encounterId))
                .and(Claim.CREATED.afterOrEquals().day(java.sql.Date.valueOf(FhirScenario.today().minusDays(1))))
                .returnBundle(Bundle.class).execute().getEntry()).hasSize(1);
        assertThat(clerk.search().forResource(Claim.class).where(Claim.ENCOUNTER.hasId("Encounter/" + encounterId))
                .and(Claim.CREATED.before().day(java.sql.Date.valueOf(FhirScenario.today().minusDays(1))))
                .returnBundle(Bundle.class).execute().getEntry()).isEmpty();

        // before the gateway answers: queued, nothing claimed back yet
        ClaimResponse queued = (ClaimResponse) clerk.search().forResource(ClaimResponse.class)
                .where(ClaimResponse.REQUEST.hasId("Claim/" + claim.getIdElement().getIdPart()))
                .returnBundle(Bundle.class).execute().getEntryFirstRep().getResource();
        assertThat(queued.getOutcome()).isEqualTo(ClaimResponse.RemittanceOutcome.QUEUED);
        assertThat(queued.getIdentifier()).isEmpty();

        String maGiaoDich = "GD" + settled.claim().submissionId() + "-" + System.nanoTime();
        scenario.accept(settled.claim(), maGiaoDich);
        ClaimResponse accepted = clerk.read().resource(ClaimResponse.class).withId(settled.claim().submissionId())
                .execute();
        assertThat(accepted.getOutcome()).isEqualTo(ClaimResponse.RemittanceOutcome.COMPLETE);
        assertThat(accepted.getIdentifierFirstRep().getValue()).isEqualTo(maGiaoDich);
        assertThat(accepted.getDisposition()).isEqualTo("Tiếp nhận hồ sơ thành công");
        assertThat(accepted.getRequest().getReference()).isEqualTo("Claim/" + claim.getIdElement().getIdPart());
        assertThat(accepted.getTotalFirstRep().getCategory().getCodingFirstRep().getCode()).isEqualTo("submitted");
        assertThat(accepted.getTotalFirstRep().getAmount().getValue())
                .isEqualByComparingTo(claimStore.latest(settled.maLk()).orElseThrow().tBhtt());
        assertThat(accepted.getItem()).hasSize(2);
        assertThat(accepted.getProcessNote()).isNotEmpty();
        assertThat(clerk.search().forResource(ClaimResponse.class)
                .where(new TokenClientParam("identifier").exactly().systemAndCode(FhirSystems.GATEWAY_TRANSACTION,
                        maGiaoDich)).returnBundle(Bundle.class).execute().getEntry()).hasSize(1);

        // the claims API's rules: an officer of the province reads, another facility's clerk, an officer of another
        // province and a clinician do not; a search never shows another facility's claims
        assertThat(as("officer-40").read().resource(Claim.class).withId(settled.claim().id()).execute().getId())
                .isNotNull();
        for (String user : List.of("clerk-b", "officer-38", "clinician-a")) {
            assertThatThrownBy(() -> as(user).read().resource(Claim.class).withId(settled.claim().id()).execute())
                    .as(user).isInstanceOf(ForbiddenOperationException.class);
            assertThatThrownBy(() -> as(user).read().resource(ClaimResponse.class)
                    .withId(settled.claim().submissionId()).execute())
                    .as(user).isInstanceOf(ForbiddenOperationException.class);
        }
        assertThat(as("clerk-b").search().forResource(Claim.class).where(Claim.PATIENT.hasId(patient))
                .returnBundle(Bundle.class).execute().getEntry()).isEmpty();

        // every read of a claim is a VIEW of its encounter in the audit trail
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE resource_type = 'ENCOUNTER' "
                + "AND resource_id = ? AND username = ? AND action = 'VIEW' AND channel = 'FHIR'", Long.class,
                encounterId, settled.clerk())).isGreaterThanOrEqualTo(4);
    }
}
