package vn.his.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;

import vn.his.web.testsupport.HttpTester;
import vn.his.web.testsupport.HttpTester.Reply;
import vn.his.web.testsupport.WebFixtures;
import vn.his.web.testsupport.WebTest;

/** /api/v1/encounters: open, lines from the catalogue, diagnoses, finish, lists with pagination; errors. */
@WebTest
class EncounterApiDbTest {

    @LocalServerPort
    int port;

    @Autowired
    WebFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    HttpTester http;
    WebFixtures.World w;

    @BeforeEach
    void setUp() {
        http = new HttpTester(port);
        w = fixtures.world();
    }

    JsonNode open(String user) {
        String body = "{\"patientId\":" + w.patientId() + ",\"cardIds\":[" + w.cardId() + "],\"encounterType\":\"01\","
                + "\"visitReason\":\"Ho, sốt 2 ngày\",\"departmentCode\":\"K01\",\"weightKg\":62.5}";
        Reply r = http.send(user, "POST", "/api/v1/encounters", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    @Test
    void recordsAVisitFromOpeningToFinish() {
        JsonNode e = open("clinician-a");
        long id = e.get("id").asLong();
        assertThat(e.get("maLk").asString()).startsWith(w.a().code());
        assertThat(e.get("status").asString()).isEqualTo("OPEN");
        assertThat(e.get("cardNumbers").get(0).asString()).isEqualTo(w.cardNumber());

        Reply exam = http.send("clinician-a", "POST", "/api/v1/encounters/" + id + "/lines",
                "{\"itemCode\":\"02.1896\",\"quantity\":1,\"orderingCchn\":\"" + w.a().cchn() + "\"}");
        assertThat(exam.status()).as(exam.body()).isEqualTo(201);
        assertThat(exam.json().get("amount").decimalValue()).isEqualByComparingTo("34500");
        Reply drug = http.send("clinician-a", "POST", "/api/v1/encounters/" + id + "/lines",
                "{\"itemCode\":\"40.17#VD-12345-10\",\"quantity\":10,\"orderingCchn\":\"" + w.a().cchn()
                        + "\",\"dosage\":\"1 viên/lần, 2 lần/ngày\"}");
        assertThat(drug.status()).as(drug.body()).isEqualTo(201);
        assertThat(drug.json().get("itemCode").asString()).isEqualTo("40.17");
        assertThat(drug.json().get("kind").asString()).isEqualTo("DRUG");
        int drugLine = drug.json().get("lineNo").asInt();

        Reply wrongItem = http.send("clinician-a", "POST", "/api/v1/encounters/" + id + "/lines",
                "{\"itemCode\":\"NOPE\",\"quantity\":1,\"orderingCchn\":\"" + w.a().cchn() + "\"}");
        assertThat(wrongItem.status()).isEqualTo(404);
        Reply wrongDoctor = http.send("clinician-a", "POST", "/api/v1/encounters/" + id + "/lines",
                "{\"itemCode\":\"02.1896\",\"quantity\":1,\"orderingCchn\":\"" + w.b().cchn() + "\"}");
        assertThat(wrongDoctor.status()).isEqualTo(400);
        assertThat(wrongDoctor.json().get("errors").get(0).get("field").asString()).isEqualTo("orderingCchn");
        Reply zero = http.send("clinician-a", "POST", "/api/v1/encounters/" + id + "/lines",
                "{\"itemCode\":\"02.1896\",\"quantity\":0,\"orderingCchn\":\"" + w.a().cchn() + "\"}");
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.json().get("errors").get(0).get("field").asString()).isEqualTo("quantity");

        assertThat(http.send("clinician-a", "DELETE", "/api/v1/encounters/" + id + "/lines/" + drugLine, null).status())
                .isEqualTo(204);

        Reply unknownIcd = http.send("clinician-a", "PUT", "/api/v1/encounters/" + id + "/diagnosis",
                "{\"diagnosisOut\":\"Viêm họng\",\"mainIcd10\":\"Z99.999\"}");
        assertThat(unknownIcd.status()).isEqualTo(422);
        assertThat(unknownIcd.json().get("code").asString()).isEqualTo("icd10.unknown");
        Reply dx = http.send("clinician-a", "PUT", "/api/v1/encounters/" + id + "/diagnosis",
                "{\"diagnosisIn\":\"Viêm họng\",\"diagnosisOut\":\"Viêm họng cấp\",\"mainIcd10\":\"J02.9\","
                        + "\"secondaryIcd10\":[\"I10\"]}");
        assertThat(dx.status()).as(dx.body()).isEqualTo(200);
        assertThat(dx.json().get("secondaryIcd10").get(0).asString()).isEqualTo("I10");

        Reply finished = http.send("clinician-a", "POST", "/api/v1/encounters/" + id + "/finish",
                "{\"treatmentResult\":1,\"dischargeType\":1}");
        assertThat(finished.status()).as(finished.body()).isEqualTo(200);
        JsonNode f = finished.json();
        assertThat(f.get("status").asString()).isEqualTo("FINISHED");
        assertThat(f.get("lines")).hasSize(1);
        assertThat(f.get("totalAmount").decimalValue()).isEqualByComparingTo("34500");

        Reply late = http.send("clinician-a", "POST", "/api/v1/encounters/" + id + "/lines",
                "{\"itemCode\":\"02.1896\",\"quantity\":1,\"orderingCchn\":\"" + w.a().cchn() + "\"}");
        assertThat(late.status()).isEqualTo(422);
        assertThat(late.contentType()).startsWith("application/problem+json");
    }

    String whole(String reason, String secondItem, String finish) {
        return "{\"encounter\":{\"patientId\":" + w.patientId() + ",\"cardIds\":[" + w.cardId() + "],"
                + "\"encounterType\":\"01\",\"visitReason\":\"" + reason + "\",\"departmentCode\":\"K01\"},"
                + "\"lines\":[{\"itemCode\":\"02.1896\",\"quantity\":1,\"orderingCchn\":\"" + w.a().cchn() + "\"},"
                + "{\"itemCode\":\"" + secondItem + "\",\"quantity\":10,\"orderingCchn\":\"" + w.a().cchn()
                + "\",\"dosage\":\"1 viên/lần, 2 lần/ngày\"}],"
                + "\"diagnosis\":{\"diagnosisIn\":\"Viêm họng\",\"diagnosisOut\":\"Viêm họng cấp\",\"mainIcd10\":\"J02.9\"}"
                + (finish == null ? "" : ",\"finish\":" + finish) + "}";
    }

    long encountersWithReason(String reason) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM encounter WHERE visit_reason = ?", Long.class, reason);
    }

