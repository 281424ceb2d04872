package vn.his.web.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.his.web.security.Role;
import vn.his.web.testsupport.SignedInUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import vn.his.billing.settlement.Payment;
import vn.his.billing.settlement.PaymentMethod;
import vn.his.billing.settlement.SettlementService;
import vn.his.core.card.CardDetails;
import vn.his.core.card.CardNumber;
import vn.his.core.card.InsuranceCard;
import vn.his.core.encounter.Diagnosis;
import vn.his.core.encounter.Discharge;
import vn.his.core.encounter.Encounter;
import vn.his.core.encounter.EncounterOpening;
import vn.his.core.encounter.EncounterService;
import vn.his.core.encounter.OrderKind;
import vn.his.core.encounter.OrderLineDraft;
import vn.his.core.facility.Facility;
import vn.his.core.patient.Patient;
import vn.his.core.patient.PatientRegistry;
import vn.his.core.testsupport.CoreFixtures;
import vn.his.core.testsupport.DatabaseTest;
import vn.his.export.signing.DemoCertificateFactory;

/** The printable cost statement page and its Excel download, through MockMvc, Vietnamese by default. */
@DatabaseTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "his.demo.load=false")
class CostStatementPageDbTest {

    static final LocalDateTime ARRIVAL = LocalDateTime.of(2026, 11, 20, 7, 30);

    /**
     * Settling queues the signed claim in the same transaction (export's listeners), so the test facilities need a
     * signing keystore: one demo keystore for the deployment.
     */
    @DynamicPropertySource
    static void signing(DynamicPropertyRegistry registry) throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("his-statement-keys");
        dir.toFile().deleteOnExit();
        java.nio.file.Path file = dir.resolve("deployment.p12");
        DemoCertificateFactory.create(file, "secret".toCharArray(), "cskcb", "CN=Test,O=HIS test,C=VN",
                java.time.Instant.now().minus(java.time.Duration.ofDays(400)), java.time.Duration.ofDays(800));
        file.toFile().deleteOnExit();
        registry.add("his.signing.keystore.path", file::toString);
        registry.add("his.signing.keystore.password", () -> "secret");
        registry.add("his.signing.keystore.alias", () -> "cskcb");
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    CoreFixtures fixtures;
    @Autowired
    PatientRegistry registry;
    @Autowired
    EncounterService encounters;
    @Autowired
    SettlementService settlement;

    /** 45,300 exam + 300 × 1,250.5 drug with a HT3 card (95%) at the registered facility. */
    /** The facility of the last settled visit: its billing clerk reads the statement. */
    Facility facility;

