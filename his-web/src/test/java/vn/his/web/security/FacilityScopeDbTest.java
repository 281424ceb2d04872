package vn.his.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import vn.his.web.testsupport.HttpTester;
import vn.his.web.testsupport.HttpTester.Reply;
import vn.his.web.testsupport.WebFixtures;
import vn.his.web.testsupport.WebTest;

/**
 * Facility scoping through the API, for every role: own facility yes, another facility 403 (problem+json), insurance
 * officers their province read-only, administrators everything; anonymous and wrong passwords 401.
 */
@WebTest
class FacilityScopeDbTest {

    @LocalServerPort
    int port;

    @Autowired
    WebFixtures fixtures;

    HttpTester http;
    WebFixtures.World w;

    @BeforeEach
    void setUp() {
        http = new HttpTester(port);
        w = fixtures.world();
    }

    int status(String user, Long encounterId) {
        return http.get(user, "/api/v1/encounters/" + encounterId).status();
    }

    @Test
    void aClerkOfOneFacilityAskingForAnotherFacilitysEncounterGets403ProblemJson() {
        Reply own = http.get("clerk-a", "/api/v1/encounters/" + w.a().encounterId());
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().get("facilityId").asLong()).isEqualTo(w.a().facilityId());

        Reply other = http.get("clerk-a", "/api/v1/encounters/" + w.b().encounterId());
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.contentType()).startsWith("application/problem+json");
        JsonNode p = other.json();
        assertThat(p.get("status").asInt()).isEqualTo(403);
        assertThat(p.get("title").asString()).isEqualTo("Không có quyền");
        assertThat(p.get("detail").asString()).contains("thuộc cơ sở khác");
        assertThat(p.get("instance").asString()).isEqualTo("/api/v1/encounters/" + w.b().encounterId());
        // nothing of the other facility's encounter leaks into the problem
        assertThat(other.body()).doesNotContain("Nguyễn Thị Thử", w.b().code());

        Reply english = http.send("clerk-a", "GET", "/api/v1/encounters/" + w.b().encounterId(), null, null, "en");
        assertThat(english.json().get("detail").asString()).contains("belongs to another facility");

        assertThat(status("clerk-b", w.a().encounterId())).isEqualTo(403);
        assertThat(status("clerk-b", w.b().encounterId())).isEqualTo(200);
    }

    @Test
    void eachRoleReadsItsScope() {
        Map<String, Set<Long>> readable = Map.of(
                "staff-a", Set.of(w.a().encounterId()),
                "clinician-a", Set.of(w.a().encounterId()),
                "clerk-a", Set.of(w.a().encounterId()),
                "clerk-b", Set.of(w.b().encounterId()),
                "officer-40", Set.of(w.a().encounterId(), w.b().encounterId()),
                "officer-38", Set.of(w.c().encounterId()),
                "admin", Set.of(w.a().encounterId(), w.b().encounterId(), w.c().encounterId()));
        for (var entry : readable.entrySet()) {
            Set<Long> seen = new HashSet<>();
            for (Long id : new Long[] {w.a().encounterId(), w.b().encounterId(), w.c().encounterId()}) {
                int s = status(entry.getKey(), id);
                assertThat(s).as(entry.getKey() + " reading " + id).isIn(200, 403);
                if (s == 200) {
                    seen.add(id);
                }
            }
            assertThat(seen).as(entry.getKey()).isEqualTo(entry.getValue());
        }
    }

    @Test
    void listsHoldOnlyTheScope() {
        assertThat(listedFacilities("clerk-a")).containsOnly(w.a().facilityId());
        assertThat(listedFacilities("officer-40")).contains(w.a().facilityId(), w.b().facilityId())
                .doesNotContain(w.c().facilityId());
        assertThat(listedFacilities("admin")).contains(w.a().facilityId(), w.b().facilityId(), w.c().facilityId());
        // asking for another facility's list is refused, not silently emptied
        assertThat(http.get("clerk-a", "/api/v1/encounters?facilityId=" + w.b().facilityId()).status()).isEqualTo(403);
        assertThat(http.get("officer-40", "/api/v1/encounters?facilityId=" + w.b().facilityId()).status()).isEqualTo(200);
    }

    Set<Long> listedFacilities(String user) {
        Reply r = http.get(user, "/api/v1/encounters?size=200");
        assertThat(r.status()).as(user).isEqualTo(200);
        Set<Long> ids = new HashSet<>();
        r.json().get("items").forEach(i -> ids.add(i.get("facilityId").asLong()));
        return ids;
    }

    @Test
    void changesOnlyAtTheOwnFacilityAndNeverByAnInsuranceOfficer() {
        String line = "{\"itemCode\":\"02.1896\",\"quantity\":1,\"orderingCchn\":\"" + w.a().cchn() + "\"}";
        Reply byOtherClerk = http.send("clerk-b", "POST", "/api/v1/encounters/" + w.a().encounterId() + "/lines", line);
        assertThat(byOtherClerk.status()).isEqualTo(403);
        Reply byOfficer = http.send("officer-40", "POST", "/api/v1/encounters/" + w.a().encounterId() + "/lines", line);
        assertThat(byOfficer.status()).isEqualTo(403);
        assertThat(byOfficer.json().get("detail").asString()).contains("officer-40");
        assertThat(http.get("admin", "/api/v1/encounters/" + w.a().encounterId()).json().get("lines")).isEmpty();

        String open = "{\"patientId\":" + w.patientId() + ",\"encounterType\":\"01\",\"visitReason\":\"Đau đầu\","
                + "\"departmentCode\":\"K01\",\"facilityId\":" + w.b().facilityId() + "}";
        assertThat(http.send("clerk-a", "POST", "/api/v1/encounters", open).status()).isEqualTo(403);
        assertThat(http.send("officer-40", "POST", "/api/v1/encounters", open).status()).isEqualTo(403);
        assertThat(http.send("clerk-b", "POST", "/api/v1/encounters", open).status()).isEqualTo(201);
        assertThat(http.send("admin", "POST", "/api/v1/encounters", open).status()).isEqualTo(201);
    }

    @Test
    void anonymousAndWrongPasswordsGet401ProblemJson() {
        Reply anonymous = http.get(null, "/api/v1/encounters");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(anonymous.json().get("title").asString()).isEqualTo("Chưa đăng nhập");

        Reply wrong = http.get("no-such-user", "/api/v1/encounters/" + w.a().encounterId());
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.body()).doesNotContain("Nguyễn");
    }

    @Test
    void claimAndExportPathsNeedAClaimRole() {
        Reply r = http.get("clinician-a", "/api/v1/claims/anything");
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(http.get("staff-a", "/api/v1/exports/x").status()).isEqualTo(403);
        assertThat(http.get("clerk-a", "/api/v1/claims/anything").status()).isNotIn(401, 403);
    }

    @Test
    void screensNeedSigningInAndKeepTheSameScope() {
        // a browser is sent to the sign-in form; a script without Accept: text/html gets the Basic challenge
        assertThat(http.page(null, "/reception").status()).isEqualTo(302);
        assertThat(http.send(null, "GET", "/reception", null, null, null).status()).isEqualTo(401);
        Reply login = http.get(null, "/login");
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.body()).contains("name=\"_csrf\"");
        assertThat(http.get(null, "/actuator/health").status()).isEqualTo(200);
        assertThat(http.page("clerk-a", "/reception/encounters/" + w.a().encounterId()).status()).isEqualTo(200);
        Reply other = http.page("clerk-a", "/reception/encounters/" + w.b().encounterId());
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.body()).doesNotContain("Nguyễn Thị Thử");
        // a form post without its CSRF token is refused even for a signed-in user
        assertThat(http.send("clerk-a", "POST", "/reception/encounters/" + w.a().encounterId() + "/finish",
                "treatmentResult=1&dischargeType=1", "application/x-www-form-urlencoded", null).status())
                .isEqualTo(403);
        assertThat(http.get("admin", "/api/v1/encounters/" + w.a().encounterId()).json().get("status").asString())
                .isEqualTo("OPEN");
    }
}