    long encountersCreatedBy(String user) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'CREATE'"
                + " AND resource_type = 'ENCOUNTER' AND username = ?", Long.class, user);
    }

    @Test
    void recordsAWholeVisitInOneCall() {
        String reason = "Ghi một lần " + System.nanoTime();
        long createdBefore = encountersCreatedBy("clinician-a");
        Reply r = http.send("clinician-a", "POST", "/api/v1/encounters/recorded",
                whole(reason, "40.17#VD-12345-10", "{\"treatmentResult\":1,\"dischargeType\":1}"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonNode e = r.json();
        long id = e.get("id").asLong();
        assertThat(e.get("status").asString()).isEqualTo("FINISHED");
        assertThat(e.get("maLk").asString()).startsWith(w.a().code());
        assertThat(e.get("lines")).hasSize(2);
        assertThat(e.get("lines").get(1).get("itemCode").asString()).isEqualTo("40.17");
        assertThat(e.get("mainIcd10").asString()).isEqualTo("J02.9");
        // the same encounter as the step-by-step calls would have left, read back
        JsonNode read = http.get("clinician-a", "/api/v1/encounters/" + id).json();
        assertThat(read.get("lines")).hasSize(2);
        assertThat(read.get("totalAmount").decimalValue()).isEqualByComparingTo(e.get("totalAmount").decimalValue());
        assertThat(encountersWithReason(reason)).isEqualTo(1);
        // one CREATE row in the audit trail for the whole call
        assertThat(encountersCreatedBy("clinician-a")).isEqualTo(createdBefore + 1);

        // without the discharge, the encounter stays open for later calls
        Reply open = http.send("clinician-a", "POST", "/api/v1/encounters/recorded",
                whole(reason, "40.17#VD-12345-10", null));
        assertThat(open.status()).as(open.body()).isEqualTo(201);
        assertThat(open.json().get("status").asString()).isEqualTo("OPEN");
    }

    @Test
    void aRefusedPartOfAWholeVisitLeavesNothingBehind() {
        String reason = "Ghi một lần bị từ chối " + System.nanoTime();
        Reply unknownItem = http.send("clinician-a", "POST", "/api/v1/encounters/recorded",
                whole(reason, "NOPE", "{\"treatmentResult\":1,\"dischargeType\":1}"));
        assertThat(unknownItem.status()).as(unknownItem.body()).isEqualTo(400);
        assertThat(unknownItem.contentType()).startsWith("application/problem+json");
        assertThat(unknownItem.json().get("errors").get(0).get("field").asString()).isEqualTo("lines[1].itemCode");

        Reply badDischarge = http.send("clinician-a", "POST", "/api/v1/encounters/recorded",
                whole(reason, "40.17#VD-12345-10", "{\"treatmentResult\":1}"));
        assertThat(badDischarge.status()).isEqualTo(400);
        assertThat(badDischarge.json().get("errors").get(0).get("field").asString())
                .isEqualTo("finish.dischargeType");

        Reply zero = http.send("clinician-a", "POST", "/api/v1/encounters/recorded", whole(reason,
                "40.17#VD-12345-10", null).replace("\"quantity\":10", "\"quantity\":0"));
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.json().get("errors").get(0).get("field").asString()).isEqualTo("lines[1].quantity");

        // the discharge refused by a domain rule after the lines were written: all of it rolled back
        Reply unknownIcd = http.send("clinician-a", "POST", "/api/v1/encounters/recorded",
                whole(reason, "40.17#VD-12345-10", "{\"treatmentResult\":1,\"dischargeType\":1}")
                        .replace("J02.9", "Z99.999"));
        assertThat(unknownIcd.status()).isEqualTo(422);
        assertThat(unknownIcd.json().get("code").asString()).isEqualTo("icd10.unknown");

        Reply otherFacility = http.send("clerk-b", "POST", "/api/v1/encounters/recorded",
                whole(reason, "40.17#VD-12345-10", null).replace("\"encounterType\"",
                        "\"facilityId\":" + w.a().facilityId() + ",\"encounterType\""));
        assertThat(otherFacility.status()).isEqualTo(403);
        assertThat(http.send("clinician-a", "POST", "/api/v1/encounters/recorded", "{\"lines\":[]}").status())
                .isEqualTo(400);
        assertThat(encountersWithReason(reason)).isZero();
    }

    @Test
    void listsArePagedAndFiltered() {
        long openedFirst = open("clerk-a").get("id").asLong();
        long openedSecond = open("clerk-a").get("id").asLong();
        Reply page = http.get("clerk-a", "/api/v1/encounters?page=0&size=1&status=OPEN");
        assertThat(page.status()).isEqualTo(200);
        JsonNode p = page.json();
        assertThat(p.get("items")).hasSize(1);
        assertThat(p.get("size").asInt()).isEqualTo(1);
        long total = p.get("total").asLong();
        assertThat(total).isGreaterThanOrEqualTo(3);
        JsonNode second = http.get("clerk-a", "/api/v1/encounters?page=1&size=1&status=OPEN").json();
        assertThat(second.get("items").get(0).get("id").asLong()).isNotEqualTo(p.get("items").get(0).get("id").asLong());
        // the status filter: other tests share the facility and may have settled some of its encounters, so only
        // SETTLED ones come back and none of the two just opened
        JsonNode settled = http.get("clerk-a", "/api/v1/encounters?status=SETTLED&size=100").json();
        for (JsonNode item : settled.get("items")) {
            assertThat(item.get("status").asString()).isEqualTo("SETTLED");
            assertThat(item.get("id").asLong()).isNotIn(openedFirst, openedSecond);
        }
        assertThat(http.get("clerk-a", "/api/v1/encounters?from=2000-01-01&to=2000-12-31").json().get("total")
                .asLong()).isZero();

        Reply tooBig = http.get("clerk-a", "/api/v1/encounters?size=1000");
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.json().get("errors").get(0).get("field").asString()).isEqualTo("page");
        Reply badStatus = http.get("clerk-a", "/api/v1/encounters?status=DONE");
        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(badStatus.json().get("errors").get(0).get("field").asString()).isEqualTo("status");
        assertThat(http.get("clerk-a", "/api/v1/encounters?from=2026-02-01&to=2026-01-01").status()).isEqualTo(400);
        assertThat(http.get("clerk-a", "/api/v1/encounters/987654321").status()).isEqualTo(404);
    }

    @Test
    void lookUpsForDataEntry() {
        JsonNode icd = http.get("clinician-a", "/api/v1/icd10?q=J02").json();
        assertThat(icd.get(0).get("code").asString()).isEqualTo("J02.9");
        JsonNode items = http.get("clinician-a", "/api/v1/catalog/items?q=para").json();
        assertThat(items).hasSize(1);
        assertThat(items.get(0).get("hospitalPrice").decimalValue()).isEqualByComparingTo("1200");
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        Reply doc = http.get(null, "/v3/api-docs");
        assertThat(doc.status()).isEqualTo(200);
        assertThat(doc.json().get("paths").has("/api/v1/encounters/{id}")).isTrue();
        assertThat(doc.json().get("paths").has("/api/v1/patients")).isTrue();
        Reply ui = http.get(null, "/swagger-ui/index.html");
        assertThat(ui.status()).isEqualTo(200);
    }
}