    Encounter settledVisit(String cccd) {
        Facility f = fixtures.districtHospital();
        facility = f;
        String code = f.codeOn(ARRIVAL.toLocalDate()).orElseThrow();
        Patient p = fixtures.patient("Trần Thị Lan", cccd);
        InsuranceCard card = registry.addCard(p.id(), new CardDetails(new CardNumber("HT340" + cccd.substring(2)),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), code, null, null, null));
        fixtures.icd10("J02.9");
        Encounter e = encounters.open(p.id(), f.id(), List.of(card.id()), new EncounterOpening("01", ARRIVAL,
                "Đau họng", false, null, null, false, null, "K01", null));
        encounters.addLine(e.id(), OrderLineDraft.simple(OrderKind.SERVICE, "02.1896", "Khám Nội", 13, "Lần",
                BigDecimal.ONE, new BigDecimal("45300"), ARRIVAL.plusMinutes(5), "K01", "000123/NA-CCHN"));
        encounters.addLine(e.id(), OrderLineDraft.simple(OrderKind.DRUG, "40.17", "Amoxicilin 500mg", 4, "Viên",
                new BigDecimal("300"), new BigDecimal("1250.5"), ARRIVAL.plusMinutes(20), "K01", "000123/NA-CCHN"));
        encounters.recordDiagnosis(e.id(), new Diagnosis("Đau họng", "Viêm họng cấp", "J02.9", List.of(), null, null));
        encounters.finish(e.id(), new Discharge(ARRIVAL.plusHours(1), 1, 1, null, null, null, null));
        settlement.settle(e.id(), Optional.empty(), "thu.ngan", Optional.of(new Payment(PaymentMethod.TRANSFER,
                ARRIVAL.plusMinutes(75), new BigDecimal("21022.50"), "FT001")));
        return e;
    }

    @Test
    void thePrintablePageIsVietnameseByDefaultWithMoneyAndDatesFormatted() throws Exception {
        Encounter e = settledVisit("040170003001");
        String html = mvc.perform(get("/encounters/{id}/cost-statement", e.id()).with(clerk()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).contains("BẢNG KÊ CHI PHÍ KHÁM BỆNH, CHỮA BỆNH", "Mẫu số 01/KBCB", "Trần Thị Lan", e.maLk(),
                "1. Khám bệnh", "2. Thuốc, dịch truyền", "Khám Nội", "Amoxicilin 500mg",
                "45.300 ₫", "375.150 ₫", "420.450 ₫", "399.427,50 ₫", "21.022,50 ₫", "1.250,5",
                "20/11/2026 07:30", "20/11/2026 08:30", "Chuyển khoản – 20/11/2026 08:45",
                "Phiên bản 1, quyết toán lúc", "Người bệnh phải trả", "/statement.css", "/statement.js",
                "id=\"print-statement\"", "cost-statement.xlsx?version=1");
        assertThat(html).doesNotContain("Tạm tính: hồ sơ chưa quyết toán", "<style", "onclick");
        // the print layout and the print button's script are static files (no inline code under the CSP)
        assertThat(mvc.perform(get("/statement.css")).andReturn().getResponse().getContentAsString())
                .contains("@media print");
        assertThat(mvc.perform(get("/statement.js")).andReturn().getResponse().getContentAsString())
                .contains("print-statement", "window.print()");

        String en = mvc.perform(get("/encounters/{id}/cost-statement", e.id()).with(clerk()).param("lang", "en"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(en).contains("STATEMENT OF MEDICAL EXAMINATION AND TREATMENT COSTS", "1. Examination",
                "420,450 ₫", "21,022.50 ₫", "Transfer – 20/11/2026 08:45", "Patient pays");
    }

    @Test
    void theExcelDownloadIsTheSameStatement() throws Exception {
        Encounter e = settledVisit("040170003002");
        byte[] xlsx = mvc.perform(get("/encounters/{id}/cost-statement.xlsx", e.id()).with(clerk()))
                .andExpect(status().isOk())
                .andExpect(content().contentType(CostStatementController.XLSX))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"bang-ke-" + e.maLk()
                        + "-v1.xlsx\""))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("BẢNG KÊ CHI PHÍ KHÁM BỆNH, CHỮA BỆNH");
            assertThat(book.getSheetAt(0).getRow(3).getCell(1).getStringCellValue()).isEqualTo("Trần Thị Lan");
        }
    }

    @Test
    void anUnknownEncounterOrVersionIsExplained() throws Exception {
        String html = mvc.perform(get("/encounters/{id}/cost-statement", 987654321L)
                        .with(SignedInUsers.as(Role.BILLING_CLERK, fixtures.districtHospital())))
                .andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).contains("Không lập được bảng kê");
        Encounter e = settledVisit("040170003003");
        String missing = mvc.perform(get("/encounters/{id}/cost-statement", e.id()).with(clerk()).param("version", "7"))
                .andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(missing).contains("không có phiên bản quyết toán 7");
    }

    @Test
    void anotherFacilitysClerkIsRefused() throws Exception {
        Encounter e = settledVisit("040170003004");
        mvc.perform(get("/encounters/{id}/cost-statement", e.id())
                        .with(SignedInUsers.as(Role.BILLING_CLERK, fixtures.districtHospital())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/encounters/{id}/cost-statement.xlsx", e.id())
                        .with(SignedInUsers.as(Role.BILLING_CLERK, fixtures.districtHospital())))
                .andExpect(status().isForbidden());
        // nobody signed in: a script is told 401 (a browser would be sent to the sign-in page)
        mvc.perform(get("/encounters/{id}/cost-statement", e.id())).andExpect(status().isUnauthorized());
    }

    RequestPostProcessor clerk() {
        return SignedInUsers.as(Role.BILLING_CLERK, facility);
    }
}
