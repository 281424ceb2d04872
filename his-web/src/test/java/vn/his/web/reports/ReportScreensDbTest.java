package vn.his.web.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.his.core.facility.Facility;
import vn.his.web.billing.StatementFormat;
import vn.his.web.claims.SettledVisits;
import vn.his.web.security.Role;
import vn.his.web.testsupport.SignedInUsers;
import vn.his.web.testsupport.WebTest;

/**
 * The report screens on a small fixed data set (two settled outpatient visits of a facility in 11/2026, one refusal
 * of 1.050 ₫ imported for the first): every page renders with the figures of the workbook of the same facility and
 * period (the xlsx downloaded through the screens, its formulas evaluated); scope (a clerk of another facility, a
 * clerk on the province page, commune staff) refused with 403; a bad period is a Vietnamese message with 400.
 */
@WebTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportScreensDbTest {

    static final StatementFormat VI = new StatementFormat(Locale.forLanguageTag("vi"));

    @Autowired
    SettledVisits visits;

    @Autowired
    MockMvc mvc;

    Facility facility;
    Facility other;
    String code;
    String first;
    String second;

    @BeforeAll
    void settleTwoVisitsAndImportARefusal() throws Exception {
        facility = visits.facility();
        other = visits.facility();
        code = visits.code(facility);
        first = visits.settledVisit(facility, "Lê Văn Báo Cáo", LocalDateTime.of(2026, 11, 10, 8, 0), false);
        second = visits.settledVisit(facility, "Lê Thị Tổng Hợp", LocalDateTime.of(2026, 11, 20, 9, 0), false);
        mvc.perform(multipart("/api/v1/claims/assessment-results").file(new MockMultipartFile("file", "kq.xlsx",
                        "application/octet-stream", refusal(first)))
                        .with(SignedInUsers.as(Role.BILLING_CLERK, facility)))
                .andExpect(status().isCreated());
    }

    RequestPostProcessor clerk() {
        return SignedInUsers.as(Role.BILLING_CLERK, facility);
    }

    String page(String path, RequestPostProcessor user) throws Exception {
        MvcResult r = mvc.perform(get(path).with(user)).andExpect(status().isOk()).andReturn();
        byte[] body = r.getResponse().getContentAsByteArray();
        assertThat(body.length).as(path).isLessThan(100 * 1024);
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The {@code <tr>} with the given id. */
    static String row(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as(id).isPositive();
        return html.substring(start, html.indexOf("</tr>", start));
    }

    @Test
    void theIndexOffersTheClerksOwnFacilityAndLinksEachReportToItsWorkbook() throws Exception {
        String html = page("/reports?month=11/2026", clerk());
        assertThat(html).contains("Báo cáo BHYT", "Kỳ báo cáo: từ 01/11/2026 đến 30/11/2026",
                "value=\"" + code + "\"", "/reports/monthly?facility=" + code,
                "/reports/xlsx/monthly?facility=" + code + "&amp;month=2026-11",
                "/reports/xlsx/ledger?facility=" + code + "&amp;from=2026-11-01&amp;to=2026-11-30");
        assertThat(html).doesNotContain("value=\"" + visits.code(other) + "\"");
        // a report takes a while to build: the page shows htmx's progress bar meanwhile, and the workbooks are
        // ordinary downloads (htmx would swap a binary reply into the page)
        assertThat(html).contains("htmx.min.js", "<body hx-boost=\"true\" hx-indicator=\"#progress\">",
                "id=\"progress\" class=\"htmx-indicator\"");
        assertThat(html.split("href=\"/reports/xlsx/", -1).length - 1).isPositive()
                .isEqualTo(html.split("hx-boost=\"false\" href=\"/reports/xlsx/", -1).length - 1);
        String english = page("/reports?month=11/2026&lang=en", clerk());
        assertThat(english).contains("BHYT reports", "Summary of BHYT claim costs", "Download xlsx");
    }

    @Test
    void theMonthlySummaryShowsTheWorkbooksFiguresByKindAndCostGroup() throws Exception {
        String html = page("/reports/monthly?facility=" + code + "&month=11/2026", clerk());
        try (XSSFWorkbook book = workbook("/reports/xlsx/monthly?facility=" + code + "&month=2026-11")) {
            FormulaEvaluator eval = book.getCreationHelper().createFormulaEvaluator();
            Sheet summary = book.getSheet("Tổng hợp");
            Row total = totalRow(summary);
            Row outpatient = summary.getRow(4);
            assertThat(outpatient.getCell(0).getStringCellValue()).isEqualTo("Khám bệnh ngoại trú");
            assertThat(number(eval, total.getCell(1))).isEqualByComparingTo("2");
            // by kind: count and the five XML1 totals; by cost group: the ten groups, in the sheet's order
            List<String> kindTotals = new ArrayList<>(List.of(">2<"));
            List<String> kindOutpatient = new ArrayList<>(List.of(">2<"));
            for (int c = 12; c <= 16; c++) {
                kindTotals.add(VI.money(number(eval, total.getCell(c))));
                kindOutpatient.add(VI.money(number(eval, outpatient.getCell(c))));
            }
            assertThat(row(html, "kind-total")).containsSubsequence(kindTotals);
            assertThat(row(html, "kind-OUTPATIENT")).containsSubsequence(kindOutpatient);
            List<String> costs = new ArrayList<>();
            for (int c = 2; c <= 11; c++) {
                costs.add(VI.money(number(eval, total.getCell(c))));
            }
            assertThat(row(html, "cost-total")).containsSubsequence(costs);
        }
        // the fixed data: a 45.300 ₫ examination and ten 350 ₫ tablets per visit
        assertThat(row(html, "cost-total")).containsSubsequence("90.600 ₫", "7.000 ₫");
        assertThat(row(html, "kind-total")).contains("97.600 ₫");
        assertThat(html).contains("<svg id=\"chart-by-kind\"", "Số lượt khám chữa bệnh: 2");
    }

    @Test
    void theDetailListShowsEachEncounterAndTheTotalsOfThePeriodOnEveryPage() throws Exception {
        String html = page("/reports/detail?facility=" + code + "&from=01/11/2026&to=30/11/2026", clerk());
        assertThat(html).contains(first, second, "Lê Văn Báo Cáo", "Lê Thị Tổng Hợp", "10/11/2026", "20/11/2026");
        List<String> totals = new ArrayList<>();
        try (XSSFWorkbook book = workbook("/reports/xlsx/monthly?facility=" + code + "&month=2026-11")) {
            FormulaEvaluator eval = book.getCreationHelper().createFormulaEvaluator();
            Row total = totalRow(book.getSheet("Danh sách người bệnh"));
            for (int c = 22; c <= 26; c++) {
                totals.add(VI.money(number(eval, total.getCell(c))));
            }
        }
        assertThat(html.substring(html.indexOf("id=\"totals\""))).containsSubsequence(totals);
        String secondPage = page("/reports/detail?facility=" + code + "&month=11/2026&page=1", clerk());
        assertThat(secondPage).doesNotContain(first, second);
        assertThat(secondPage.substring(secondPage.indexOf("id=\"totals\""))).containsSubsequence(totals);
    }

    @Test
    void theProvincePageShowsClaimedAcceptedRefusedAndTheReasonsLikeTheWorkbook() throws Exception {
        String province = facility.provinceCode();
        RequestPostProcessor officer = SignedInUsers.as(Role.INSURANCE_OFFICER, other);
        String html = page("/reports/province?month=11/2026", officer);
        List<String> expected = new ArrayList<>();
        try (XSSFWorkbook book = workbook("/reports/xlsx/province?province=" + province + "&month=2026-11")) {
            FormulaEvaluator eval = book.getCreationHelper().createFormulaEvaluator();
            Row total = totalRow(book.getSheet("Theo cơ sở"));
            expected.add(">" + number(eval, total.getCell(2)).toBigInteger() + "<");
            for (int c = 4; c <= 7; c++) {
                expected.add(VI.money(number(eval, total.getCell(c))));
            }
        }
        assertThat(row(html, "province-total")).containsSubsequence(expected);
        assertThat(row(html, "facility-" + code)).containsSubsequence(">2<", ">1<", "1.050 ₫");
        assertThat(html).contains("TC43", "Giá thuốc vượt giá trúng thầu", "<svg id=\"chart-per-facility\"");
        assertThat(page("/reports/province?province=" + province + "&from=01/10/2026&to=30/11/2026",
                SignedInUsers.administrator())).contains("10/2026", "11/2026");
    }

    @Test
    void theLedgerListsTheSubmissionsLikeTheWorkbook() throws Exception {
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        String iso = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        String html = page("/reports/ledger?facility=" + code + "&from=" + today + "&to=" + today, clerk());
        assertThat(html).contains(first, second, "Hồ sơ đề nghị thanh toán", "Check-in (XML0)");
        try (XSSFWorkbook book = workbook("/reports/xlsx/ledger?facility=" + code + "&from=" + iso + "&to=" + iso)) {
            FormulaEvaluator eval = book.getCreationHelper().createFormulaEvaluator();
            BigDecimal submissions = number(eval, totalRow(book.getSheet("Tổng hợp")).getCell(1));
            assertThat(submissions).isEqualByComparingTo("4");
            assertThat(row(html, "status-total")).contains(">" + submissions.toBigInteger() + "<");
        }
    }

    @Test
    void outsideTheScopeIsRefusedWith403() throws Exception {
        RequestPostProcessor otherClerk = SignedInUsers.as(Role.BILLING_CLERK, other);
        for (String path : List.of("/reports/monthly?facility=" + code + "&month=11/2026",
                "/reports/detail?facility=" + code + "&month=11/2026",
                "/reports/ledger?facility=" + code + "&month=11/2026",
                "/reports/xlsx/monthly?facility=" + code + "&month=2026-11")) {
            mvc.perform(get(path).with(otherClerk)).andExpect(status().isForbidden());
        }
        mvc.perform(get("/reports/province?month=11/2026").with(clerk())).andExpect(status().isForbidden());
        RequestPostProcessor commune = SignedInUsers.as(Role.COMMUNE_STAFF, facility);
        mvc.perform(get("/reports").with(commune)).andExpect(status().isForbidden());
        mvc.perform(get("/reports/monthly?facility=" + code + "&month=11/2026").with(commune))
                .andExpect(status().isForbidden());
        mvc.perform(get("/reports/monthly?facility=" + code + "&month=11/2026")
                .with(SignedInUsers.as(Role.CLINICIAN, facility))).andExpect(status().isForbidden());
    }

    @Test
    void aBadPeriodIsAVietnameseMessageNotA500() throws Exception {
        String reversed = refused("/reports/monthly?facility=" + code + "&from=30/11/2026&to=01/11/2026");
        assertThat(reversed).contains("Khoảng ngày không hợp lệ: đến ngày không được trước từ ngày.");
        assertThat(refused("/reports/detail?facility=" + code + "&month=13/2026"))
                .contains("không hợp lệ: hãy nhập dạng mm/yyyy, ví dụ 11/2026.");
        assertThat(refused("/reports/ledger?facility=" + code + "&month=2026-1x"))
                .contains("không hợp lệ: hãy nhập dạng mm/yyyy");
        assertThat(refused("/reports/monthly?facility=" + code + "&from=31/02/2026&to=01/03/2026"))
                .contains("không hợp lệ: hãy nhập dạng dd/mm/yyyy");
        assertThat(refused("/reports/monthly?facility=" + code + "&from=01/11/2026"))
                .contains("Hãy nhập cả từ ngày và đến ngày");
    }

    private String refused(String path) throws Exception {
        MvcResult r = mvc.perform(get(path).with(clerk())).andExpect(status().isBadRequest()).andReturn();
        return new String(r.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    /** A workbook downloaded through the screens' link (the REST endpoints' code), asynchronously written. */
    private XSSFWorkbook workbook(String path) throws Exception {
        MockHttpServletRequestBuilder call = get(path).with(path.contains("province")
                ? SignedInUsers.as(Role.INSURANCE_OFFICER, other) : clerk());
        MvcResult started = mvc.perform(call).andExpect(request().asyncStarted()).andReturn();
        MvcResult done = mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn();
        return new XSSFWorkbook(new ByteArrayInputStream(done.getResponse().getContentAsByteArray()));
    }

    private static Row totalRow(Sheet sheet) {
        for (int r = 4; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && row.getCell(0) != null && row.getCell(0).getCellType() == org.apache.poi.ss.usermodel
                    .CellType.STRING && "Tổng cộng".equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no total row in " + sheet.getSheetName());
    }

    private static BigDecimal number(FormulaEvaluator eval, Cell cell) {
        return BigDecimal.valueOf(eval.evaluate(cell).getNumberValue()).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private static byte[] refusal(String maLk) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("KetQua");
            List<String> headings = List.of("Mã liên kết", "Loại bảng", "STT", "MA_THUOC", "Số tiền xuất toán",
                    "Mã lỗi", "Lý do xuất toán");
            List<String> values = List.of(maLk, "XML2", "1", "40.48", "1050", "TC43", "Giá thuốc vượt giá trúng thầu");
            Row h = sheet.createRow(0);
            Row v = sheet.createRow(1);
            for (int c = 0; c < headings.size(); c++) {
                h.createCell(c).setCellValue(headings.get(c));
                v.createCell(c).setCellValue(values.get(c));
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}
