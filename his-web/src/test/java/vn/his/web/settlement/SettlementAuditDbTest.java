package vn.his.web.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;

import vn.his.web.testsupport.HttpTester;
import vn.his.web.testsupport.HttpTester.Reply;
import vn.his.web.testsupport.WebFixtures;
import vn.his.web.testsupport.WebTest;

/**
 * Settlement in the audit trail (API and screens: the bill is a VIEW, settle / payment / correction an UPDATE of the
 * encounter; a refused action writes nothing), and the screens' payment and correction forms: recorded, refused with
 * the Vietnamese explanation on the bill, and refused without a CSRF token.
 */
@WebTest
@AutoConfigureMockMvc
class SettlementAuditDbTest {

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    WebFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    HttpTester http;
    WebFixtures.World w;
    FinishedVisits visits;

    @BeforeEach
    void setUp() {
        http = new HttpTester(port);
        w = fixtures.world();
        visits = new FinishedVisits(http, w);
    }

    long rows(long encounterId, String user, String action, String channel) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE resource_type = 'ENCOUNTER'"
                + " AND resource_id = ? AND username = ? AND action = ? AND channel = ?", Long.class, encounterId, user,
                action, channel);
    }

    long rows(long encounterId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE resource_type = 'ENCOUNTER'"
                + " AND resource_id = ?", Long.class, encounterId);
    }

    @Test
    void eachSettlementCallOfTheApiIsAuditedAndARefusedOneIsNot() {
        long id = visits.finished("clinician-a", w.a());
        long before = rows(id);
        assertThat(http.send("clinician-a", "POST", "/api/v1/encounters/" + id + "/settlement", "{}").status())
                .isEqualTo(403);
        assertThat(http.send("clerk-b", "POST", "/api/v1/encounters/" + id + "/settlement", "{}").status())
                .isEqualTo(403);
        assertThat(rows(id)).isEqualTo(before);

        assertThat(http.get("clerk-a", "/api/v1/encounters/" + id + "/settlement/preview").status()).isEqualTo(200);
        assertThat(rows(id, "clerk-a", "VIEW", "API")).isEqualTo(1);

        Reply settled = http.send("clerk-a", "POST", "/api/v1/encounters/" + id + "/settlement", "{}");
        assertThat(settled.status()).as(settled.body()).isEqualTo(201);
        assertThat(rows(id, "clerk-a", "UPDATE", "API")).isEqualTo(1);
        // a second settlement is refused by the rule (422): no row
        assertThat(http.send("clerk-a", "POST", "/api/v1/encounters/" + id + "/settlement", "{}").status())
                .isEqualTo(422);
        assertThat(rows(id, "clerk-a", "UPDATE", "API")).isEqualTo(1);

        assertThat(http.send("clerk-a", "POST", "/api/v1/encounters/" + id + "/payments", "{}").status())
                .isEqualTo(400);
        assertThat(rows(id, "clerk-a", "UPDATE", "API")).isEqualTo(1);
        Reply paid = http.send("clerk-a", "POST", "/api/v1/encounters/" + id + "/payments",
                "{\"method\":\"TRANSFER\",\"reference\":\"FT-AUDIT\"}");
        assertThat(paid.status()).as(paid.body()).isEqualTo(201);
        assertThat(rows(id, "clerk-a", "UPDATE", "API")).isEqualTo(2);

        assertThat(http.send("clerk-a", "POST", "/api/v1/encounters/" + id + "/corrections", "{}").status())
                .isEqualTo(400);
        assertThat(http.send("clerk-b", "POST", "/api/v1/encounters/" + id + "/corrections",
                "{\"reason\":\"Sai đối tượng\"}").status()).isEqualTo(403);
        assertThat(rows(id, "clerk-b", "UPDATE", "API")).isZero();
        Reply corrected = http.send("clerk-a", "POST", "/api/v1/encounters/" + id + "/corrections",
                "{\"reason\":\"Sai đối tượng\"}");
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(201);
        assertThat(rows(id, "clerk-a", "UPDATE", "API")).isEqualTo(3);

        assertThat(http.get("officer-40", "/api/v1/encounters/" + id + "/settlement/versions/1").status())
                .isEqualTo(200);
        assertThat(rows(id, "officer-40", "VIEW", "API")).isEqualTo(1);
        var row = jdbc.queryForMap("SELECT * FROM audit_event WHERE resource_type = 'ENCOUNTER' AND resource_id = ?"
                + " AND action = 'UPDATE' ORDER BY id DESC LIMIT 1", id);
        assertThat(row.get("REQUEST_PATH").toString()).isEqualTo("/api/v1/encounters/" + id + "/corrections");
        assertThat(row.get("ROLE").toString()).isEqualTo("BILLING_CLERK");
        assertThat(((Number) row.get("FACILITY_ID")).longValue()).isEqualTo(w.a().facilityId());
    }

    MockHttpServletRequestBuilder form(String user, String path, String... fields) {
        MockHttpServletRequestBuilder req = post(path).with(httpBasic(user, WebFixtures.PASSWORD));
        for (int i = 0; i < fields.length; i += 2) {
            req.param(fields[i], fields[i + 1]);
        }
        return req;
    }

    /** The bill the browser lands on after a form's redirect, with the flash message the redirect carried. */
    String landing(MvcResult posted, long id) throws Exception {
        assertThat(posted.getResponse().getStatus()).isEqualTo(302);
        assertThat(posted.getResponse().getRedirectedUrl()).isEqualTo("/settlement/" + id);
        MockHttpServletRequestBuilder page = get("/settlement/" + id).with(httpBasic("clerk-a", WebFixtures.PASSWORD));
        if (!posted.getFlashMap().isEmpty()) {
            page.flashAttrs(posted.getFlashMap());
        }
        return mvc.perform(page).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    JsonNode current(long id) {
        JsonNode versions = http.get("clerk-a", "/api/v1/encounters/" + id + "/settlement/versions").json();
        return versions.get(versions.size() - 1);
    }

    @Test
    void theScreensRecordPaymentAndCorrectionAuditedRefusingInVietnameseAndWithoutCsrf() throws Exception {
        long id = visits.finished("clinician-a", w.a());
        String bill = mvc.perform(get("/settlement/" + id).with(httpBasic("clerk-a", WebFixtures.PASSWORD)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(bill).contains("settle-form");
        assertThat(rows(id, "clerk-a", "VIEW", "SCREEN")).isEqualTo(1);

        String settled = landing(mvc.perform(form("clerk-a", "/settlement/" + id + "/settle", "method", "UNPAID")
                .with(csrf())).andReturn(), id);
        assertThat(settled).contains("payment-form").doesNotContain("id=\"error\"");
        assertThat(rows(id, "clerk-a", "UPDATE", "SCREEN")).isEqualTo(1);

        // payment: no CSRF token → 403, nothing written
        assertThat(mvc.perform(form("clerk-a", "/settlement/" + id + "/payment", "method", "CASH")).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(current(id).get("payment").isNull()).isTrue();
        // a transfer without its reference: refused on the bill in Vietnamese, nothing written
        String refused = landing(mvc.perform(form("clerk-a", "/settlement/" + id + "/payment", "method", "TRANSFER")
                .with(csrf())).andReturn(), id);
        assertThat(refused).contains("id=\"error\"", "Thanh toán chuyển khoản phải có mã giao dịch");
        assertThat(current(id).get("payment").isNull()).isTrue();
        assertThat(rows(id, "clerk-a", "UPDATE", "SCREEN")).isEqualTo(1);
        // another facility's clerk: 403
        assertThat(mvc.perform(form("clerk-b", "/settlement/" + id + "/payment", "method", "CASH").with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        String paid = landing(mvc.perform(form("clerk-a", "/settlement/" + id + "/payment", "method", "TRANSFER",
                "reference", "FT-SCREEN-1").with(csrf())).andReturn(), id);
        assertThat(paid).doesNotContain("id=\"error\"", "payment-form").contains("correction-form");
        JsonNode payment = current(id).get("payment");
        assertThat(payment.get("method").asString()).isEqualTo("TRANSFER");
        assertThat(payment.get("reference").asString()).isEqualTo("FT-SCREEN-1");
        assertThat(rows(id, "clerk-a", "UPDATE", "SCREEN")).isEqualTo(2);

        // correction: no CSRF token → 403; no reason → refused in Vietnamese; with a reason → opened
        assertThat(mvc.perform(form("clerk-a", "/settlement/" + id + "/correction", "reason", "Sai giá"))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        String noReason = landing(mvc.perform(form("clerk-a", "/settlement/" + id + "/correction", "reason", " ")
                .with(csrf())).andReturn(), id);
        assertThat(noReason).contains("id=\"error\"", "Phải ghi lý do điều chỉnh hồ sơ đã quyết toán");
        assertThat(http.get("clerk-a", "/api/v1/encounters/" + id).json().get("status").asString())
                .isEqualTo("SETTLED");
        assertThat(rows(id, "clerk-a", "UPDATE", "SCREEN")).isEqualTo(2);
        String opened = landing(mvc.perform(form("clerk-a", "/settlement/" + id + "/correction", "reason",
                "Sai giá dịch vụ").with(csrf())).andReturn(), id);
        assertThat(opened).doesNotContain("id=\"error\"").contains("settle-form");
        assertThat(http.get("clerk-a", "/api/v1/encounters/" + id).json().get("status").asString())
                .isEqualTo("CORRECTING");
        assertThat(rows(id, "clerk-a", "UPDATE", "SCREEN")).isEqualTo(3);

        // the cost statement page is a VIEW on the screen channel
        long views = rows(id, "clerk-a", "VIEW", "SCREEN");
        assertThat(mvc.perform(get("/encounters/" + id + "/cost-statement?version=1")
                .with(httpBasic("clerk-a", WebFixtures.PASSWORD))).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(rows(id, "clerk-a", "VIEW", "SCREEN")).isEqualTo(views + 1);
        assertThat(mvc.perform(get("/encounters/" + id + "/cost-statement?version=1")
                .with(httpBasic("clerk-b", WebFixtures.PASSWORD))).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(rows(id, "clerk-b", "VIEW", "SCREEN")).isZero();
    }
}
