package vn.his.web.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import tools.jackson.databind.JsonNode;

import vn.his.core.testsupport.CoreFixtures;
import vn.his.web.testsupport.HttpTester;
import vn.his.web.testsupport.HttpTester.Reply;
import vn.his.web.testsupport.WebFixtures;
import vn.his.web.testsupport.WebTest;

/**
 * FHIR R4 at /fhir: CapabilityStatement, read/search of every resource type with each answer valid against base R4
 * (HAPI's FhirInstanceValidator: no ERROR or FATAL), create/update, facility scoping and OperationOutcome errors.
 */
@WebTest
class FhirEndpointDbTest {

    static final String FHIR_JSON = "application/fhir+json";
    static FhirValidator validator;

    @LocalServerPort
    int port;

    @Autowired
    WebFixtures fixtures;

    HttpTester http;
    WebFixtures.World w;

    @BeforeAll
    static void validator() {
        FhirContext ctx = FhirContext.forR4();
        ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(ctx),
                new InMemoryTerminologyServerValidationSupport(ctx), new CommonCodeSystemsTerminologyService(ctx),
                new SnapshotGeneratingValidationSupport(ctx));
        validator = ctx.newValidator();
        validator.registerValidatorModule(new FhirInstanceValidator(chain));
    }

    @BeforeEach
    void setUp() {
        http = new HttpTester(port);
        w = fixtures.world();
    }

    Reply fhir(String user, String method, String path, String body) {
        return http.send(user, method, "/fhir/" + path, body, FHIR_JSON, null);
    }

    JsonNode read(String user, String path) {
        Reply r = fhir(user, "GET", path, null);
        assertThat(r.status()).as(path + " " + r.body()).isEqualTo(200);
        assertValid(r.body());
        return r.json();
    }

    static void assertValid(String json) {
        ValidationResult result = validator.validateWithResult(json);
        List<SingleValidationMessage> errors = result.getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .toList();
        assertThat(errors).as(json).isEmpty();
    }

    /** An encounter of facility A with a diagnosis and a line, recorded through the REST API. */
    long recordedEncounter() {
        String open = "{\"patientId\":" + w.patientId() + ",\"cardIds\":[" + w.cardId() + "],\"encounterType\":\"01\","
                + "\"visitReason\":\"Ho\",\"departmentCode\":\"K01\"}";
        long id = http.send("clinician-a", "POST", "/api/v1/encounters", open).json().get("id").asLong();
        assertThat(http.send("clinician-a", "POST", "/api/v1/encounters/" + id + "/lines",
                "{\"itemCode\":\"02.1896\",\"quantity\":1,\"orderingCchn\":\"" + w.a().cchn() + "\"}").status())
                .isEqualTo(201);
        assertThat(http.send("clinician-a", "PUT", "/api/v1/encounters/" + id + "/diagnosis",
                "{\"diagnosisOut\":\"Viêm họng cấp\",\"mainIcd10\":\"J02.9\",\"secondaryIcd10\":[\"I10\"]}").status())
                .isEqualTo(200);
        return id;
    }

    @Test
    void capabilityStatementIsPublicAndListsTheResources() {
        Reply r = fhir(null, "GET", "metadata", null);
        assertThat(r.status()).isEqualTo(200);
        assertValid(r.body());
        List<String> types = r.json().get("rest").get(0).get("resource").findValuesAsString("type");
        assertThat(types).contains("Patient", "Organization", "Location", "Practitioner", "Coverage", "Encounter",
                "Condition", "ChargeItem", "Claim", "ClaimResponse");
    }

    @Test
    void everyResourceTypeIsValidR4() {
        long id = recordedEncounter();
        JsonNode patient = read("clinician-a", "Patient/" + w.patientId());
        assertThat(patient.get("identifier").findValuesAsString("system")).contains(FhirSystems.PATIENT_CODE,
                FhirSystems.CARD_NUMBER);
        read("clinician-a", "Organization/" + w.a().facilityId());
        JsonNode practitioners = read("clinician-a", "Practitioner?identifier=" + w.a().cchn());
        assertThat(practitioners.get("total").asInt()).isEqualTo(1);
        read("clinician-a", "Practitioner/" + practitioners.get("entry").get(0).get("resource").get("id").asString());
        read("clinician-a", "Coverage/" + w.cardId());
        JsonNode encounter = read("clinician-a", "Encounter/" + id);
        assertThat(encounter.get("diagnosis")).hasSize(2);
        JsonNode condition = read("clinician-a", "Condition/" + id + "-1");
        assertThat(condition.get("code").get("coding").get(0).get("code").asString()).isEqualTo("J02.9");
        JsonNode charge = read("clinician-a", "ChargeItem/" + id + "-1");
        assertThat(charge.get("priceOverride").get("value").decimalValue()).isEqualByComparingTo("34500");
        assertThat(read("clinician-a", "Condition?encounter=Encounter/" + id).get("total").asInt()).isEqualTo(2);
        assertThat(read("clinician-a", "ChargeItem?context=" + id).get("total").asInt()).isEqualTo(1);
        assertThat(read("clinician-a", "Coverage?beneficiary=Patient/" + w.patientId()).get("total").asInt())
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void searchesByIdentifierSystems() {
        JsonNode byCard = read("clerk-a", "Patient?identifier=" + FhirSystems.CARD_NUMBER + "%7C" + w.cardNumber());
        assertThat(byCard.get("total").asInt()).isEqualTo(1);
        String maLk = read("clerk-a", "Encounter/" + w.a().encounterId()).get("identifier").get(0).get("value")
                .asString();
        JsonNode byMaLk = read("clerk-a", "Encounter?identifier=" + FhirSystems.ENCOUNTER_CODE + "%7C" + maLk);
        assertThat(byMaLk.get("total").asInt()).isEqualTo(1);
        // the same patient has encounters at A, B and C: a clerk of A sees only A's
        JsonNode byPatient = read("clerk-a", "Encounter?patient=" + w.patientId());
        assertThat(byPatient.get("entry").findValuesAsString("reference")).allMatch(
                ref -> !ref.startsWith("Organization/") || ref.equals("Organization/" + w.a().facilityId()));
        JsonNode orgs = read("clerk-a", "Organization?identifier=" + w.b().code());
        assertThat(orgs.get("total").asInt()).isEqualTo(1);
    }

    @Test
    void anotherFacilitysEncounterIsForbiddenAsOperationOutcome() {
        Reply r = fhir("clerk-b", "GET", "Encounter/" + w.a().encounterId(), null);
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.json().get("resourceType").asString()).isEqualTo("OperationOutcome");
        assertThat(r.body()).contains("thuộc cơ sở khác");
        assertThat(fhir("clerk-b", "GET", "Condition?encounter=" + w.a().encounterId(), null).status()).isEqualTo(403);
        assertThat(fhir("clerk-b", "GET", "ChargeItem/" + w.a().encounterId() + "-1", null).status()).isEqualTo(403);

        Reply anonymous = fhir(null, "GET", "Patient/" + w.patientId(), null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json().get("resourceType").asString()).isEqualTo("OperationOutcome");

        Reply missing = fhir("admin", "GET", "Encounter/987654321", null);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("resourceType").asString()).isEqualTo("OperationOutcome");
    }

    @Test
    void createsAndUpdatesPatientCoverageAndEncounter() {
        String patient = """
                {"resourceType":"Patient","name":[{"text":"Võ Thị Hạnh"}],"gender":"female","birthDate":"1988-11-02",
                 "identifier":[{"system":"%s","value":"040188000777"}],
                 "address":[{"text":"Xóm 1, xã Diễn Hải","state":"40",
                   "extension":[{"url":"%s","valueCode":"17605"}]}],
                 "extension":[{"url":"%s","valueCode":"01"},{"url":"%s","valueCode":"000"},{"url":"%s","valueCode":"00000"}]}
                """.formatted(FhirSystems.CITIZEN_ID, FhirSystems.EXT_COMMUNE, FhirSystems.EXT_ETHNICITY,
                FhirSystems.EXT_NATIONALITY, FhirSystems.EXT_OCCUPATION);
        Reply created = fhir("clinician-a", "POST", "Patient", patient);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertValid(created.body());
        String patientId = created.json().get("id").asString();

        Reply updated = fhir("clinician-a", "PUT", "Patient/" + patientId,
                patient.replace("\"resourceType\":\"Patient\",", "\"resourceType\":\"Patient\",\"id\":\"" + patientId
                        + "\",\"telecom\":[{\"system\":\"phone\",\"value\":\"0912345678\"}],"));
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().get("telecom").get(0).get("value").asString()).isEqualTo("0912345678");

        String coverage = """
                {"resourceType":"Coverage","status":"active","beneficiary":{"reference":"Patient/%s"},
                 "payor":[{"display":"BHXH"}],"identifier":[{"system":"%s","value":"GD4400188000777"}],
                 "period":{"start":"2026-01-01","end":"%s"},
                 "extension":[{"url":"%s","valueIdentifier":{"value":"%s"}}]}
                """.formatted(patientId, FhirSystems.CARD_NUMBER, CoreFixtures.CARD_VALID_TO,
                FhirSystems.EXT_REGISTERED_FACILITY,
                w.a().code());
        Reply card = fhir("clinician-a", "POST", "Coverage", coverage);
        assertThat(card.status()).as(card.body()).isEqualTo(201);
        String withId = coverage.replace("{\"resourceType\":\"Coverage\",", "{\"resourceType\":\"Coverage\",\"id\":\""
                + card.json().get("id").asString() + "\",");
        assertThat(fhir("clinician-a", "PUT", "Coverage/" + card.json().get("id").asString(), withId).status())
                .isEqualTo(200);
        // the card number of a recorded period never changes
        Reply renumbered = fhir("clinician-a", "PUT", "Coverage/" + card.json().get("id").asString(),
                withId.replace("GD4400188000777", "GD4400188000778"));
        assertThat(renumbered.status()).isEqualTo(422);
        assertThat(renumbered.body()).contains("OperationOutcome", "GD4400188000777");

        String encounter = """
                {"resourceType":"Encounter","status":"in-progress",
                 "class":{"system":"http://terminology.hl7.org/CodeSystem/v3-ActCode","code":"AMB"},
                 "type":[{"coding":[{"system":"%s","code":"01"}]}],"subject":{"reference":"Patient/%s"},
                 "reasonCode":[{"text":"Đau bụng"}],
                 "location":[{"location":{"identifier":{"system":"%s","value":"K01"}}}]}
                """.formatted(FhirSystems.ENCOUNTER_TYPE, patientId, FhirSystems.DEPARTMENT_CODE);
        Reply opened = fhir("clinician-a", "POST", "Encounter", encounter);
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        assertValid(opened.body());
        String encounterId = opened.json().get("id").asString();
        assertThat(opened.json().get("serviceProvider").get("reference").asString())
                .isEqualTo("Organization/" + w.a().facilityId());
        assertThat(fhir("clerk-b", "POST", "Encounter", encounter.replace("\"subject\"",
                "\"serviceProvider\":{\"reference\":\"Organization/" + w.a().facilityId() + "\"},\"subject\""))
                .status()).isEqualTo(403);

        // diagnoses come through the REST API (Condition create is not offered); finishing needs MA_BENH_CHINH
        assertThat(http.send("clinician-a", "PUT", "/api/v1/encounters/" + encounterId + "/diagnosis",
                "{\"diagnosisOut\":\"Đau bụng\",\"mainIcd10\":\"J06.9\"}").status()).isEqualTo(200);
        String finish = """
                {"resourceType":"Encounter","id":"%s","status":"finished",
                 "class":{"system":"http://terminology.hl7.org/CodeSystem/v3-ActCode","code":"AMB"},
                 "subject":{"reference":"Patient/%s"},
                 "extension":[{"url":"%s","valueInteger":1},{"url":"%s","valueInteger":1}]}
                """.formatted(encounterId, patientId, FhirSystems.EXT_TREATMENT_RESULT, FhirSystems.EXT_DISCHARGE_TYPE);
        Reply finished = fhir("clinician-a", "PUT", "Encounter/" + encounterId, finish);
        assertThat(finished.status()).as(finished.body()).isEqualTo(200);
        assertThat(finished.json().get("status").asString()).isEqualTo("finished");
        assertValid(finished.body());

        Reply invalid = fhir("clinician-a", "POST", "Patient", patient.replace("040188000777", "12345"));
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().get("resourceType").asString()).isEqualTo("OperationOutcome");
        assertThat(invalid.body()).contains("CCCD");
    }
}
