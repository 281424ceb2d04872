package vn.his.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import vn.his.core.testsupport.DatabaseTest;
import vn.his.web.security.DemoUsers;

/**
 * The whole application with the demo province (forced with his.demo.load=true so the MariaDB run loads it too):
 * healthy, the demo province is there with its demo users and with most finished encounters settled (paid, unpaid,
 * corrected), the cost statement of a corrected one shows both versions, and the home page (after signing in) lists
 * its facilities in Vietnamese and English.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "his.demo.load=true")
class DemoApplicationDbTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    String get(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    /** Signs in through the login form (session cookie and CSRF token kept by the client). */
    void signIn(String user, String password) throws Exception {
        String form = get("/login");
        String csrf = form.replaceAll("(?s).*name=\"_csrf\"\\s+value=\"([^\"]+)\".*", "$1");
        String body = "username=" + user + "&password=" + URLEncoder.encode(password, "UTF-8") + "&_csrf="
                + URLEncoder.encode(csrf, "UTF-8");
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    @Test
    void servesTheDemoProvince() throws Exception {
        assertThat(get("/actuator/health")).contains("\"status\":\"UP\"");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM facility WHERE demo_data = TRUE", Integer.class)).isEqualTo(9);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM patient", Integer.class)).isEqualTo(300);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM encounter", Integer.class)).isEqualTo(1000);
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT benefit_digit) FROM insurance_card", Integer.class)).isEqualTo(5);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM catalog_item WHERE facility_id = "
                + "(SELECT facility_id FROM facility_code WHERE code = '40001')", Integer.class)).isEqualTo(129);
        // commune stations stand in real communes of the 2024 list
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM facility f JOIN admin_unit u ON u.unit_code = f.commune_code "
                + "AND u.unit_level = 'COMMUNE' WHERE f.route_level = 'COMMUNE'", Integer.class)).isEqualTo(6);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM web_user WHERE demo_data = TRUE", Integer.class))
                .isEqualTo(DemoUsers.USERS.size());
        // the province's insurance officer reads every demo facility's records
        signIn("giamdinh", DemoUsers.PASSWORD);

        // most finished encounters are settled through billing: paid in cash, by transfer, or discharged unpaid,
        // a few corrected into a second version, each version with its lines
        int settled = jdbc.queryForObject("SELECT COUNT(*) FROM encounter WHERE status = 'SETTLED'", Integer.class);
        int finished = jdbc.queryForObject("SELECT COUNT(*) FROM encounter WHERE status = 'FINISHED'", Integer.class);
        assertThat(settled).isGreaterThan(600).isGreaterThan(4 * finished);
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT encounter_id) FROM billing_settled_version", Integer.class))
                .isEqualTo(settled);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM billing_settled_version WHERE version_no = 2"
                + " AND reason IS NOT NULL", Integer.class)).isPositive();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM billing_settled_version v WHERE NOT EXISTS"
                + " (SELECT 1 FROM billing_settled_line l WHERE l.encounter_id = v.encounter_id"
                + " AND l.version_no = v.version_no)", Integer.class)).isZero();
        assertThat(jdbc.queryForList("SELECT DISTINCT method FROM billing_payment ORDER BY method", String.class))
                .containsExactly("CASH", "TRANSFER");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM billing_settled_version v WHERE version_no = 1 AND NOT EXISTS"
                + " (SELECT 1 FROM billing_payment p WHERE p.encounter_id = v.encounter_id)", Integer.class)).isPositive();
        // the demo's data is clean: the settled claims pass the pre-submission assessment, except the deliberate
        // mistake of the demo (README "Demo province"): a patient whose only card had expired was recorded with it,
        // which the assessment must hold (CARD_NOT_VALID_AT_ADMISSION) and nothing else
        java.util.List<String> heldFindings = jdbc.queryForList("SELECT CONCAT(f.rule_id, ' ', COALESCE(f.table_code, ''),"
                + " '.', COALESCE(f.field_name, ''), ' @', v.facility_code, ': ', MIN(f.message), ' x', COUNT(*))"
                + " FROM claim_finding f JOIN claim_version v ON v.id = f.claim_version_id"
                + " WHERE f.severity = 'ERROR' AND f.rule_id <> 'CARD_NOT_VALID_AT_ADMISSION'"
                + " GROUP BY f.rule_id, f.table_code, f.field_name, v.facility_code", String.class);
        assertThat(heldFindings).as("errors found by the assessment of the demo claims").isEmpty();
        int expiredCardOnly = jdbc.queryForObject("SELECT COUNT(*) FROM encounter e WHERE e.status = 'SETTLED'"
                + " AND EXISTS (SELECT 1 FROM encounter_card c WHERE c.encounter_id = e.id)"
                + " AND NOT EXISTS (SELECT 1 FROM encounter_card c WHERE c.encounter_id = e.id"
                + " AND c.valid_from <= CAST(e.arrival_time AS DATE)"
                + " AND (c.valid_to IS NULL OR c.valid_to >= CAST(e.arrival_time AS DATE)))", Integer.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT ma_lk) FROM claim_version"
                + " WHERE status = 'HELD_WITH_ERRORS'", Integer.class)).isEqualTo(expiredCardOnly).isPositive();
        // the discharge papers: every settled stay has its record summary, transfers their letters, some appointments
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM encounter e WHERE e.encounter_type = '03'"
                + " AND e.status = 'SETTLED' AND NOT EXISTS (SELECT 1 FROM encounter_record_summary s"
                + " WHERE s.encounter_id = e.id)", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM encounter_referral", Integer.class)).isPositive();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM encounter_revisit_booking", Integer.class)).isPositive();
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT t.table_code) FROM claim_table t"
                + " WHERE t.table_code IN ('XML8', 'XML13', 'XML14')", Integer.class)).isEqualTo(3);
        Long demoEncounter = jdbc.queryForObject("SELECT MIN(encounter_id) FROM billing_settled_version WHERE version_no = 2",
                Long.class);
        assertThat(get("/encounters/" + demoEncounter + "/cost-statement"))
                .contains("BẢNG KÊ CHI PHÍ KHÁM BỆNH, CHỮA BỆNH", "Phiên bản 2", "Rà soát lại bảng kê");
        assertThat(get("/encounters/" + demoEncounter + "/cost-statement?version=1")).contains("Phiên bản 1");
        String vi = get("/");
        assertThat(vi).contains("Cơ sở khám chữa bệnh", "Bệnh viện Hữu nghị Đa khoa Nghệ An", "40001", "Trạm Y tế Xã");
        assertThat(get("/?lang=en")).contains("Facilities", "Encounters");
    }
}
