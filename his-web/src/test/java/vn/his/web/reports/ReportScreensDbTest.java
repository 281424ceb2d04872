package vn.his.web.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
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
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.his.core.facility.Facility;
import vn.his.export.envelope.TableReader;
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

    @Autowired
    JdbcTemplate jdbc;

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
    void theItemFormsListEachItemWithItsQuantitiesAndAmountsAndTheirTotalsEqualTheXml2And3Sums() throws Exception {
        // what the stored XML2/XML3 lines of the two claims add up to
        BigDecimal drugFund = lineSum("XML2", "T_BHTT");
        BigDecimal serviceFund = lineSum("XML3", "T_BHTT");
        BigDecimal amounts = lineSum("XML2", "THANH_TIEN_BV").add(lineSum("XML3", "THANH_TIEN_BV"));
        assertThat(amounts).isEqualByComparingTo("97600");
        assertThat(drugFund).isPositive();
        assertThat(serviceFund).isPositive();

        MvcResult done = download("/api/v1/reports/items?facility=" + code + "&from=2026-11-01&to=2026-11-30",
                clerk());
        assertThat(done.getResponse().getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"thong-ke-19-20-21-bhyt-" + code + "-2026-11-01-2026-11-30.xlsx\"");
        List<String> headings = List.of("STT", "Mã", "Tên", "Đơn vị tính", "Đơn giá", "Số lượng ngoại trú",
                "Số lượng nội trú", "Tổng số lượng", "Thành tiền (THANH_TIEN_BV)", "Quỹ BHYT thanh toán (T_BHTT)");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                done.getResponse().getContentAsByteArray()))) {
            FormulaEvaluator eval = book.getCreationHelper().createFormulaEvaluator();
            assertThat(List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2)))
                    .containsExactly("Mẫu 19-BHYT", "Mẫu 20-BHYT", "Mẫu 21-BHYT");
            BigDecimal amountTotal = BigDecimal.ZERO;
            BigDecimal fundTotal = BigDecimal.ZERO;
            for (int i = 0; i < 3; i++) {
                Sheet sheet = book.getSheetAt(i);
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 4);
                List<String> shown = new ArrayList<>();
                sheet.getRow(3).forEach(c -> shown.add(c.getStringCellValue()));
                assertThat(shown).isEqualTo(headings);
                Row total = totalRow(sheet);
                if (total.getRowNum() > 4) {
                    assertThat(total.getCell(8).getCellFormula()).isEqualTo("SUM(I5:I" + total.getRowNum() + ")");
                    assertThat(total.getCell(9).getCellFormula()).isEqualTo("SUM(J5:J" + total.getRowNum() + ")");
                }
                amountTotal = amountTotal.add(number(eval, total.getCell(8)));
                fundTotal = fundTotal.add(number(eval, total.getCell(9)));
            }
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo(
                    "THỐNG KÊ VẬT TƯ Y TẾ SỬ DỤNG CHO NGƯỜI BỆNH BHYT (MẪU 19/BHYT) TỪ 01/11/2026 ĐẾN 30/11/2026 – Cơ sở KCB "
                            + code);
            // no supply in the data set: the 19 sheet has only its zero totals
            assertThat(totalRow(book.getSheetAt(0)).getRowNum()).isEqualTo(4);
            assertThat(number(eval, totalRow(book.getSheetAt(0)).getCell(8))).isZero();
            // 20/BHYT: ten 350 ₫ tablets per visit, both visits outpatient
            expectRow(book.getSheetAt(1).getRow(4), "40.48", "Paracetamol 500mg", "Viên", 350, 20, 0, 20, 7000,
                    drugFund);
            assertThat(totalRow(book.getSheetAt(1)).getRowNum()).isEqualTo(5);
            // 21/BHYT: one 45.300 ₫ examination per visit
            expectRow(book.getSheetAt(2).getRow(4), "02.1896", "Khám Nội", "Lần", 45300, 2, 0, 2, 90600,
                    serviceFund);
            assertThat(totalRow(book.getSheetAt(2)).getRowNum()).isEqualTo(5);
            assertThat(book.getSheetAt(2).getRow(4).getCell(8).getCellStyle().getDataFormatString())
                    .isEqualTo("#,##0");
            // the three forms together are every line of the claims
            assertThat(amountTotal).isEqualByComparingTo(amounts);
            assertThat(fundTotal).isEqualByComparingTo(drugFund.add(serviceFund));
        }
        String html = page("/reports/items?facility=" + code + "&month=11/2026", clerk());
        assertThat(row(html, "total-DRUGS")).containsSubsequence("7.000 ₫", VI.money(drugFund));
        assertThat(row(html, "total-SERVICES")).containsSubsequence("90.600 ₫", VI.money(serviceFund));
        assertThat(html).contains("Paracetamol 500mg", "Khám Nội", "20/BHYT",
                "/reports/xlsx/items?facility=" + code + "&amp;from=2026-11-01&amp;to=2026-11-30");
        assertThat(page("/reports?month=11/2026", clerk()))
                .contains("/reports/xlsx/items?facility=" + code + "&amp;from=2026-11-01&amp;to=2026-11-30");
    }

    @Test
    void theItemFormsKeepTheFacilityScopeAndValidateThePeriod() throws Exception {
        RequestPostProcessor otherClerk = SignedInUsers.as(Role.BILLING_CLERK, other);
        mvc.perform(get("/api/v1/reports/items?facility=" + code + "&from=2026-11-01&to=2026-11-30").with(otherClerk))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/reports/items?facility=" + code + "&month=11/2026").with(otherClerk))
                .andExpect(status().isForbidden());
        mvc.perform(get("/reports/xlsx/items?facility=" + code + "&from=2026-11-01&to=2026-11-30").with(otherClerk))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/reports/items?facility=" + code + "&from=2026-11-30&to=2026-11-01").with(clerk()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("report.api.badPeriod"));
        mvc.perform(get("/api/v1/reports/items?facility=" + code + "&from=2026-11-01").with(clerk()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("report.api.dayRequired"));
        assertThat(refused("/reports/items?facility=" + code + "&from=01/11/2026&to=31/11/2026"))
                .contains("không hợp lệ: hãy nhập dạng dd/mm/yyyy");
    }

    private static void expectRow(Row row, String code, String name, String unit, double price, double outpatient,
                                  double inpatient, double quantity, double amount, BigDecimal fund) {
        assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(1.0);
        assertThat(row.getCell(1).getStringCellValue()).isEqualTo(code);
        assertThat(row.getCell(2).getStringCellValue()).isEqualTo(name);
        assertThat(row.getCell(3).getStringCellValue()).isEqualTo(unit);
        assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(price);
        assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(outpatient);
        assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(inpatient);
        assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(quantity);
        assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(amount);
        assertThat(BigDecimal.valueOf(row.getCell(9).getNumericCellValue())).isEqualByComparingTo(fund);
    }

    /** Σ of a field over the stored lines of a table of the newest versions of the two claims of the data set. */
    private BigDecimal lineSum(String table, String field) {
        BigDecimal sum = BigDecimal.ZERO;
        for (String maLk : List.of(first, second)) {
            byte[] xml = jdbc.queryForObject("SELECT t.content FROM claim_table t JOIN claim_version v ON "
                    + "v.id = t.claim_version_id WHERE v.ma_lk = ? AND t.table_code = ? ORDER BY v.claim_no DESC "
                    + "LIMIT 1", byte[].class, maLk, table);
            for (var line : TableReader.rows(xml)) {
                sum = sum.add(new BigDecimal(line.get(field)));
            }
        }
        return sum;
    }

    /** A workbook (asynchronously written) downloaded by {@code user}. */
    private MvcResult download(String path, RequestPostProcessor user) throws Exception {
        MvcResult started = mvc.perform(get(path).with(user)).andExpect(request().asyncStarted()).andReturn();
        return mvc.perform(asyncDispatch(started)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", ReportsController.XLSX.toString())).andReturn();
    }

    @Test
    void thePerPatientListIsItsOwnWorkbookForAnyPeriod() throws Exception {
        // half a month: only the second visit (20/11)
        MvcResult half = download("/api/v1/reports/detail?facility=" + code + "&from=2026-11-15&to=2026-11-30",
                clerk());
        assertThat(half.getResponse().getHeader("Content-Disposition")).isEqualTo(
                "attachment; filename=\"danh-sach-nguoi-benh-" + code + "-2026-11-15-2026-11-30.xlsx\"");
        BigDecimal secondTotal = jdbc.queryForObject("SELECT t_tongchi_bv FROM claim_version WHERE ma_lk = ? "
                + "ORDER BY claim_no DESC LIMIT 1", BigDecimal.class, second);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(half.getResponse().getContentAsByteArray()))) {
            FormulaEvaluator eval = book.getCreationHelper().createFormulaEvaluator();
            assertThat(book.getNumberOfSheets()).isEqualTo(1);
            Sheet list = book.getSheet("Danh sách người bệnh");
            assertThat(list.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("DANH SÁCH NGƯỜI BỆNH BHYT TỪ 15/11/2026 ĐẾN 30/11/2026 – Cơ sở KCB " + code);
            assertThat(list.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 4);
            assertThat(list.getRow(4).getCell(1).getStringCellValue()).isEqualTo(second);
            assertThat(list.getRow(4).getCell(3).getStringCellValue()).isEqualTo("Lê Thị Tổng Hợp");
            assertThat(list.getRow(4).getCell(10).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 11, 20));
            Row total = totalRow(list);
            assertThat(total.getRowNum()).isEqualTo(5);
            assertThat(total.getCell(22).getCellFormula()).isEqualTo("SUM(W5:W5)");
            assertThat(number(eval, total.getCell(22))).isEqualByComparingTo(secondTotal);
        }
        // the whole month: the same rows and totals as the list sheet of the monthly workbook
        MvcResult month = download("/reports/xlsx/detail?facility=" + code + "&from=2026-11-01&to=2026-11-30",
                clerk());
        try (XSSFWorkbook list = new XSSFWorkbook(new ByteArrayInputStream(
                month.getResponse().getContentAsByteArray()));
             XSSFWorkbook monthly = workbook("/reports/xlsx/monthly?facility=" + code + "&month=2026-11")) {
            Sheet a = list.getSheet("Danh sách người bệnh");
            Sheet b = monthly.getSheet("Danh sách người bệnh");
            assertThat(a.getLastRowNum()).isEqualTo(b.getLastRowNum()).isEqualTo(6);
            org.apache.poi.ss.usermodel.DataFormatter shown = new org.apache.poi.ss.usermodel.DataFormatter();
            FormulaEvaluator evalA = list.getCreationHelper().createFormulaEvaluator();
            FormulaEvaluator evalB = monthly.getCreationHelper().createFormulaEvaluator();
            for (int r = 3; r <= 6; r++) {
                for (int c = 0; c < b.getRow(3).getLastCellNum(); c++) {
                    assertThat(shown.formatCellValue(a.getRow(r).getCell(c), evalA)).as("row %d col %d", r, c)
                            .isEqualTo(shown.formatCellValue(b.getRow(r).getCell(c), evalB));
                }
            }
        }
        assertThat(page("/reports/detail?facility=" + code + "&from=15/11/2026&to=30/11/2026", clerk()))
                .contains("/reports/xlsx/detail?facility=" + code + "&amp;from=2026-11-15&amp;to=2026-11-30");
        mvc.perform(get("/api/v1/reports/detail?facility=" + code + "&from=2026-11-01&to=2026-11-30")
                        .with(SignedInUsers.as(Role.BILLING_CLERK, other)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/reports/detail?facility=" + code + "&from=2026-02-30&to=2026-11-30").with(clerk()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("report.api.badDay"));
        mvc.perform(get("/api/v1/reports/detail?facility=" + code + "&from=2025-01-01&to=2026-11-30").with(clerk()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("report.api.badPeriod"));
    }

    @Test
    void theProvinceWorkbookCoversARangeOfMonthsOnTheApiAndTheScreens() throws Exception {
        String province = facility.provinceCode();
        RequestPostProcessor officer = SignedInUsers.as(Role.INSURANCE_OFFICER, other);
        MvcResult done = download("/api/v1/reports/province?province=" + province + "&from=2026-10&to=2026-11",
                officer);
        assertThat(done.getResponse().getHeader("Content-Disposition")).isEqualTo(
                "attachment; filename=\"doi-soat-bhyt-tinh-" + province + "-2026-10-2026-11.xlsx\"");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(done.getResponse().getContentAsByteArray()));
             XSSFWorkbook november = workbook("/reports/xlsx/province?province=" + province + "&month=2026-11")) {
            FormulaEvaluator eval = book.getCreationHelper().createFormulaEvaluator();
            FormulaEvaluator evalNov = november.getCreationHelper().createFormulaEvaluator();
            Row total = totalRow(book.getSheet("Theo cơ sở"));
            Row totalNov = totalRow(november.getSheet("Theo cơ sở"));
            // the data set has claims in November only: October adds nothing
            for (int c = 2; c <= 7; c++) {
                assertThat(number(eval, total.getCell(c))).isEqualByComparingTo(number(evalNov, totalNov.getCell(c)));
            }
            assertThat(number(eval, total.getCell(4))).isEqualByComparingTo(number(eval, total.getCell(5))
                    .add(number(eval, total.getCell(6))).add(number(eval, total.getCell(7))));
        }
        assertThat(page("/reports/province?province=" + province + "&from=01/10/2026&to=30/11/2026", officer))
                .contains("id=\"xlsx-range\"", "/reports/xlsx/province?province=" + province
                        + "&amp;from=2026-10&amp;to=2026-11");
        for (String bad : List.of("from=2026-11&to=2026-10", "from=2026-01&to=2027-01", "from=2026-10",
                "from=2026-13&to=2026-12")) {
            mvc.perform(get("/api/v1/reports/province?province=" + province + "&" + bad).with(officer))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        mvc.perform(get("/api/v1/reports/province?province=" + province + "&from=2026-10&to=2026-11").with(clerk()))
                .andExpect(status().isForbidden());
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
