package vn.his.web.submissions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import tools.jackson.databind.JsonNode;
import vn.his.core.facility.Facility;
import vn.his.web.security.HisUser;
import vn.his.web.security.HisUserRepository;
import vn.his.web.security.Role;
import vn.his.web.testsupport.DeliveryWebTest;
import vn.his.web.testsupport.GatewayVerdicts;
import vn.his.web.testsupport.GatewayVerdicts.Delivered;
import vn.his.web.testsupport.GatewayVerdicts.Verdict;
import vn.his.web.testsupport.HttpTester;
import vn.his.web.testsupport.HttpTester.Reply;
import vn.his.web.testsupport.WebFixtures;

/**
 * The submissions API on dossiers really delivered to the gateway simulator (rejected, or failing until DEAD): list
 * filters and paging, one submission with its attempts, re-queue with its audit row, and every refusal as problem+json
 * — 401 anonymous, 403 for another province's officer, another facility's clerk and roles without claims, 400 for bad
 * parameters or a missing reason, 404 unknown, 422 a submission that is not DEAD or REJECTED.
 */
@DeliveryWebTest
class SubmissionsApiDbTest {

    @LocalServerPort
    int port;

    @Autowired
    WebFixtures fixtures;

    @Autowired
    GatewayVerdicts verdicts;

    @Autowired
    HisUserRepository users;

    @Autowired
    PasswordEncoder encoder;

    HttpTester http;
    Facility facility;
    String code;
    String clerk;

    @BeforeEach
    void setUp() {
        http = new HttpTester(port);
        fixtures.world();
        facility = verdicts.facility();
        code = verdicts.code(facility);
        clerk = "clerk-" + facility.id();
        users.save(new HisUser(clerk, encoder.encode(WebFixtures.PASSWORD), "Thu ngân " + code, facility,
                EnumSet.of(Role.BILLING_CLERK), java.time.LocalDateTime.now()));
    }

    void assertProblem(Reply r, int status, String what) {
        assertThat(r.status()).as(what + " " + r.body()).isEqualTo(status);
        assertThat(r.contentType()).as(what).startsWith("application/problem+json");
    }

    static List<Long> ids(Reply r) {
        List<Long> ids = new ArrayList<>();
        r.json().get("items").forEach(i -> ids.add(i.get("id").asLong()));
        return ids;
    }

    @Test
    void anOfficerFindsARejectedDossierWithItsAttemptsAndGatewayReply() {
        Delivered rejected = verdicts.settleAndDeliver(facility, "Lê Văn Từ Chối", Verdict.REJECT);

        Reply list = http.get("officer-40", "/api/v1/submissions?facility=" + code + "&status=REJECTED&kind=DOSSIER");
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        assertThat(ids(list)).containsExactly(rejected.submissionId());
        JsonNode row = list.json().get("items").get(0);
        assertThat(row.get("maLk").asString()).isEqualTo(rejected.maLk());
        assertThat(row.get("lastCode").asString()).isEqualTo(GatewayVerdicts.REJECTION_CODE);
        assertThat(row.get("requeueable").asBoolean()).isTrue();
        assertThat(list.json().get("total").asLong()).isEqualTo(1);

        Reply one = http.get("officer-40", "/api/v1/submissions/" + rejected.submissionId());
        assertThat(one.status()).as(one.body()).isEqualTo(200);
        assertThat(one.json().get("submission").get("status").asString()).isEqualTo("REJECTED");
        JsonNode attempt = one.json().get("attempts").get(0);
        assertThat(attempt.get("attemptNo").asInt()).isEqualTo(1);
        assertThat(attempt.get("sha256").asString()).matches("[0-9a-f]{64}")
                .isEqualTo(one.json().get("submission").get("sha256").asString());
        assertThat(attempt.get("httpStatus").asInt()).isEqualTo(200);
        assertThat(attempt.get("maKetQua").asString()).isEqualTo(GatewayVerdicts.REJECTION_CODE);
        assertThat(attempt.get("thongDiep").asString()).isEqualTo(GatewayVerdicts.REJECTION_MESSAGE);
        assertThat(attempt.get("outcome").asString()).isEqualTo("REJECTED");
        assertThat(attempt.get("startedAt").isNull()).isFalse();
        assertThat(one.json().get("requeues")).isEmpty();
    }

