package vn.his.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

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

/**
 * The audit trail: reads and changes of patients and encounters through the API and FHIR leave rows with the signed-in
 * user; a refused (403) read leaves none; only administrators query it.
 */
@WebTest
class AuditTrailDbTest {

    private static final AtomicInteger NAMES = new AtomicInteger();

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

    List<Map<String, Object>> rows(String type, long id, String user) {
        return jdbc.queryForList("SELECT * FROM audit_event WHERE resource_type = ? AND resource_id = ? AND username = ?"
                + " ORDER BY id", type, id, user);
    }

    @Test
    void aClerkReadingAnEncounterLeavesAViewRowWithTheirUsername() {
        int before = rows("ENCOUNTER", w.a().encounterId(), "clerk-a").size();
        assertThat(http.get("clerk-a", "/api/v1/encounters/" + w.a().encounterId() + "?x=secret").status()).isEqualTo(200);
        List<Map<String, Object>> after = rows("ENCOUNTER", w.a().encounterId(), "clerk-a");
        assertThat(after).hasSize(before + 1);
        Map<String, Object> row = after.get(after.size() - 1);
        assertThat(row.get("ACTION").toString()).isEqualTo("VIEW");
        assertThat(row.get("CHANNEL").toString()).isEqualTo("API");
        assertThat(row.get("ROLE").toString()).isEqualTo("BILLING_CLERK");
        assertThat(((Number) row.get("FACILITY_ID")).longValue()).isEqualTo(w.a().facilityId());
        // the path only: no query string
        assertThat(row.get("REQUEST_PATH").toString()).isEqualTo("/api/v1/encounters/" + w.a().encounterId());
        assertThat(row.get("REMOTE_ADDR")).isNotNull();
    }

    @Test
    void aRefusedReadLeavesNoViewRow() {
        int before = rows("ENCOUNTER", w.b().encounterId(), "clerk-a").size();
        assertThat(http.get("clerk-a", "/api/v1/encounters/" + w.b().encounterId()).status()).isEqualTo(403);
        assertThat(rows("ENCOUNTER", w.b().encounterId(), "clerk-a")).hasSize(before);
    }

    @Test
    void creatingAPatientLeavesACreateRowAndARefusedDuplicateNone() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("fullName", "Kiểm Toán Thứ " + (char) ('A' + NAMES.getAndIncrement()));
        body.put("birthDate", "1977-04-0" + (1 + NAMES.get() % 8));
        body.put("gender", "FEMALE");
        body.put("ethnicityCode", "01");
        body.put("nationalityCode", "000");
        body.put("occupationCode", "00000");
        body.put("address", "Xóm 3, xã Nghi Phong");
        body.put("provinceCode", "40");
        body.put("communeCode", "17605");
        Reply created = http.send("clerk-a", "POST", "/api/v1/patients", HttpTester.json(body));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        List<Map<String, Object>> r = rows("PATIENT", id, "clerk-a");
        assertThat(r).extracting(m -> m.get("ACTION").toString()).containsExactly("CREATE");

        long creates = count("CREATE", "PATIENT");
        Reply duplicate = http.send("clerk-a", "POST", "/api/v1/patients", HttpTester.json(body));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(count("CREATE", "PATIENT")).isEqualTo(creates);
    }

    long count(String action, String type) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = ? AND resource_type = ?", Long.class,
                action, type);
    }

    @Test
    void aFhirReadOfAPatientIsAViewThroughFhir() {
        Reply read = http.send("clinician-a", "GET", "/fhir/Patient/" + w.patientId(), null, "application/fhir+json", null);
        assertThat(read.status()).isEqualTo(200);
        List<Map<String, Object>> r = rows("PATIENT", w.patientId(), "clinician-a");
        assertThat(r).isNotEmpty();
        Map<String, Object> last = r.get(r.size() - 1);
        assertThat(last.get("ACTION").toString()).isEqualTo("VIEW");
        assertThat(last.get("CHANNEL").toString()).isEqualTo("FHIR");
    }

    @Test
    void administratorsQueryTheTrailAndOthersGet403() {
        assertThat(http.get("staff-a", "/api/v1/encounters/" + w.a().encounterId()).status()).isEqualTo(200);
        assertThat(http.send("staff-a", "GET", "/fhir/Patient/" + w.patientId(), null, "application/fhir+json", null)
                .status()).isEqualTo(200);

        Reply byResource = http.get("admin",
                "/api/v1/audit?resourceType=ENCOUNTER&resourceId=" + w.a().encounterId() + "&username=staff-a");
        assertThat(byResource.status()).as(byResource.body()).isEqualTo(200);
        JsonNode items = byResource.json().get("items");
        assertThat(items.size()).isGreaterThanOrEqualTo(1);
        assertThat(items.get(0).get("username").asString()).isEqualTo("staff-a");
        assertThat(items.get(0).get("action").asString()).isEqualTo("VIEW");

        Reply byUser = http.get("admin", "/api/v1/audit?username=staff-a&from=2000-01-01&to=2999-12-31&page=0");
        assertThat(byUser.status()).isEqualTo(200);
        assertThat(byUser.json().get("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(byUser.body()).contains("\"FHIR\"", "\"API\"");

        assertThat(http.get("admin", "/api/v1/audit?resourceType=NOPE").status()).isEqualTo(400);

        Reply refused = http.get("clerk-a", "/api/v1/audit?username=staff-a");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(http.get("officer-40", "/api/v1/audit").status()).isEqualTo(403);
    }

    @Test
    void theReceptionEncounterScreenIsAViewThroughTheScreenChannel() {
        int before = rows("ENCOUNTER", w.a().encounterId(), "clinician-a").size();
        assertThat(http.page("clinician-a", "/reception/encounters/" + w.a().encounterId()).status()).isEqualTo(200);
        List<Map<String, Object>> after = rows("ENCOUNTER", w.a().encounterId(), "clinician-a");
        assertThat(after).hasSize(before + 1);
        assertThat(after.get(after.size() - 1).get("CHANNEL").toString()).isEqualTo("SCREEN");
    }
}
