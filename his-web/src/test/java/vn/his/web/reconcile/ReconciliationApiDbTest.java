package vn.his.web.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

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