    @Test
    void filtersByKindStatusAndPeriodAndPages() {
        Delivered first = verdicts.settleAndDeliver(facility, "Phạm Thị Một", Verdict.REJECT);
        Delivered second = verdicts.settleAndDeliver(facility, "Phạm Thị Hai", Verdict.REJECT);
        String base = "/api/v1/submissions?facility=" + code;
        // check-ins of both visits stay queued (only dossiers were dispatched)
        Reply checkIns = http.get("officer-40", base + "&kind=CHECK_IN");
        assertThat(checkIns.json().get("total").asLong()).isEqualTo(2);
        checkIns.json().get("items").forEach(i -> assertThat(i.get("kind").asString()).isEqualTo("CHECK_IN"));
        assertThat(ids(checkIns)).doesNotContain(first.submissionId(), second.submissionId());
        // several statuses; newest first
        assertThat(ids(http.get("officer-40", base + "&status=REJECTED&status=DEAD"))).containsExactly(
                second.submissionId(), first.submissionId());
        assertThat(ids(http.get("officer-40", base + "&status=ACCEPTED"))).isEmpty();
        // the period is the day of queueing, both ends included
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        assertThat(ids(http.get("officer-40", base + "&kind=DOSSIER&from=" + today + "&to=" + today)))
                .hasSize(2);
        assertThat(ids(http.get("officer-40", base + "&kind=DOSSIER&to=" + today.minusDays(1)))).isEmpty();
        assertThat(ids(http.get("officer-40", base + "&kind=DOSSIER&from=" + today.plusDays(1)))).isEmpty();
        // pages
        Reply page0 = http.get("officer-40", base + "&size=3&page=0");
        Reply page1 = http.get("officer-40", base + "&size=3&page=1");
        assertThat(page0.json().get("total").asLong()).isEqualTo(4);
        assertThat(ids(page0)).hasSize(3);
        assertThat(ids(page1)).hasSize(1).doesNotContainAnyElementsOf(ids(page0));
        // the MA_LK filter
        assertThat(ids(http.get("officer-40", base + "&kind=DOSSIER&maLk=" + first.maLk())))
                .containsExactly(first.submissionId());
    }

    @Test
    void scopesAreEnforcedAcrossFacilitiesAndProvinces() {
        Delivered rejected = verdicts.settleAndDeliver(facility, "Trần Văn Phạm Vi", Verdict.REJECT);
        String one = "/api/v1/submissions/" + rejected.submissionId();
        // another province's officer, another facility's clerk: refused on the row and on the facility filter
        for (String user : List.of("officer-38", "clerk-b", "clerk-a")) {
            assertProblem(http.get(user, one), 403, user);
            assertProblem(http.get(user, "/api/v1/submissions?facility=" + code), 403, user + " filter");
            assertThat(ids(http.get(user, "/api/v1/submissions?status=REJECTED&size=200")))
                    .as(user).doesNotContain(rejected.submissionId());
            assertProblem(http.send(user, "POST", one + "/requeue", "{\"reason\":\"Thử\"}"), 403, user + " requeue");
        }
        // roles without claims
        assertProblem(http.get("clinician-a", "/api/v1/submissions"), 403, "clinician");
        assertProblem(http.get("staff-a", one), 403, "commune staff");
        assertThat(http.get(null, "/api/v1/submissions").status()).isEqualTo(401);
        // the facility's clerk, the province's officer and the administrator read it
        for (String user : List.of(clerk, "officer-40", "admin")) {
            assertThat(http.get(user, one).status()).as(user).isEqualTo(200);
        }
        // nothing was re-queued by the refused calls
        assertThat(http.get("admin", one).json().get("submission").get("status").asString()).isEqualTo("REJECTED");
        assertThat(http.get("admin", "/api/v1/audit?resourceType=SUBMISSION&resourceId=" + rejected.submissionId())
                .json().get("total").asLong()).isZero();
    }

