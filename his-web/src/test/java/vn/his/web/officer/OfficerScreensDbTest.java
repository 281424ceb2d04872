package vn.his.web.officer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.his.core.facility.Facility;
import vn.his.export.claim.ClaimService;
import vn.his.web.claims.SettledVisits;
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
 * The insurance officer's pages and the clerk's findings, over HTTP as a browser asks for them (HTML), on dossiers
 * really delivered to the gateway simulator: the dashboard's charts drawn from the figures, the claim list filters,
 * a claim's tables, findings, attempts and gateway reply, the worklist; scoping (another province's officer, a
 * clinician) refused with 403; Vietnamese by default, English with {@code ?lang=en}; every page under 100 KB.
 */
@DeliveryWebTest
class OfficerScreensDbTest {

    static final String PERIOD = "from=01/11/2026&to=30/11/2026";

    @LocalServerPort
    int port;

    @Autowired
    WebFixtures fixtures;

    @Autowired
    GatewayVerdicts verdicts;

    @Autowired
    SettledVisits visits;

    @Autowired
    ClaimService claims;

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
                EnumSet.of(Role.BILLING_CLERK), LocalDateTime.now()));
    }

    Reply page(String user, String path) {
        Reply r = http.page(user, path);
        assertThat(r.status()).as(path + " " + r.body()).isEqualTo(200);
        assertThat(r.body().getBytes(StandardCharsets.UTF_8).length).as(path).isLessThan(60 * 1024);
        return r;
    }

    @Test
    void theDashboardDrawsItsChartsFromTheDeliveredClaims() {
        Delivered accepted = verdicts.settleAndDeliver(facility, "Nguyễn Văn Nhận", Verdict.ACCEPT);
        Delivered rejected = verdicts.settleAndDeliver(facility, "Nguyễn Văn Trả", Verdict.REJECT);
        String body = page("officer-40", "/officer?facility=" + code + "&" + PERIOD).body();
        assertThat(body).contains("Tổng quan giám định BHYT", "<svg id=\"chart-per-day\"", "<svg id=\"chart-rates\"",
                "<svg id=\"chart-amounts\"");
        // 2 claims discharged on 12/11/2026: one accepted, one rejected → 50 %
        assertThat(body).contains("2 hồ sơ ra viện từ 01/11/2026 đến 30/11/2026: 1 được cổng tiếp nhận, 1 bị từ chối");
        assertThat(body).contains("<title>12/11: 2</title>");
        assertThat(body).contains(code + ": 50 % (1/2)</title>");
        // the accepted claim's fund amount is the accepted bar; the claimed bar is both claims
        var acceptedClaim = claims.versions(accepted.maLk()).get(0);
        var rejectedClaim = claims.versions(rejected.maLk()).get(0);
        var fmt = new vn.his.web.billing.StatementFormat(java.util.Locale.forLanguageTag("vi"));
        assertThat(body).contains("BHTT của hồ sơ được tiếp nhận: " + fmt.money(acceptedClaim.tBhtt()) + "</title>");
        assertThat(body).contains("Đề nghị quỹ thanh toán (BHTT): "
                + fmt.money(acceptedClaim.tBhtt().add(rejectedClaim.tBhtt())) + "</title>");
        assertThat(body).doesNotContain("<script src=\"http", "chart.js");

        String english = page("officer-40", "/officer?lang=en&facility=" + code + "&" + PERIOD).body();
        assertThat(english).contains("Insurance review overview", "Claims per discharge day");
    }

    @Test
    void theClaimListFiltersByFacilityPeriodAndStatus() {
        Delivered accepted = verdicts.settleAndDeliver(facility, "Trần Thị Lọc", Verdict.ACCEPT);
        Delivered rejected = verdicts.settleAndDeliver(facility, "Trần Thị Lọc Hai", Verdict.REJECT);
        String held = visits.settledVisit(facility, "Trần Thị Giữ", LocalDateTime.of(2026, 11, 13, 8, 0), true);
        String base = "/officer/claims?facility=" + code + "&" + PERIOD;
        assertThat(page("officer-40", base).body()).contains(accepted.maLk(), rejected.maLk(), held);
        String onlyRejected = page("officer-40", base + "&state=REJECTED").body();
        assertThat(onlyRejected).contains(rejected.maLk(), "701").doesNotContain(accepted.maLk(), held);
        assertThat(page("officer-40", base + "&state=HELD_WITH_ERRORS").body()).contains(held)
                .doesNotContain(accepted.maLk(), rejected.maLk());
        assertThat(page("officer-40", "/officer/claims?facility=" + code + "&from=13/11/2026&to=13/11/2026").body())
                .contains(held).doesNotContain(accepted.maLk());
        // a mistyped day is a message, not an error page
        assertThat(page("officer-40", base + "&from=31/02/2026").body()).contains("id=\"error\"");
    }

    @Test
    void aClaimShowsItsTablesAttemptsAndGatewayReply() {
        Delivered rejected = verdicts.settleAndDeliver(facility, "Lý Thị Bảng", Verdict.REJECT);
        String body = page("officer-40", "/officer/claims/" + rejected.maLk()).body();
        assertThat(body).contains("Lý Thị Bảng", "XML1 – Tổng hợp khám bệnh, chữa bệnh", "XML2 – Chi tiết thuốc",
                "XML3 – Chi tiết dịch vụ kỹ thuật và vật tư y tế", "T_TONGCHI_BV", "Paracetamol 500mg",
                "12/11/2026 08:00");
        assertThat(body).doesNotContain("&lt;TONG_HOP", "<TONG_HOP");
        // the attempt: SHA-256, HTTP 200 with the gateway's code and message, and the re-queue form
        assertThat(body).contains(GatewayVerdicts.REJECTION_CODE, GatewayVerdicts.REJECTION_MESSAGE,
                "Cổng từ chối", "requeue-form", "/officer/submissions/" + rejected.submissionId() + "/requeue");
        // another province's officer and a clinician are refused; an unknown claim is 404
        assertThat(http.page("officer-38", "/officer/claims/" + rejected.maLk()).status()).isEqualTo(403);
        assertThat(http.page("officer-38", "/officer?facility=" + code).status()).isEqualTo(403);
        assertThat(http.page("clinician-a", "/officer").status()).isEqualTo(403);
        assertThat(http.page("officer-40", "/officer/claims/KHONG-CO").status()).isEqualTo(404);
        // a re-queue without the form's CSRF token is refused and changes nothing
        Reply forged = http.send("officer-40", "POST", "/officer/submissions/" + rejected.submissionId()
                + "/requeue", "reason=x", "application/x-www-form-urlencoded", null);
        assertThat(forged.status()).isEqualTo(403);
        assertThat(http.get("officer-40", "/api/v1/submissions/" + rejected.submissionId()).json().get("submission")
                .get("status").asString()).isEqualTo("REJECTED");
    }

    @Test
    void aHeldClaimShowsItsFindingOnTheRowItNames() {
        String held = visits.settledVisit(facility, "Hồ Văn Lỗi", LocalDateTime.of(2026, 11, 13, 8, 0), true);
        String body = page("officer-40", "/officer/claims/" + held).body();
        assertThat(body).contains("Giữ lại do lỗi", "SERVICE_NOT_IN_CATALOGUE", "class=\"flagged\"");
        // only its check-in went to the outbox: the held dossier is never sent
        assertThat(body).contains("Check-in (XML0)").doesNotContain("Hồ sơ XML v1");
    }

    @Test
    void theWorklistListsRejectedAndDeadSubmissionsInScope() {
        Delivered rejected = verdicts.settleAndDeliver(facility, "Mai Văn Sổ", Verdict.REJECT);
        Delivered dead = verdicts.settleAndDeliver(facility, "Mai Văn Hỏng", Verdict.FAIL_UNTIL_DEAD);
        String body = page("officer-40", "/officer/worklist?facility=" + code).body();
        assertThat(body).contains("submission-" + rejected.submissionId(), "submission-" + dead.submissionId(),
                "Gửi hỏng", "Cổng từ chối", GatewayVerdicts.REJECTION_MESSAGE);
        assertThat(page(clerk, "/officer/worklist").body()).contains("submission-" + rejected.submissionId());
        assertThat(page("clerk-b", "/officer/worklist").body())
                .doesNotContain("submission-" + rejected.submissionId());
        assertThat(page("officer-38", "/officer/worklist").body())
                .doesNotContain("submission-" + rejected.submissionId());
        assertThat(page("officer-40", "/officer/worklist?kind=CHECK_IN&facility=" + code).body())
                .doesNotContain("submission-" + rejected.submissionId());
    }

    @Test
    void theClerksBillShowsTheFindingsNextToTheLineAndTheWorklistCountsThem() {
        String held = visits.settledVisit(facility, "Đinh Thị Dòng", LocalDateTime.of(2026, 11, 13, 8, 0), true);
        long encounter = claims.versions(held).get(0).encounterId();
        String bill = page(clerk, "/settlement/" + encounter).body();
        // line 2 (the unapproved test) is XML3 STT 2: its finding is on that line
        int line = bill.indexOf("id=\"line-2\"");
        assertThat(line).isPositive();
        String row = bill.substring(line, bill.indexOf("</tr>", line));
        assertThat(row).contains("⚠ XML3 STT 2", "flagged");
        assertThat(bill.substring(bill.indexOf("id=\"line-1\""), bill.indexOf("id=\"line-2\""))).doesNotContain("⚠");
        assertThat(bill).contains("Kết quả kiểm tra hồ sơ phiên bản 1 trước khi gửi");

        // under correction the encounter is back in the worklist with its findings count; the preview lists the
        // findings of the older version apart from the lines
        Reply correction = http.send(clerk, "POST", "/api/v1/encounters/" + encounter + "/corrections",
                "{\"reason\":\"Bỏ xét nghiệm ngoài danh mục\"}");
        assertThat(correction.status()).as(correction.body()).isIn(200, 201);
        String worklist = page(clerk, "/settlement").body();
        int at = worklist.indexOf(held);
        assertThat(at).isPositive();
        assertThat(worklist.substring(at, worklist.indexOf("</tr>", at))).contains("1 / 0");
        String preview = page(clerk, "/settlement/" + encounter).body();
        assertThat(preview).contains("thuộc hồ sơ phiên bản 1", "SERVICE_NOT_IN_CATALOGUE");
        assertThat(preview.substring(preview.indexOf("id=\"bill\""))).doesNotContain("⚠");
    }

    @Test
    void theHomePageLinksTheOfficerScreensForTheRolesThatUseThem() {
        assertThat(page("officer-40", "/").body()).contains("id=\"officer-link\"");
        assertThat(page("clinician-a", "/").body()).doesNotContain("id=\"officer-link\"");
        List.of("/officer", "/officer/claims", "/officer/worklist")
                .forEach(p -> assertThat(page("admin", p).body()).contains("worklist-link"));
    }
}
