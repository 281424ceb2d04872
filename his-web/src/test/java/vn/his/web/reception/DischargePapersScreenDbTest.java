package vn.his.web.reception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;

import vn.his.web.testsupport.HttpTester;
import vn.his.web.testsupport.HttpTester.Reply;
import vn.his.web.testsupport.WebFixtures;
import vn.his.web.testsupport.WebTest;

/**
 * The discharge papers on the encounter page (record summary XML8, referral letter XML13, re-visit appointment
 * XML14): shown once the encounter has ended and only those that apply; a valid form records the paper and the page
 * shows it with an edit form pre-filled with its values, whose submission replaces it; an invalid form (recording or
 * editing) shows the Vietnamese refusal next to its field and writes nothing; a user who may not change the encounter
 * gets 403; after settlement the page has no form, says a correction is needed, and a post is refused.
 */
@WebTest
@AutoConfigureMockMvc
class DischargePapersScreenDbTest {

    static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    WebFixtures fixtures;

    HttpTester http;
    WebFixtures.World w;

    @BeforeEach
    void setUp() {
        http = new HttpTester(port);
        w = fixtures.world();
    }

    /** An encounter of facility A recorded through the API, with one line, ended as asked; returns its id. */
    long finished(String type, int dischargeType, String referredTo) {
        LocalDateTime arrival = LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusHours(3).withNano(0);
        Reply opened = http.send("clinician-a", "POST", "/api/v1/encounters", "{\"patientId\":" + w.patientId()
                + ",\"cardIds\":[" + w.cardId() + "],\"encounterType\":\"" + type + "\",\"arrivalTime\":\"" + arrival
                + "\",\"visitReason\":\"Sốt cao\",\"departmentCode\":\"K01\"}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        long id = opened.json().get("id").asLong();
        Reply line = http.send("clinician-a", "POST", "/api/v1/encounters/" + id + "/lines", "{\"itemCode\":"
                + "\"02.1896\",\"quantity\":1,\"orderingCchn\":\"" + w.a().cchn() + "\",\"orderTime\":\""
                + arrival.plusMinutes(10) + "\"}");
        assertThat(line.status()).as(line.body()).isEqualTo(201);
        Reply dx = http.send("clinician-a", "PUT", "/api/v1/encounters/" + id + "/diagnosis",
                "{\"diagnosisIn\":\"Sốt\",\"diagnosisOut\":\"Viêm họng cấp\",\"mainIcd10\":\"J02.9\"}");
        assertThat(dx.status()).as(dx.body()).isEqualTo(200);
        Reply done = http.send("clinician-a", "POST", "/api/v1/encounters/" + id + "/finish",
                "{\"treatmentResult\":2,\"dischargeType\":" + dischargeType + ",\"dischargeTime\":\""
                        + arrival.plusHours(1) + "\",\"treatmentMethod\":\"Kháng sinh\""
                        + (referredTo == null ? "" : ",\"referredTo\":\"" + referredTo + "\"") + "}");
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        return id;
    }

    MockHttpServletResponse page(String user, long id) throws Exception {
        return mvc.perform(get("/reception/encounters/" + id).with(httpBasic(user, WebFixtures.PASSWORD)))
                .andReturn().getResponse();
    }

    MockHttpServletResponse submit(String user, long id, String paper, String... fields) throws Exception {
        MockHttpServletRequestBuilder req = post("/reception/encounters/" + id + "/" + paper)
                .with(httpBasic(user, WebFixtures.PASSWORD)).with(csrf());
        java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
        for (int i = 0; i < fields.length; i += 2) {
            values.put(fields[i], fields[i + 1]); // a later value of a field replaces the earlier one
        }
        values.forEach(req::param);
        return mvc.perform(req).andReturn().getResponse();
    }

    JsonNode encounter(long id) {
        return http.get("clinician-a", "/api/v1/encounters/" + id).json();
    }

    static String text(MockHttpServletResponse r) throws Exception {
        return r.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void aStayGetsItsRecordSummaryFromTheForm() throws Exception {
        long id = finished("03", 1, null);
        String before = text(page("clinician-a", id));
        assertThat(before).contains("id=\"summary-form\"", "Tóm tắt hồ sơ bệnh án (XML8)", "id=\"appointment-form\"")
                .doesNotContain("id=\"referral-form\"");

        MockHttpServletResponse blank = submit("clinician-a", id, "record-summary", "pathology", " ",
                "resultsSummary", "Bạch cầu 15 G/L", "treatmentMethod", "Kháng sinh", "childrenDead", "hai");
        assertThat(blank.getStatus()).isEqualTo(200);
        String refused = text(blank);
        assertThat(refused).contains("id=\"summary-pathology-error\">Bắt buộc nhập.</small>",
                "id=\"summary-childrenDead-error\">Số không hợp lệ: chỉ nhập chữ số.</small>",
                "Chưa lưu: sửa các mục được đánh dấu bên dưới.", "Bạch cầu 15 G/L");
        MockHttpServletResponse stillbirth = submit("clinician-a", id, "record-summary", "pathology", "Sốt cao",
                "resultsSummary", "Bạch cầu 15 G/L", "treatmentMethod", "Kháng sinh", "childrenDead", "1");
        assertThat(text(stillbirth)).contains("id=\"summary-childBirthDate-error\">Trường hợp con chết sau sinh phải "
                + "nhập đủ ngày sinh con, ngày con chết và số con chết.</small>");
        assertThat(encounter(id).get("recordSummary").isNull()).isTrue();

        MockHttpServletResponse officer = submit("officer-40", id, "record-summary", "pathology", "Sốt cao 3 ngày",
                "resultsSummary", "Bạch cầu 15 G/L", "treatmentMethod", "Kháng sinh tĩnh mạch");
        assertThat(officer.getStatus()).isEqualTo(403);
        assertThat(encounter(id).get("recordSummary").isNull()).isTrue();

        MockHttpServletResponse ok = submit("clinician-a", id, "record-summary", "pathology", "Sốt cao 3 ngày",
                "resultsSummary", "Bạch cầu 15 G/L", "treatmentMethod", "Kháng sinh tĩnh mạch",
                "motherName", "Trần Thị Mẹ");
        assertThat(ok.getStatus()).isEqualTo(302);
        assertThat(ok.getRedirectedUrl()).isEqualTo("/reception/encounters/" + id + "#papers");
        JsonNode summary = encounter(id).get("recordSummary");
        assertThat(summary.get("pathology").asString()).isEqualTo("Sốt cao 3 ngày");
        assertThat(summary.get("motherName").asString()).isEqualTo("Trần Thị Mẹ");
        String after = text(page("clinician-a", id));
        assertThat(after).contains("id=\"summary-recorded\"", "Sốt cao 3 ngày", "Trần Thị Mẹ")
                .doesNotContain("id=\"summary-form\"");
    }

    @Test
    void aTransferGetsItsReferralLetterFromTheForm() throws Exception {
        long visit = finished("01", 1, null);
        assertThat(text(page("clinician-a", visit))).doesNotContain("id=\"referral-form\"", "id=\"summary-form\"")
                .contains("id=\"appointment-form\"");

        long id = finished("01", 2, "40999");
        assertThat(text(page("clinician-a", id))).contains("id=\"referral-form\"", "40999");
        String[] letter = {"dossierNo", "HS-01", "bookNo", "7", "letterNo", "CT-2026-007", "clinicalSigns",
                "Sốt 39 độ", "pathology", "Sốt 3 ngày không đỡ", "conditionAtTransfer", "Tỉnh táo",
                "treatmentDirection", "Điều trị chuyên khoa", "transport", "Xe cứu thương"};

        MockHttpServletResponse unfit = submit("clinician-a", id, "referral", with(letter, "reasonCode", "3",
                "doctorIds", w.a().cchn()));
        assertThat(unfit.getStatus()).isEqualTo(200);
        assertThat(text(unfit)).contains("id=\"referral-reasonCode-error\">Đợt KCB ",
                ": lý do chuyển tuyến 3 không phù hợp với loại ra viện 2");
        MockHttpServletResponse otherDoctor = submit("clinician-a", id, "referral", with(letter, "reasonCode", "2",
                "doctorIds", w.b().cchn()));
        assertThat(text(otherDoctor)).contains("id=\"referral-doctorIds-error\">");
        MockHttpServletResponse noLetter = submit("clinician-a", id, "referral", with(letter, "reasonCode", "2",
                "doctorIds", w.a().cchn(), "letterNo", ""));
        assertThat(text(noLetter)).contains("id=\"referral-letterNo-error\">Bắt buộc nhập.</small>");
        assertThat(encounter(id).get("referral").isNull()).isTrue();

        MockHttpServletResponse otherFacility = submit("clerk-b", id, "referral", with(letter, "reasonCode", "2",
                "doctorIds", w.a().cchn()));
        assertThat(otherFacility.getStatus()).isEqualTo(403);
        assertThat(submit("officer-40", id, "referral", with(letter, "reasonCode", "2", "doctorIds",
                w.a().cchn())).getStatus()).isEqualTo(403);
        assertThat(encounter(id).get("referral").isNull()).isTrue();

        MockHttpServletResponse ok = submit("clinician-a", id, "referral", with(letter, "reasonCode", "2",
                "doctorIds", w.a().cchn()));
        assertThat(ok.getStatus()).isEqualTo(302);
        JsonNode referral = encounter(id).get("referral");
        assertThat(referral.get("letterNo").asString()).isEqualTo("CT-2026-007");
        assertThat(referral.get("reasonCode").asInt()).isEqualTo(2);
        assertThat(text(page("clinician-a", id))).contains("id=\"referral-recorded\"",
                "2 Vượt quá khả năng chuyên môn của cơ sở").doesNotContain("id=\"referral-form\"");

        MockHttpServletResponse notTransfer = submit("clinician-a", visit, "referral", with(letter, "reasonCode",
                "2", "doctorIds", w.a().cchn()));
        assertThat(text(notTransfer)).contains("class=\"error\" role=\"alert\"", "chỉ lập giấy chuyển tuyến");
        assertThat(encounter(visit).get("referral").isNull()).isTrue();
    }

    @Test
    void aFinishedVisitGetsItsAppointmentFromTheFormAndASettledOneNeedsACorrection() throws Exception {
        long id = finished("01", 1, null);
        LocalDateTime discharge = LocalDateTime.parse(encounter(id).get("dischargeTime").asString());

        MockHttpServletResponse early = submit("clinician-a", id, "appointment", "paperNo", "HK-1",
                "appointmentTime", discharge.minusDays(1).format(TYPED), "doctorIds", w.a().cchn());
        assertThat(early.getStatus()).isEqualTo(200);
        assertThat(text(early)).contains("id=\"appointment-appointmentTime-error\">Đợt KCB ",
                ": thời gian hẹn khám lại trước thời gian ra viện.");
        MockHttpServletResponse unreadable = submit("clinician-a", id, "appointment", "paperNo", "HK-1",
                "appointmentTime", "ngày mai", "doctorIds", "");
        assertThat(text(unreadable)).contains("id=\"appointment-appointmentTime-error\">Thời gian không hợp lệ: "
                + "nhập theo dạng dd/mm/yyyy hh:mm.</small>", "value=\"ngày mai\"");
        assertThat(encounter(id).get("appointment").isNull()).isTrue();

        String at = discharge.plusDays(14).withHour(8).withMinute(0).format(TYPED);
        assertThat(submit("officer-40", id, "appointment", "paperNo", "HK-1", "appointmentTime", at, "doctorIds",
                w.a().cchn()).getStatus()).isEqualTo(403);
        assertThat(encounter(id).get("appointment").isNull()).isTrue();

        MockHttpServletResponse ok = submit("clinician-a", id, "appointment", "paperNo", "HK-1",
                "appointmentTime", at, "doctorIds", w.a().cchn());
        assertThat(ok.getStatus()).isEqualTo(302);
        assertThat(encounter(id).get("appointment").get("paperNo").asString()).isEqualTo("HK-1");
        assertThat(text(page("clinician-a", id))).contains("id=\"appointment-recorded\"", at)
                .doesNotContain("id=\"appointment-form\"");

        // after settlement: no form, the core's explanation; a post is refused with it and writes nothing
        long settled = finished("01", 1, null);
        Reply settle = http.send("clerk-a", "POST", "/api/v1/encounters/" + settled + "/settlement", "{}");
        assertThat(settle.status()).as(settle.body()).isEqualTo(201);
        assertThat(text(page("clinician-a", settled))).contains("id=\"papers-locked\"",
                "Sau khi quyết toán chỉ được sửa bằng điều chỉnh có lý do.").doesNotContain("id=\"appointment-form\"");
        MockHttpServletResponse late = submit("clinician-a", settled, "appointment", "paperNo", "HK-2",
                "appointmentTime", at, "doctorIds", w.a().cchn());
        assertThat(text(late)).contains("id=\"papers-locked\"", "class=\"error\" role=\"alert\"");
        assertThat(encounter(settled).get("appointment").isNull()).isTrue();
    }

    @Test
    void aRecordedSummaryIsEditedFromItsPrefilledFormAndAnInvalidEditKeepsIt() throws Exception {
        long id = finished("03", 1, null);
        assertThat(submit("clinician-a", id, "record-summary", "pathology", "Sốt cao 3 ngày", "resultsSummary",
                "Bạch cầu 15 G/L", "treatmentMethod", "Kháng sinh tĩnh mạch", "motherName", "Trần Thị Mẹ")
                .getStatus()).isEqualTo(302);
        String issuedOn = SHOWN.format(java.time.LocalDate.parse(encounter(id).get("recordSummary").get("issuedOn")
                .asString()));

        // the recorded values, and the edit form (closed, reached by keyboard) pre-filled with them
        MockHttpServletResponse shown = page("clinician-a", id);
        String recorded = text(shown);
        assertThat(recorded).contains("id=\"summary-recorded\"", "<details id=\"summary-edit\">",
                        "<summary>Sửa tóm tắt hồ sơ bệnh án</summary>", "id=\"summary-edit-form\"",
                        ">Sốt cao 3 ngày</textarea>", "value=\"Trần Thị Mẹ\"", "value=\"" + issuedOn + "\"",
                        "Lưu tóm tắt hồ sơ bệnh án đã sửa")
                .doesNotContain("id=\"summary-form\"");
        assertThat(shown.getContentAsByteArray().length).isLessThan(100 * 1024);

        // invalid edits: refused in Vietnamese next to the field, the form open with what was typed, nothing written
        MockHttpServletResponse blank = submit("clinician-a", id, "record-summary", "pathology", "",
                "resultsSummary", "Bạch cầu 9 G/L", "treatmentMethod", "Kháng sinh uống", "issuedOn", issuedOn);
        assertThat(blank.getStatus()).isEqualTo(200);
        assertThat(text(blank)).contains("<details id=\"summary-edit\" open=\"open\">",
                "id=\"summary-pathology-error\">Bắt buộc nhập.</small>", ">Bạch cầu 9 G/L</textarea>",
                "Chưa lưu: sửa các mục được đánh dấu bên dưới.");
        MockHttpServletResponse early = submit("clinician-a", id, "record-summary", "pathology", "Sốt cao 5 ngày",
                "resultsSummary", "Bạch cầu 9 G/L", "treatmentMethod", "Kháng sinh uống", "issuedOn", "01/01/2020");
        assertThat(text(early)).contains("id=\"summary-issuedOn-error\">Đợt KCB ");
        JsonNode kept = encounter(id).get("recordSummary");
        assertThat(kept.get("pathology").asString()).isEqualTo("Sốt cao 3 ngày");
        assertThat(kept.get("resultsSummary").asString()).isEqualTo("Bạch cầu 15 G/L");

        MockHttpServletResponse ok = submit("clinician-a", id, "record-summary", "pathology", "Sốt cao 5 ngày",
                "resultsSummary", "Bạch cầu 9 G/L", "treatmentMethod", "Kháng sinh uống", "motherName", "",
                "issuedOn", issuedOn);
        assertThat(ok.getStatus()).isEqualTo(302);
        JsonNode changed = encounter(id).get("recordSummary");
        assertThat(changed.get("pathology").asString()).isEqualTo("Sốt cao 5 ngày");
        assertThat(changed.get("treatmentMethod").asString()).isEqualTo("Kháng sinh uống");
        assertThat(changed.get("motherName").isNull()).isTrue();
        assertThat(text(page("clinician-a", id))).contains("Sốt cao 5 ngày", ">Sốt cao 5 ngày</textarea>")
                .doesNotContain("Sốt cao 3 ngày", "Trần Thị Mẹ");
    }

    @Test
    void aRecordedReferralLetterIsEditedFromItsPrefilledForm() throws Exception {
        long id = finished("01", 2, "40999");
        String[] letter = {"dossierNo", "HS-01", "bookNo", "7", "letterNo", "CT-2026-007", "clinicalSigns",
                "Sốt 39 độ", "pathology", "Sốt 3 ngày không đỡ", "conditionAtTransfer", "Tỉnh táo",
                "treatmentDirection", "Điều trị chuyên khoa", "transport", "Xe cứu thương", "doctorIds",
                w.a().cchn()};
        assertThat(submit("clinician-a", id, "referral", with(letter, "reasonCode", "2")).getStatus())
                .isEqualTo(302);
        assertThat(text(page("clinician-a", id))).contains("id=\"referral-edit-form\"", "value=\"CT-2026-007\"",
                        ">Sốt 39 độ</textarea>", "<option value=\"2\" selected=\"selected\">",
                        "value=\"" + w.a().cchn() + "\"", "Sửa giấy chuyển tuyến")
                .doesNotContain("id=\"referral-form\"");

        MockHttpServletResponse unfit = submit("clinician-a", id, "referral", with(letter, "reasonCode", "3",
                "letterNo", "CT-2026-008"));
        assertThat(unfit.getStatus()).isEqualTo(200);
        assertThat(text(unfit)).contains("<details id=\"referral-edit\" open=\"open\">",
                "id=\"referral-reasonCode-error\">Đợt KCB ", ": lý do chuyển tuyến 3 không phù hợp với loại ra viện 2");
        MockHttpServletResponse noBook = submit("clinician-a", id, "referral", with(letter, "reasonCode", "2",
                "bookNo", " ", "letterNo", "CT-2026-008"));
        assertThat(text(noBook)).contains("id=\"referral-bookNo-error\">Bắt buộc nhập.</small>");
        assertThat(encounter(id).get("referral").get("letterNo").asString()).isEqualTo("CT-2026-007");

        MockHttpServletResponse ok = submit("clinician-a", id, "referral", with(letter, "reasonCode", "1",
                "letterNo", "CT-2026-008", "transport", "Xe cấp cứu 115"));
        assertThat(ok.getStatus()).isEqualTo(302);
        JsonNode referral = encounter(id).get("referral");
        assertThat(referral.get("letterNo").asString()).isEqualTo("CT-2026-008");
        assertThat(referral.get("transport").asString()).isEqualTo("Xe cấp cứu 115");
        assertThat(referral.get("reasonCode").asInt()).isEqualTo(1);
        assertThat(text(page("clinician-a", id))).contains("CT-2026-008 (HS-01, 7)", "1 Đủ điều kiện chuyển tuyến",
                "<option value=\"1\" selected=\"selected\">");
    }

    @Test
    void aRecordedAppointmentIsEditedFromItsPrefilledFormUntilSettlement() throws Exception {
        long id = finished("01", 1, null);
        LocalDateTime discharge = LocalDateTime.parse(encounter(id).get("dischargeTime").asString());
        String at = discharge.plusDays(14).withHour(8).withMinute(0).format(TYPED);
        assertThat(submit("clinician-a", id, "appointment", "paperNo", "HK-1", "appointmentTime", at, "doctorIds",
                w.a().cchn()).getStatus()).isEqualTo(302);
        assertThat(text(page("clinician-a", id))).contains("id=\"appointment-edit-form\"", "value=\"HK-1\"",
                "value=\"" + at + "\"", "Lưu giấy hẹn khám lại đã sửa").doesNotContain("id=\"appointment-form\"");

        MockHttpServletResponse early = submit("clinician-a", id, "appointment", "paperNo", "HK-1",
                "appointmentTime", discharge.minusDays(1).format(TYPED), "doctorIds", w.a().cchn());
        assertThat(text(early)).contains("<details id=\"appointment-edit\" open=\"open\">",
                "id=\"appointment-appointmentTime-error\">Đợt KCB ",
                ": thời gian hẹn khám lại trước thời gian ra viện.");
        MockHttpServletResponse unreadable = submit("clinician-a", id, "appointment", "paperNo", "HK-1",
                "appointmentTime", "thứ hai tuần sau", "doctorIds", w.a().cchn());
        assertThat(text(unreadable)).contains("id=\"appointment-appointmentTime-error\">Thời gian không hợp lệ: "
                + "nhập theo dạng dd/mm/yyyy hh:mm.</small>", "value=\"thứ hai tuần sau\"");
        assertThat(submit("officer-40", id, "appointment", "paperNo", "HK-9", "appointmentTime", at, "doctorIds",
                w.a().cchn()).getStatus()).isEqualTo(403);
        JsonNode kept = encounter(id).get("appointment");
        assertThat(kept.get("paperNo").asString()).isEqualTo("HK-1");
        assertThat(LocalDateTime.parse(kept.get("appointmentTime").asString()).format(TYPED)).isEqualTo(at);

        String later = discharge.plusDays(21).withHour(9).withMinute(30).format(TYPED);
        MockHttpServletResponse ok = submit("clinician-a", id, "appointment", "paperNo", "HK-2",
                "appointmentTime", later, "doctorIds", w.a().cchn());
        assertThat(ok.getStatus()).isEqualTo(302);
        JsonNode changed = encounter(id).get("appointment");
        assertThat(changed.get("paperNo").asString()).isEqualTo("HK-2");
        assertThat(LocalDateTime.parse(changed.get("appointmentTime").asString()).format(TYPED)).isEqualTo(later);
        assertThat(text(page("clinician-a", id))).contains("id=\"appointment-time\">" + later + "</dd>",
                "value=\"" + later + "\"");

        // settled: the paper is shown, no edit form; an edit posted anyway is refused with the core's message
        Reply settle = http.send("clerk-a", "POST", "/api/v1/encounters/" + id + "/settlement", "{}");
        assertThat(settle.status()).as(settle.body()).isEqualTo(201);
        assertThat(text(page("clinician-a", id))).contains("id=\"appointment-recorded\"", "id=\"papers-locked\"")
                .doesNotContain("id=\"appointment-edit\"", "id=\"appointment-edit-form\"",
                        "id=\"appointment-paperNo\"");
        MockHttpServletResponse late = submit("clinician-a", id, "appointment", "paperNo", "HK-3",
                "appointmentTime", at, "doctorIds", w.a().cchn());
        assertThat(late.getStatus()).isEqualTo(200);
        assertThat(text(late)).contains("class=\"error\" role=\"alert\">Đợt KCB "
                        + encounter(id).get("maLk").asString(),
                "không được sửa. Sau khi quyết toán chỉ được sửa bằng điều chỉnh có lý do.</p>")
                .doesNotContain("id=\"appointment-edit-form\"");
        JsonNode settled = encounter(id).get("appointment");
        assertThat(settled.get("paperNo").asString()).isEqualTo("HK-2");
        assertThat(LocalDateTime.parse(settled.get("appointmentTime").asString()).format(TYPED)).isEqualTo(later);
    }

    @Test
    void theFormsAreInEnglishOnRequest() throws Exception {
        long id = finished("03", 2, "40999");
        MockHttpServletResponse en = mvc.perform(get("/reception/encounters/" + id + "?lang=en")
                .with(httpBasic("clinician-a", WebFixtures.PASSWORD)).header("Accept-Language", "en")).andReturn()
                .getResponse();
        assertThat(text(en)).contains("Record summary (XML8)", "Referral letter (XML13, QĐ 3176 form)",
                "Re-visit appointment (XML14)", "Save the appointment");
    }

    static String[] with(String[] base, String... more) {
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }
}
