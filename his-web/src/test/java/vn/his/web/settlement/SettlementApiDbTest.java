package vn.his.web.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import vn.his.web.testsupport.HttpTester;
import vn.his.web.testsupport.HttpTester.Reply;
import vn.his.web.testsupport.WebFixtures;
import vn.his.web.testsupport.WebTest;

/** The settlement API: preview, settle, payments, corrections, versions and the clerk's worklist, as a clerk. */
@WebTest
class SettlementApiDbTest {

    @LocalServerPort
    int port;

    @Autowired
    WebFixtures fixtures;

    HttpTester http;
    WebFixtures.World w;
    FinishedVisits visits;

    @BeforeEach
    void setUp() {
        http = new HttpTester(port);
        w = fixtures.world();
        visits = new FinishedVisits(http, w);
    }

    @Test
    void previewsAFinishedEncounterWithTheVisitObjectAndTheLines() {
        long id = visits.finished("clinician-a", w.a());
        Reply r = http.get("clerk-a", "/api/v1/encounters/" + id + "/settlement/preview");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode p = r.json();
        assertThat(p.get("status").asString()).isEqualTo("FINISHED");
        JsonNode bill = p.get("bill");
        assertThat(bill.get("visitObject").get("code").asString()).isNotBlank();
        assertThat(bill.get("visitObject").get("explanation").asString()).isNotBlank();
        JsonNode line = bill.get("lines").get(0);
        assertThat(line.get("itemCode").asString()).isEqualTo("02.1896");
        assertThat(line.get("hospitalAmount").decimalValue()).isEqualByComparingTo("34500");
        // THANH_TIEN_BV = T_BHTT + T_BNCCT + T_BNTT + T_NGUONKHAC (QĐ 4750 Bảng 3)
        assertThat(line.get("fund").decimalValue().add(line.get("coPayment").decimalValue())
                .add(line.get("selfPay").decimalValue()).add(line.get("otherSources").decimalValue()))
                .isEqualByComparingTo("34500");
        JsonNode totals = bill.get("totals");
        assertThat(totals.get("patientDue").decimalValue()).isEqualByComparingTo(
                totals.get("coPayment").decimalValue().add(totals.get("selfPay").decimalValue()));
        Reply english = http.send("clerk-a", "GET", "/api/v1/encounters/" + id + "/settlement/preview", null, null,
                "en");
        assertThat(english.json().get("bill").get("visitObject").get("explanation").asString())
                .isNotEqualTo(bill.get("visitObject").get("explanation").asString());
    }

    @Test
    void settlesWithCashThenCorrectsAndSettlesVersionTwoUnpaidThenRecordsThePayment() {
        long id = visits.finished("clinician-a", w.a());
        Reply settled = http.send("clerk-a", "POST", "/api/v1/encounters/" + id + "/settlement",
                "{\"payment\":{\"method\":\"CASH\",\"reference\":\"BL-1\"}}");
        assertThat(settled.status()).as(settled.body()).isEqualTo(201);
        JsonNode v1 = settled.json();
        assertThat(v1.get("version").asInt()).isEqualTo(1);
        assertThat(v1.get("settledBy").asString()).isEqualTo("clerk-a");
        assertThat(v1.get("payment").get("method").asString()).isEqualTo("CASH");
        assertThat(v1.get("payment").get("amount").decimalValue()).isEqualByComparingTo(
                v1.get("patientDue").decimalValue());
        assertThat(v1.get("costStatement").asString()).isEqualTo("/encounters/" + id + "/cost-statement?version=1");
        assertThat(settled.contentType()).startsWith("application/json");

        Reply again = http.send("clerk-a", "POST", "/api/v1/encounters/" + id + "/settlement", null);
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.json().get("code").asString()).isEqualTo("billing.settle.notFinished");

        Reply correction = http.send("clerk-a", "POST", "/api/v1/encounters/" + id + "/corrections",
                "{\"reason\":\"Sai mã đối tượng\"}");
        assertThat(correction.status()).as(correction.body()).isEqualTo(201);
        assertThat(correction.json().get("reason").asString()).isEqualTo("Sai mã đối tượng");

        Reply v2 = http.send("clerk-a", "POST", "/api/v1/encounters/" + id + "/settlement", "{}");
        assertThat(v2.status()).as(v2.body()).isEqualTo(201);
        assertThat(v2.json().get("version").asInt()).isEqualTo(2);
        assertThat(v2.json().get("reason").asString()).isEqualTo("Sai mã đối tượng");
        assertThat(v2.json().get("payment").isNull()).isTrue();

        Reply unpaid = http.get("clerk-a", "/api/v1/settlements/worklist?status=SETTLED_UNPAID&size=200");
        assertThat(unpaid.status()).isEqualTo(200);
        assertThat(ids(unpaid.json())).contains(id);

        Reply paid = http.send("clerk-a", "POST", "/api/v1/encounters/" + id + "/payments",
                "{\"method\":\"TRANSFER\",\"reference\":\"FT26001\"}");
        assertThat(paid.status()).as(paid.body()).isEqualTo(201);
        assertThat(paid.json().get("version").asInt()).isEqualTo(2);
        assertThat(paid.json().get("payment").get("reference").asString()).isEqualTo("FT26001");
        Reply twice = http.send("clerk-a", "POST", "/api/v1/encounters/" + id + "/payments",
                "{\"method\":\"CASH\"}");
        assertThat(twice.status()).isEqualTo(422);
        assertThat(twice.json().get("code").asString()).isEqualTo("billing.payment.alreadyPaid");

        Reply versions = http.get("officer-40", "/api/v1/encounters/" + id + "/settlement/versions");
        assertThat(versions.status()).as(versions.body()).isEqualTo(200);
        assertThat(versions.json()).hasSize(2);
        assertThat(versions.json().get(0).get("payment").get("method").asString()).isEqualTo("CASH");
        assertThat(versions.json().get(1).get("payment").get("method").asString()).isEqualTo("TRANSFER");

        Reply one = http.get("clerk-a", "/api/v1/encounters/" + id + "/settlement/versions/1");
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().get("bill").get("lines").get(0).get("itemName").asString()).isEqualTo("Khám Nội");
        Reply missing = http.get("clerk-a", "/api/v1/encounters/" + id + "/settlement/versions/9");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");

        assertThat(ids(http.get("clerk-a", "/api/v1/settlements/worklist?status=SETTLED_UNPAID&size=200").json()))
                .doesNotContain(id);
    }

    @Test
    void theWorklistShowsOnlyTheUsersFacility() {
        long mine = visits.finished("clinician-a", w.a());
        long theirs = visits.finished("clerk-b", w.b());
        Reply a = http.get("clerk-a", "/api/v1/settlements/worklist?status=FINISHED&size=200");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(ids(a.json())).contains(mine).doesNotContain(theirs);
        assertThat(a.json().get("total").asLong()).isPositive();
        Reply b = http.get("clerk-b", "/api/v1/settlements/worklist");
        assertThat(ids(b.json())).contains(theirs).doesNotContain(mine);
        Reply paged = http.get("clerk-a", "/api/v1/settlements/worklist?page=0&size=1");
        assertThat(paged.json().get("items")).hasSize(1);
    }

    static java.util.List<Long> ids(JsonNode page) {
        java.util.List<Long> ids = new java.util.ArrayList<>();
        page.get("items").forEach(n -> ids.add(n.get("id").asLong()));
        return ids;
    }
}
