package vn.his.web.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.his.billing.settlement.Payment;
import vn.his.billing.settlement.PaymentMethod;
import vn.his.billing.settlement.SettlementService;
import vn.his.core.encounter.EncounterService;
import vn.his.core.facility.Facility;
import vn.his.web.claims.SettledVisits;
import vn.his.web.security.Role;
import vn.his.web.testsupport.SignedInUsers;
import vn.his.web.testsupport.WebTest;

/**
 * The reconciliation API: importing a result file (counts and per-row messages in the request language, the same file
 * twice, a malformed file, roles), a claim's history and reconciliation within the claim scope, and the province and
 * ledger downloads with their scope rules.
 */
@WebTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReconciliationApiDbTest {

    static final LocalDateTime ARRIVAL = LocalDateTime.of(2026, 11, 16, 8, 0);

    @Autowired
    SettledVisits visits;

    @Autowired
    MockMvc mvc;

    @Autowired
    SettlementService settlement;

    @Autowired
    EncounterService encounters;

    @Autowired
    JdbcTemplate jdbc;

    Facility facility;
    Facility other;
    String maLk;
    byte[] file;

    @BeforeAll
    void settleAndImport() throws Exception {
        facility = visits.facility();
        other = visits.facility();
        maLk = visits.settledVisit(facility, "Hoàng Văn Giáp", ARRIVAL, false);
        file = xlsx(List.of(
                List.of(maLk, "XML2", "1", "40.48", "1050", "TC43", "Giá thuốc vượt giá trúng thầu"),
                List.of("40999261116000001", "XML2", "1", "40.48", "1050", "TC43", "?")));
    }

    @Test
    void aClerkImportsTheFileGetsCountsAndMessagesAndTheSameFileAgainChangesNothing() throws Exception {
        mvc.perform(multipart("/api/v1/claims/assessment-results").file(part(file, "ket-qua.xlsx"))
                        .with(SignedInUsers.as(Role.BILLING_CLERK, facility)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.alreadyImported").value(false))
                .andExpect(jsonPath("$.counts.rows").value(2))
                .andExpect(jsonPath("$.counts.matched").value(1))
                .andExpect(jsonPath("$.counts.unmatched").value(1))
                .andExpect(jsonPath("$.rows[0].outcome").value("MATCHED"))
                .andExpect(jsonPath("$.rows[1].outcome").value("UNMATCHED"))
                .andExpect(jsonPath("$.rows[1].outcomeText").value("Không khớp"))
                .andExpect(jsonPath("$.rows[1].message").value("Không có hồ sơ nào có MA_LK 40999261116000001."))
                .andExpect(jsonPath("$.message").value(
                        "Đã nhập 2 dòng: 1 dòng khớp, 1 dòng không khớp hoặc sai định dạng, 0 dòng trùng."));
        mvc.perform(multipart("/api/v1/claims/assessment-results").file(part(file, "lan-hai.xlsx"))
                        .header("Accept-Language", "en")
                        .with(SignedInUsers.as(Role.BILLING_CLERK, facility)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.alreadyImported").value(true))
                .andExpect(jsonPath("$.fileName").value("ket-qua.xlsx"))
                .andExpect(jsonPath("$.counts.matched").value(1))
                .andExpect(jsonPath("$.rows[1].message").value("No claim has MA_LK 40999261116000001."));

        mvc.perform(get("/api/v1/claims/{maLk}/history", maLk).with(SignedInUsers.as(Role.BILLING_CLERK, facility)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].stage").value(hasItems("ASSESSED", "QUEUED", "GATEWAY_ASSESSED")))
                .andExpect(jsonPath("$[0].stageText").value("Đã kiểm tra tại cơ sở"));
        mvc.perform(get("/api/v1/claims/{maLk}/reconciliation", maLk)
                        .with(SignedInUsers.as(Role.INSURANCE_OFFICER, other)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.versions[0].assessed").value(true))
                .andExpect(jsonPath("$.versions[0].refused").value(1050.0))
                .andExpect(jsonPath("$.versions[0].lines[?(@.tableCode == 'XML2')].refusals[0].reasonCode")
                        .value(hasItems("TC43")));
    }

    @Test
    void aMalformedFileIs400AndNobodyButClerksAndAdministratorsImports() throws Exception {
        mvc.perform(multipart("/api/v1/claims/assessment-results")
                        .file(part("MA_LK;STT".getBytes(StandardCharsets.UTF_8), "kq.csv"))
                        .with(SignedInUsers.as(Role.BILLING_CLERK, facility)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].code").value("reconcile.file.unknownFormat"));
        mvc.perform(multipart("/api/v1/claims/assessment-results")
                        .with(SignedInUsers.as(Role.BILLING_CLERK, facility)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("reconcile.api.fileRequired"));
        mvc.perform(multipart("/api/v1/claims/assessment-results").file(part(file, "kq.xlsx"))
                        .with(SignedInUsers.as(Role.INSURANCE_OFFICER, facility)))
                .andExpect(status().isForbidden());
    }

    @Test
    void historyIsReadWithinTheClaimScope() throws Exception {
        mvc.perform(get("/api/v1/claims/{maLk}/history", maLk).with(SignedInUsers.as(Role.BILLING_CLERK, other)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/claims/{maLk}/history", maLk).with(SignedInUsers.as(Role.CLINICIAN, facility)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/claims/{maLk}/history", "40999261116009999").with(SignedInUsers.administrator()))
                .andExpect(status().isNotFound());
    }

    @Test
    void provinceReportForOfficersOfTheProvinceAndAdministrators() throws Exception {
        MvcResult result = download(get("/api/v1/reports/province").param("province", "40")
                        .param("month", "2026-11").with(SignedInUsers.as(Role.INSURANCE_OFFICER, other)))
;
        assertThat(result.getResponse().getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"doi-soat-bhyt-tinh-40-2026-11.xlsx\"");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            assertThat(book.getSheetName(0)).isEqualTo("Theo cơ sở");
            Sheet detail = book.getSheet("Danh sách hồ sơ");
            boolean listed = false;
            for (int r = 4; detail.getRow(r) != null && detail.getRow(r).getCell(2) != null; r++) {
                listed |= detail.getRow(r).getCell(2).getStringCellValue().equals(maLk);
            }
            assertThat(listed).isTrue();
        }
        mvc.perform(get("/api/v1/reports/province").param("province", "40").param("month", "2026-11")
                        .with(SignedInUsers.as(Role.BILLING_CLERK, facility)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/reports/province").param("province", "4").param("month", "2026-11")
                        .with(SignedInUsers.administrator()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("report.api.provinceRequired"));
        mvc.perform(get("/api/v1/reports/province").param("province", "97").param("month", "2026-11")
                        .with(SignedInUsers.administrator()))
                .andExpect(status().isNotFound());
    }

    @Test
    void ledgerForTheFacilityScopeAndAValidPeriod() throws Exception {
        String code = visits.code(facility);
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        MvcResult result = download(get("/api/v1/reports/ledger").param("facility", code)
                        .param("from", today.minusDays(1).toString()).param("to", today.toString())
                        .with(SignedInUsers.as(Role.BILLING_CLERK, facility)))
;
        assertThat(result.getResponse().getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"so-gui-ho-so-"
                + code + "-" + today.minusDays(1) + "-" + today + ".xlsx\"");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            assertThat(book.getSheet("Hồ sơ gửi").getRow(4).getCell(3).getStringCellValue()).isEqualTo(maLk);
        }
        mvc.perform(get("/api/v1/reports/ledger").param("facility", code).param("from", "2026-11-30")
                        .param("to", "2026-11-01").with(SignedInUsers.as(Role.BILLING_CLERK, facility)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("report.api.badPeriod"));
        mvc.perform(get("/api/v1/reports/ledger").param("facility", code).param("from", "2026-11-01")
                        .param("to", "2026-11-30").with(SignedInUsers.as(Role.BILLING_CLERK, other)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theUploadScreenShowsEveryRowsOutcomeWithItsMessageLikeTheApi() throws Exception {
        String lk = visits.settledVisit(facility, "Đinh Văn Màn Hình", LocalDateTime.of(2026, 11, 17, 8, 0), false);
        byte[] results = xlsx(List.of(
                List.of(lk, "XML2", "1", "40.48", "1050", "TC43", "Giá thuốc vượt giá trúng thầu"),
                List.of("40999261117000009", "XML2", "1", "40.48", "1050", "TC43", "?"),
                List.of(lk, "XML2", "1", "40.48", "500", "", ""),
                List.of(lk, "XML2", "1", "40.48", "1050", "TC43", "Giá thuốc vượt giá trúng thầu")));
        RequestPostProcessor clerk = SignedInUsers.as(Role.BILLING_CLERK, facility);
        assertThat(screen(get("/officer/assessment-results").with(clerk), 200))
                .contains("enctype=\"multipart/form-data\"", "name=\"_csrf\"", "hx-indicator=\"#progress\"",
                        "Nhập kết quả giám định của cổng BHXH");
        MvcResult posted = mvc.perform(multipart("/officer/assessment-results").file(part(results, "kq-man-hinh.xlsx"))
                .with(clerk).with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
        String target = posted.getResponse().getRedirectedUrl();
        assertThat(target).matches("/officer/assessment-results/\\d+");
        String html = screen(get(target).flashAttrs(posted.getFlashMap()).with(clerk), 200);

        // the same import on the API: every row's outcome and message must be on the page
        String json = mvc.perform(get("/api/v1/claims" + target.substring("/officer".length())).with(clerk))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> outcomes = JsonPath.read(json, "$.rows[*].outcome");
        assertThat(outcomes).containsExactly("MATCHED", "UNMATCHED", "INVALID", "DUPLICATE");
        List<Integer> rows = JsonPath.read(json, "$.rows[*].row");
        List<String> messages = JsonPath.read(json, "$.rows[*].message");
        List<String> texts = List.of("Khớp", "Không khớp", "Sai định dạng", "Trùng");
        for (int i = 0; i < 4; i++) {
            String tr = html.substring(html.indexOf("id=\"row-" + rows.get(i) + "\""));
            tr = tr.substring(0, tr.indexOf("</tr>"));
            assertThat(tr).contains(">" + texts.get(i) + "<", escape(messages.get(i)));
        }
        assertThat(html).contains(escape(JsonPath.<String>read(json, "$.message")), "id=\"notice\"", "kq-man-hinh.xlsx",
                "/officer/claims/" + lk + "/history");
        assertThat(messages.get(1)).isEqualTo("Không có hồ sơ nào có MA_LK 40999261117000009.");

        // English through the bundles
        assertThat(screen(get(target + "?lang=en").with(clerk), 200)).contains("Matched", "No claim has MA_LK");
    }

    @Test
    void theUploadScreenRefusesUnreadableFilesWithAMessageAndOfficersOnlyRead() throws Exception {
        RequestPostProcessor clerk = SignedInUsers.as(Role.BILLING_CLERK, facility);
        String unreadable = screen(multipart("/officer/assessment-results")
                .file(part("MA_LK;STT".getBytes(StandardCharsets.UTF_8), "kq.csv")).with(clerk).with(csrf()), 400);
        assertThat(unreadable).contains("Không đọc được tệp: chỉ nhận tệp Excel (.xlsx) hoặc XML theo mẫu "
                + "KET_QUA_GIAM_DINH.");
        assertThat(screen(multipart("/officer/assessment-results").with(clerk).with(csrf()), 400))
                .contains("Hãy chọn tệp kết quả giám định");
        RequestPostProcessor officer = SignedInUsers.as(Role.INSURANCE_OFFICER, other);
        String form = screen(get("/officer/assessment-results").with(officer), 200);
        assertThat(form).contains("id=\"read-only\"").doesNotContain("id=\"upload\"");
        mvc.perform(multipart("/officer/assessment-results").file(part(file, "kq.xlsx")).with(officer).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/officer/assessment-results/999999999").with(clerk)).andExpect(status().isNotFound());
    }

    @Test
    void theHistoryScreenShowsTheStagesAndTheBeforeAndAfterOfACorrection() throws Exception {
        LocalDateTime arrival = LocalDateTime.of(2026, 11, 18, 8, 0);
        String lk = visits.settledVisit(facility, "Vũ Thị Lịch Sử", arrival, false);
        RequestPostProcessor clerk = SignedInUsers.as(Role.BILLING_CLERK, facility);
        mvc.perform(multipart("/api/v1/claims/assessment-results").file(part(xlsx(List.of(
                        List.of(lk, "XML2", "1", "40.48", "1050", "CK_13", "Thuốc không đúng chỉ định"))),
                        "kq-" + lk + ".xlsx")).with(clerk))
                .andExpect(status().isCreated());
        // the clerk corrects the claim: the refused drug line is removed and the encounter settled again
        long encounter = jdbc.queryForObject("SELECT id FROM encounter WHERE ma_lk = ?", Long.class, lk);
        settlement.startCorrection(encounter, "Xuất toán XML2 STT 1: bỏ thuốc", "thu.ngan");
        int drugLine = jdbc.queryForObject("SELECT MAX(line_no) FROM order_line WHERE encounter_id = ?",
                Integer.class, encounter);
        encounters.removeLine(encounter, drugLine);
        var priced = settlement.preview(encounter, Optional.empty());
        BigDecimal due = priced.totals().tBncct().add(priced.totals().tBntt());
        settlement.settle(encounter, Optional.empty(), "thu.ngan",
                Optional.of(new Payment(PaymentMethod.CASH, arrival.plusHours(4), due, null)));

        RequestPostProcessor officer = SignedInUsers.as(Role.INSURANCE_OFFICER, other);
        String html = screen(get("/officer/claims/" + lk + "/history").with(officer), 200);
        assertThat(html).contains("Lịch sử trạng thái và đối chiếu – hồ sơ " + lk, "hx-indicator=\"#progress\"");
        assertThat(html.substring(html.indexOf("id=\"history\""))).containsSubsequence("Đã kiểm tra tại cơ sở",
                "Đưa vào hàng đợi gửi", "Đã có kết quả giám định", "1.050 ₫", "Đã điều chỉnh", "bỏ thuốc");
        String v1 = html.substring(html.indexOf("id=\"version-1\""), html.indexOf("id=\"version-2\""));
        String totals = v1.substring(v1.indexOf("id=\"totals-1\""));
        assertThat(totals).containsSubsequence("Xuất toán", "1.050 ₫");
        String drug = v1.substring(v1.indexOf("id=\"line-1-XML2-1\""));
        drug = drug.substring(0, drug.indexOf("</tr>"));
        assertThat(drug).contains("flagged", "40.48 – Paracetamol 500mg", "1.050 ₫",
                "CK_13 Thuốc không đúng chỉ định (1.050 ₫)", "Đã bỏ ở lần gửi 2");
        String exam = v1.substring(v1.indexOf("id=\"line-1-XML3-1\""));
        assertThat(exam.substring(0, exam.indexOf("</tr>"))).contains("02.1896 – Khám Nội", "Lần gửi 2: ");
        String v2 = html.substring(html.indexOf("id=\"version-2\""));
        assertThat(v2).contains("Chưa có kết quả giám định").doesNotContain("line-2-XML2-1");
        // the officer's claim page links here; another facility's clerk is refused, an unknown MA_LK is 404
        assertThat(screen(get("/officer/claims/" + lk).with(officer), 200))
                .contains("/officer/claims/" + lk + "/history");
        mvc.perform(get("/officer/claims/" + lk + "/history").with(SignedInUsers.as(Role.BILLING_CLERK, other)))
                .andExpect(status().isForbidden());
        assertThat(screen(get("/officer/claims/40999261118009999/history").with(officer), 404))
                .contains("40999261118009999");
    }

    private String screen(org.springframework.test.web.servlet.RequestBuilder call, int expectedStatus) throws Exception {
        MvcResult r = mvc.perform(call).andExpect(status().is(expectedStatus)).andReturn();
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** As Thymeleaf escapes text. */
    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    /** A download answers asynchronously (StreamingResponseBody): wait for the body. */
    private MvcResult download(MockHttpServletRequestBuilder call) throws Exception {
        MvcResult started = mvc.perform(call).andExpect(request().asyncStarted()).andReturn();
        return mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn();
    }

    private static MockMultipartFile part(byte[] content, String name) {
        return new MockMultipartFile("file", name, "application/octet-stream", content);
    }

    private static byte[] xlsx(List<List<String>> rows) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("KetQua");
            List<String> headings = List.of("Mã liên kết", "Loại bảng", "STT", "MA_THUOC", "Số tiền xuất toán",
                    "Mã lỗi", "Lý do xuất toán");
            Row h = sheet.createRow(0);
            for (int c = 0; c < headings.size(); c++) {
                h.createCell(c).setCellValue(headings.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}