    @Test
    void theProvincesOfficerRequeuesARejectedDossierAndTheAuditTrailRecordsIt() {
        Delivered rejected = verdicts.settleAndDeliver(facility, "Đỗ Thị Gửi Lại", Verdict.REJECT);
        String path = "/api/v1/submissions/" + rejected.submissionId() + "/requeue";

        assertProblem(http.send("officer-40", "POST", path, "{\"reason\":\"  \"}"), 400, "blank reason");
        Reply noBody = http.send("officer-40", "POST", path, null);
        assertProblem(noBody, 400, "no body");
        assertThat(noBody.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");

        Reply done = http.send("officer-40", "POST", path, "{\"reason\":\"Cơ sở đã sửa tổng chi phí\"}");
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.json().get("submission").get("status").asString()).isEqualTo("QUEUED");
        JsonNode requeue = done.json().get("requeues").get(0);
        assertThat(requeue.get("by").asString()).isEqualTo("officer-40");
        assertThat(requeue.get("fromStatus").asString()).isEqualTo("REJECTED");
        assertThat(requeue.get("reason").asString()).isEqualTo("Cơ sở đã sửa tổng chi phí");
        // the history stays: the rejected attempt is still there
        assertThat(done.json().get("attempts")).hasSize(1);

        Reply audit = http.get("admin", "/api/v1/audit?resourceType=SUBMISSION&resourceId=" + rejected.submissionId());
        assertThat(audit.json().get("total").asLong()).isEqualTo(1);
        JsonNode event = audit.json().get("items").get(0);
        assertThat(event.get("username").asString()).isEqualTo("officer-40");
        assertThat(event.get("action").asString()).isEqualTo("UPDATE");
        assertThat(event.get("channel").asString()).isEqualTo("API");
        assertThat(event.get("requestPath").asString()).isEqualTo(path);

        // queued now: a second re-queue is refused as a business rule, and leaves no audit row
        Reply again = http.send("officer-40", "POST", path, "{\"reason\":\"Lần nữa\"}");
        assertProblem(again, 422, "not requeueable");
        assertThat(again.json().get("code").asString()).isEqualTo("export.outbox.notRequeueable");
        assertThat(http.get("admin", "/api/v1/audit?resourceType=SUBMISSION&resourceId=" + rejected.submissionId())
                .json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void theFacilitysClerkAndTheAdministratorRequeueDeadDossiers() {
        Delivered dead = verdicts.settleAndDeliver(facility, "Vũ Văn Hỏng", Verdict.FAIL_UNTIL_DEAD);
        Reply before = http.get(clerk, "/api/v1/submissions/" + dead.submissionId());
        assertThat(before.json().get("submission").get("status").asString()).isEqualTo("DEAD");
        assertThat(before.json().get("attempts").get(0).get("httpStatus").asInt()).isEqualTo(500);
        Reply done = http.send(clerk, "POST", "/api/v1/submissions/" + dead.submissionId() + "/requeue",
                "{\"reason\":\"Cổng đã hoạt động lại\"}");
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.json().get("submission").get("status").asString()).isEqualTo("QUEUED");

        Delivered dead2 = verdicts.settleAndDeliver(facility, "Vũ Văn Hỏng Hai", Verdict.FAIL_UNTIL_DEAD);
        Reply byAdmin = http.send("admin", "POST", "/api/v1/submissions/" + dead2.submissionId() + "/requeue",
                "{\"reason\":\"Cổng đã hoạt động lại\"}");
        assertThat(byAdmin.status()).as(byAdmin.body()).isEqualTo(200);
    }

    @Test
    void badParametersAndUnknownSubmissionsAreProblems() {
        assertProblem(http.get("officer-40", "/api/v1/submissions?status=NOPE"), 400, "status");
        assertProblem(http.get("officer-40", "/api/v1/submissions?kind=XML9"), 400, "kind");
        assertProblem(http.get("officer-40", "/api/v1/submissions?from=2026-11-10&to=2026-11-01"), 400, "period");
        assertProblem(http.get("officer-40", "/api/v1/submissions?from=10/11/2026"), 400, "date format");
        assertProblem(http.get("officer-40", "/api/v1/submissions?page=-1"), 400, "page");
        assertProblem(http.get("officer-40", "/api/v1/submissions?size=1000"), 400, "size");
        Reply unknownFacility = http.get("officer-40", "/api/v1/submissions?facility=99999");
        assertProblem(unknownFacility, 400, "unknown facility");
        assertThat(unknownFacility.json().get("errors").get(0).get("field").asString()).isEqualTo("facility");
        assertProblem(http.get("officer-40", "/api/v1/submissions/987654321"), 404, "unknown");
        assertProblem(http.send("officer-40", "POST", "/api/v1/submissions/987654321/requeue", "{\"reason\":\"x\"}"),
                404, "unknown requeue");
        Reply english = http.send("officer-40", "GET", "/api/v1/submissions/987654321", null, null, "en");
        assertThat(english.json().get("detail").asString()).contains("987654321");
    }
}
