package vn.his.web.admin.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.his.core.encounter.OrderKind;
import vn.his.core.facility.CareLevel;
import vn.his.core.facility.Facility;
import vn.his.core.facility.FacilityRepository;
import vn.his.core.facility.RouteLevel;
import vn.his.core.catalog.CatalogItem;
import vn.his.core.catalog.CatalogItemRepository;
import vn.his.core.testsupport.FreshFacilityCodes;
import vn.his.web.security.Role;
import vn.his.web.testsupport.SignedInUsers;
import vn.his.web.testsupport.WebTest;

/**
 * Catalogue import through the screens (issue 5): upload CSV or .xlsx → preview with Vietnamese reasons → confirm in one
 * transaction → report; a stale preview is refused and writes nothing; other roles get 403. Own facility.
 */
@WebTest
@AutoConfigureMockMvc
class AdminCatalogImportDbTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    FacilityRepository facilities;
    @Autowired
    CatalogItemRepository items;
    @Autowired
    JdbcTemplate jdbc;

    Facility f;

    @BeforeEach
    void setUp() {
        Facility n = new Facility("Bệnh viện nhập danh mục " + System.nanoTime(), RouteLevel.DISTRICT, CareLevel.BASIC,
                45, false, "40", null);
        n.assignCode(FreshFacilityCodes.of("40", facilities), LocalDate.of(2020, 1, 1));
        f = facilities.save(n);
        items.save(new CatalogItem(f, OrderKind.SERVICE, "02.1896", "Khám Nội", 13, "Lần",
                new java.math.BigDecimal("34500"), new java.math.BigDecimal("34500"), 100, 1, LocalDate.of(2020, 1, 1)));
    }

    long upload(String name, byte[] content) throws Exception {
        var r = mvc.perform(multipart("/admin/catalog/preview").file(new MockMultipartFile("file", name, null, content))
                .param("facilityId", f.id().toString()).with(SignedInUsers.administrator()).with(csrf())).andReturn()
                .getResponse();
        assertThat(r.getRedirectedUrl()).startsWith("/admin/catalog/imports/");
        return Long.parseLong(r.getRedirectedUrl().substring("/admin/catalog/imports/".length()));
    }

    String page(long id) throws Exception {
        return mvc.perform(get("/admin/catalog/imports/" + id).param("lang", "vi").with(SignedInUsers.administrator()))
                .andReturn().getResponse().getContentAsString();
    }

    List<CatalogItem> stored() {
        return items.findByFacilityIdOrderByKindAscCodeAsc(f.id());
    }

    @Test
    void aCsvIsPreviewedThenAppliedInOneTransaction() throws Exception {
        String csv = "LOAI,MA,TEN,NHOM,DON_VI,DON_GIA_BV,DON_GIA_BH,TU_NGAY,HOAT_CHAT,HAM_LUONG,DUONG_DUNG,SO_DANG_KY\n"
                + "DICH_VU,02.1896,Khám Nội,13,Lần,45300,45300,01/12/2026,,,,\n"
                + "THUOC,40.48,Paracetamol 500mg,4,Viên,350,350,01/01/2026,Paracetamol,500mg,1.01,VD-30000-18\n"
                + "THUOC,40.49,Thuốc giá sai,4,Viên,abc,,01/01/2026,,,,\n";
        long id = upload("danh-muc.csv", ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8));
        String preview = page(id);
        assertThat(preview).contains("Đã xem trước, chưa áp dụng", "Paracetamol 500mg", "confirm-form",
                "Giá ở cột DON_GIA_BV không hợp lệ &quot;abc&quot;", "Giai đoạn giá cũ được kết thúc", "45.300 ₫");
        assertThat(preview.length()).isLessThan(100_000);
        assertThat(stored()).hasSize(1);

        mvc.perform(post("/admin/catalog/imports/" + id + "/confirm").with(SignedInUsers.administrator()).with(csrf()));
        List<CatalogItem> after = stored();
        assertThat(after).hasSize(3);
        assertThat(after).filteredOn(i -> i.code().equals("02.1896") && i.validFrom().getYear() == 2020)
                .singleElement().satisfies(i -> assertThat(i.validTo()).isEqualTo(LocalDate.of(2026, 11, 30)));
        assertThat(after).filteredOn(i -> i.code().equals("40.48")).singleElement()
                .satisfies(i -> assertThat(i.registrationNo()).isEqualTo("VD-30000-18"));
        assertThat(page(id)).contains("Đã áp dụng").doesNotContain("confirm-form");
        assertThat(jdbc.queryForObject("SELECT detail FROM audit_event WHERE resource_type = 'CATALOG' AND "
                + "resource_id = ?", String.class, f.id())).contains("added=2", "refused=1", "closed=1");
        var again = mvc.perform(post("/admin/catalog/imports/" + id + "/confirm").with(SignedInUsers.administrator())
                .with(csrf())).andReturn();
        assertThat(again.getFlashMap().get("error")).asString().contains("đã được áp dụng");
        assertThat(stored()).hasSize(3);
    }

    @Test
    void anXlsxWithDateAndNumberCellsIsRead() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet s = book.createSheet("Danh mục");
            String[] head = {"LOAI", "MA", "TEN", "NHOM", "DON_VI", "DON_GIA_BV", "TU_NGAY"};
            Row h = s.createRow(0);
            for (int i = 0; i < head.length; i++) {
                h.createCell(i).setCellValue(head[i]);
            }
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Row r = s.createRow(1);
            r.createCell(0).setCellValue("VAT_TU");
            r.createCell(1).setCellValue("N03.01.070");
            r.createCell(2).setCellValue("Bơm tiêm 5ml");
            r.createCell(3).setCellValue(10);
            r.createCell(4).setCellValue("Cái");
            r.createCell(5).setCellValue(1250.5);
            r.createCell(6).setCellValue(LocalDate.of(2026, 1, 1));
            r.getCell(6).setCellStyle(date);
            book.write(out);
        }
        long id = upload("vat-tu.xlsx", out.toByteArray());
        assertThat(page(id)).contains("Bơm tiêm 5ml", "01/01/2026");
        mvc.perform(post("/admin/catalog/imports/" + id + "/confirm").with(SignedInUsers.administrator()).with(csrf()));
        assertThat(stored()).filteredOn(i -> i.code().equals("N03.01.070")).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(OrderKind.SUPPLY);
            assertThat(i.hospitalPrice()).isEqualByComparingTo("1250.5");
        });
    }

    @Test
    void aPreviewMadeStaleByAnotherChangeIsRefusedAndWritesNothing() throws Exception {
        String csv = "LOAI,MA,TEN,NHOM,DON_VI,DON_GIA_BV,TU_NGAY\nDICH_VU,02.1897,Khám Nhi,13,Lần,45300,01/01/2026\n";
        long first = upload("a.csv", csv.getBytes(StandardCharsets.UTF_8));
        long second = upload("b.csv", csv.getBytes(StandardCharsets.UTF_8));
        mvc.perform(post("/admin/catalog/imports/" + first + "/confirm").with(SignedInUsers.administrator()).with(csrf()));
        var stale = mvc.perform(post("/admin/catalog/imports/" + second + "/confirm").with(SignedInUsers.administrator())
                .with(csrf())).andReturn();
        assertThat(stale.getFlashMap().get("error")).asString().contains("đã thay đổi từ lúc xem trước");
        assertThat(stored()).hasSize(2);
        assertThat(jdbc.queryForObject("SELECT status FROM catalog_import WHERE id = ?", String.class, second))
                .isEqualTo("PREVIEWED");
    }

    @Test
    void refusedFilesAndOtherRoles() throws Exception {
        var bad = mvc.perform(multipart("/admin/catalog/preview")
                .file(new MockMultipartFile("file", "x.pdf", null, new byte[] {1, 2}))
                .param("facilityId", f.id().toString()).with(SignedInUsers.administrator()).with(csrf())).andReturn();
        assertThat(bad.getFlashMap().get("error")).asString().contains("Chỉ nhận tệp .xlsx hoặc .csv");
        for (Role role : List.of(Role.CLINICIAN, Role.BILLING_CLERK, Role.INSURANCE_OFFICER, Role.COMMUNE_STAFF)) {
            assertThat(mvc.perform(get("/admin/catalog").with(SignedInUsers.as(role, f))).andReturn().getResponse()
                    .getStatus()).isEqualTo(403);
            assertThat(mvc.perform(multipart("/admin/catalog/preview")
                    .file(new MockMultipartFile("file", "a.csv", null, "LOAI\n".getBytes(StandardCharsets.UTF_8)))
                    .param("facilityId", f.id().toString()).with(SignedInUsers.as(role, f)).with(csrf())).andReturn()
                    .getResponse().getStatus()).isEqualTo(403);
        }
        assertThat(mvc.perform(get("/admin/catalog/imports/987654321").with(SignedInUsers.administrator())).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/admin/catalog").param("facility", f.id().toString())
                .with(SignedInUsers.administrator())).andReturn().getResponse().getContentAsString())
                .contains("upload-form", "DON_GIA_BV");
    }
}
