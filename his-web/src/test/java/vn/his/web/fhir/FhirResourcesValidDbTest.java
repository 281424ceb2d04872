package vn.his.web.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import tools.jackson.databind.JsonNode;

import vn.his.core.common.ClinicalTime;
import vn.his.export.claim.ClaimStore;
import vn.his.export.envelope.TableReader;
import vn.his.export.reconcile.AssessmentImporter;
import vn.his.export.reconcile.ImportResult;
import vn.his.export.xml.TableDocument;
import vn.his.web.testsupport.HttpTester;
import vn.his.web.testsupport.HttpTester.Reply;
import vn.his.web.testsupport.WebFixtures;
import vn.his.web.testsupport.WebTest;

/**
 * HAPI's {@link FhirValidator} (hapi-fhir-validation with the R4 structure definitions) over one resource of every
 * type the server returns — as the server wrote it, not re-encoded by a client — expecting no ERROR or FATAL message
 * against base R4: CapabilityStatement, Patient, Organization, Location, Practitioner, Coverage, Encounter,
 * Condition, ChargeItem, Claim, ClaimResponse (queued, accepted, and assessed with a refused line), a searchset and a transaction-response Bundle,
 * and an OperationOutcome.
 */
@WebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FhirResourcesValidDbTest {

    static final String FHIR_JSON = "application/fhir+json";

    @LocalServerPort
    int port;

    @Autowired
    WebFixtures fixtures;

    @Autowired
    FhirScenario scenario;

    @Autowired
    ClinicalTime time;

    @Autowired
    ClaimStore claims;

    @Autowired
    AssessmentImporter importer;

    FhirValidator validator;
    HttpTester http;
    final Set<String> validated = new TreeSet<>();

    @BeforeAll
    void validator() {
        FhirContext ctx = FhirContext.forR4();
        ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(ctx),
                new InMemoryTerminologyServerValidationSupport(ctx), new CommonCodeSystemsTerminologyService(ctx),
                new SnapshotGeneratingValidationSupport(ctx));
        validator = ctx.newValidator();
        validator.registerValidatorModule(new FhirInstanceValidator(chain));
        http = new HttpTester(port);
    }

    JsonNode valid(Reply r, int status, String what) {
        assertThat(r.status()).as(what + " " + r.body()).isEqualTo(status);
        List<SingleValidationMessage> errors = validator.validateWithResult(r.body()).getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .toList();
        assertThat(errors).as(what + ": " + r.body()).isEmpty();
        JsonNode json = r.json();
        validated.add(json.get("resourceType").asString()
                + (json.has("type") && json.get("resourceType").asString().equals("Bundle")
                ? "/" + json.get("type").asString() : ""));
        return json;
    }

    /**
     * The gateway refuses one whole line of the accepted version (imported as the portal's result file): the
     * ClaimResponse then gives, valid against base R4, submitted / benefit / refused totals in VND and on that item
     * a refused adjudication with the reason code and text.
     */
    void assessedClaimResponseCarriesTheAcceptedAndRefusedAmounts(FhirScenario.SettledClaim settled) {
        String maGiaoDich = "GD-VALID-" + settled.claim().submissionId();
        String table = null;
        Map<String, String> line = null;
        for (TableDocument t : claims.tables(settled.claim().id())) {
            if (line == null && (t.loaiHoSo().equals("XML2") || t.loaiHoSo().equals("XML3"))) {
                for (Map<String, String> row : TableReader.rows(t.content())) {
                    if (line == null && new BigDecimal(row.get("T_BHTT").strip()).signum() > 0) {
                        table = t.loaiHoSo();
                        line = row;
                    }
                }
            }
        }
        assertThat(line).as("a line claimed from the fund").isNotNull();
        BigDecimal lineClaimed = new BigDecimal(line.get("T_BHTT").strip());
        String xml = "<KET_QUA_GIAM_DINH><DONG><MA_LK>" + settled.maLk() + "</MA_LK><MA_GIAO_DICH>" + maGiaoDich
                + "</MA_GIAO_DICH><LOAI_BANG>" + table + "</LOAI_BANG><STT>" + line.get("STT").strip() + "</STT>"
                + "<T_XUAT_TOAN>" + lineClaimed.toPlainString() + "</T_XUAT_TOAN><MA_LY_DO>TC43</MA_LY_DO>"
                + "<LY_DO>Giá vượt giá trúng thầu</LY_DO></DONG></KET_QUA_GIAM_DINH>";
        ImportResult imported = importer.importFile(xml.getBytes(StandardCharsets.UTF_8), "kq-fhir.xml",
                settled.clerk(), List.of());
        assertThat(imported.matched()).as(imported.toString()).isEqualTo(1);

        JsonNode r = get(settled.clerk(), "ClaimResponse/" + settled.claim().submissionId());
        BigDecimal claimed = settled.claim().tBhtt();
        assertThat(total(r, ClaimMapper.ADJUDICATION, "submitted")).isEqualByComparingTo(claimed);
        assertThat(total(r, ClaimMapper.ADJUDICATION, "benefit")).isEqualByComparingTo(claimed.subtract(lineClaimed));
        assertThat(total(r, FhirSystems.ADJUDICATION_REFUSED, "refused")).isEqualByComparingTo(lineClaimed);
        List<JsonNode> refusals = new ArrayList<>();
        for (JsonNode item : r.get("item")) {
            for (JsonNode a : item.get("adjudication")) {
                if (a.get("category").get("coding").get(0).get("code").asString().equals("refused")) {
                    refusals.add(a);
                }
            }
        }
        assertThat(refusals).hasSize(1);
        JsonNode refusal = refusals.get(0);
        assertThat(refusal.get("amount").get("value").decimalValue()).isEqualByComparingTo(lineClaimed);
        assertThat(refusal.get("amount").get("currency").asString()).isEqualTo("VND");
        assertThat(refusal.get("reason").get("coding").get(0).get("system").asString())
                .isEqualTo(FhirSystems.ASSESSMENT_REASON);
        assertThat(refusal.get("reason").get("coding").get(0).get("code").asString()).isEqualTo("TC43");
        assertThat(refusal.get("reason").get("text").asString()).isEqualTo("Giá vượt giá trúng thầu");
    }

    static BigDecimal total(JsonNode claimResponse, String system, String code) {
        for (JsonNode t : claimResponse.get("total")) {
            JsonNode coding = t.get("category").get("coding").get(0);
            if (coding.get("system").asString().equals(system) && coding.get("code").asString().equals(code)) {
                assertThat(t.get("amount").get("currency").asString()).isEqualTo("VND");
                return t.get("amount").get("value").decimalValue();
            }
        }
        throw new AssertionError("no total " + code + " in " + claimResponse);
    }

    JsonNode get(String user, String path) {
        return valid(http.send(user, "GET", "/fhir/" + path, null, FHIR_JSON, null), 200, path);
    }

    @Test
    void everyResourceTypeTheServerReturnsIsValidBaseR4() {
        WebFixtures.World w = fixtures.world();
        get(null, "metadata");
        get("clinician-a", "Patient/" + w.patientId());
        get("clinician-a", "Organization/" + w.a().facilityId());
        JsonNode departments = get("clinician-a", "Location?organization=Organization/" + w.a().facilityId());
        get("clinician-a", "Location/" + departments.get("entry").get(0).get("resource").get("id").asString());
        JsonNode practitioners = get("clinician-a", "Practitioner?identifier=" + w.a().cchn());
        get("clinician-a", "Practitioner/" + practitioners.get("entry").get(0).get("resource").get("id").asString());
        get("clinician-a", "Coverage/" + w.cardId());

        // a whole encounter imported by a transaction Bundle: its answer, then each of its resources
        LocalDateTime arrival = time.now().minusHours(5).truncatedTo(ChronoUnit.MINUTES);
        String bundle = FhirScenario.CONTEXT.newJsonParser().encodeResourceToString(FhirScenario.encounterBundle(w.a(),
                "Đặng Thị Hợp Lệ", FhirScenario.uniqueCitizenId(), FhirScenario.uniqueCardNumber(), arrival, "02.1896"));
        JsonNode imported = valid(http.send("clinician-a", "POST", "/fhir", bundle, FHIR_JSON, null), 200,
                "transaction");
        String encounter = imported.get("entry").get(2).get("response").get("location").asString();
        String id = encounter.substring("Encounter/".length());
        get("clinician-a", encounter);
        get("clinician-a", "Condition/" + id + "-1");
        get("clinician-a", "ChargeItem/" + id + "-1");

        FhirScenario.SettledClaim settled = scenario.settledClaim("Trịnh Thị Hợp");
        get(settled.clerk(), "Claim/" + settled.claim().id());
        get(settled.clerk(), "ClaimResponse/" + settled.claim().submissionId());
        scenario.accept(settled.claim(), "GD-VALID-" + settled.claim().submissionId());
        JsonNode accepted = get(settled.clerk(), "ClaimResponse?request=Claim/" + settled.claim().id());
        assertThat(accepted.get("entry").get(0).get("resource").get("outcome").asString()).isEqualTo("complete");
        assessedClaimResponseCarriesTheAcceptedAndRefusedAmounts(settled);

        valid(http.send("clinician-a", "GET", "/fhir/Encounter/987654321", null, FHIR_JSON, null), 404, "missing");

        assertThat(validated).contains("CapabilityStatement", "Patient", "Organization", "Location", "Practitioner",
                "Coverage", "Encounter", "Condition", "ChargeItem", "Claim", "ClaimResponse", "Bundle/searchset",
                "Bundle/transaction-response", "OperationOutcome");
    }
}
