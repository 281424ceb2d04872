package vn.his.web.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.his.core.facility.Facility;
import vn.his.web.claims.SettledVisits;
import vn.his.web.security.Role;
import vn.his.web.testsupport.SignedInUsers;
import vn.his.web.testsupport.WebTest;

/**
 * {@code GET /api/v1/reports/monthly}: the workbook for a billing clerk of the facility, 403 problem+json for a clerk
 * of another facility, 400 problem+json for a malformed month.
 */
@WebTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonthlyReportApiDbTest {

    static final LocalDateTime ARRIVAL = LocalDateTime.of(2026, 11, 14, 8, 0);

    @Autowired
    SettledVisits visits;

    @Autowired
    MockMvc mvc;

    Facility facility;
    Facility other;
    String maLk;

    @BeforeAll
    void settleAVisit() {
        facility = visits.facility();
        other = visits.facility();
        maLk = visits.settledVisit(facility, "Nguyễn Văn Báo", ARRIVAL, false);
    }

    @Test
    void aBillingClerkOfTheFacilityGetsTheWorkbook() throws Exception {
        String code = visits.code(facility);
        // the workbook is a StreamingResponseBody, written asynchronously: wait for it (under load the body was
        // still empty when the first dispatch returned)
        MvcResult started = mvc.perform(get("/api/v1/reports/monthly").param("facility", code).param("month", "2026-11")
                        .with(SignedInUsers.as(Role.BILLING_CLERK, facility)))
                .andExpect(request().asyncStarted())
                .andReturn();
        MvcResult result = mvc.perform(asyncDispatch(started))
                .andExpect(status().isOk())
                .andExpect(content().contentType(ReportsController.XLSX))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"bao-cao-bhyt-" + code + "-2026-11.xlsx\""))
                .andReturn();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            assertThat(book.getSheetName(0)).isEqualTo("Tổng hợp");
            assertThat(book.getSheet("Danh sách người bệnh").getRow(4).getCell(1).getStringCellValue()).isEqualTo(maLk);
            assertThat(book.getSheet("Danh sách người bệnh").getRow(4).getCell(3).getStringCellValue())
                    .isEqualTo("Nguyễn Văn Báo");
        }
    }

    @Test
    void aClerkOfAnotherFacilityIsRefusedWith403() throws Exception {
        mvc.perform(get("/api/v1/reports/monthly").param("facility", visits.code(facility)).param("month", "2026-11")
                        .with(SignedInUsers.as(Role.BILLING_CLERK, other)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403));
    }

    @Test
    void aClinicianIsRefusedWith403() throws Exception {
        mvc.perform(get("/api/v1/reports/monthly").param("facility", visits.code(facility)).param("month", "2026-11")
                        .with(SignedInUsers.as(Role.CLINICIAN, facility)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aMalformedMonthIsRefusedWith400() throws Exception {
        mvc.perform(get("/api/v1/reports/monthly").param("facility", visits.code(facility)).param("month", "2026-13")
                        .with(SignedInUsers.as(Role.BILLING_CLERK, facility)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("month"))
                .andExpect(jsonPath("$.errors[0].code").value("report.api.badMonth"));
    }
}
