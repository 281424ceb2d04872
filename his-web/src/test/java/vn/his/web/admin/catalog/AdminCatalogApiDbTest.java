package vn.his.web.admin.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.his.core.catalog.CatalogItem;
import vn.his.core.catalog.CatalogItemRepository;
import vn.his.core.encounter.OrderKind;
import vn.his.core.facility.CareLevel;
import vn.his.core.facility.Facility;
import vn.his.core.facility.FacilityRepository;
import vn.his.core.facility.RouteLevel;
import vn.his.core.testsupport.FreshFacilityCodes;
import vn.his.web.security.Role;
import vn.his.web.testsupport.SignedInUsers;
import vn.his.web.testsupport.WebTest;

/**
 * The catalogue import API ({@code /api/v1/admin/catalog/imports}, issue 5): upload → preview with the refused rows and
 * their reasons → confirm by id → list and read past imports; an unreadable file is a 400 problem on {@code file} and
 * stores nothing; a stale preview is refused (422) and writes nothing; other roles 403, anonymous 401.
 */
@WebTest
@AutoConfigureMockMvc
class AdminCatalogApiDbTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String CSV = "LOAI,MA,TEN,NHOM,DON_VI,DON_GIA_BV,DON_GIA_BH,TU_NGAY\n"
            + "DICH_VU,02.1896,Khám Nội,13,Lần,45300,45300,01/12/2026\n"
            + "THUOC,40.48,Paracetamol 500mg,4,Viên,350,350,01/01/2026\n"
            + "THUOC,40.49,Thuốc giá sai,4,Viên,abc,,01/01/2026\n";

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
        Facility n = new Facility("Bệnh viện nhập danh mục API " + System.nanoTime(), RouteLevel.DISTRICT,
                CareLevel.BASIC, 45, false, "40", null);
        n.assignCode(FreshFacilityCodes.of("40", facilities), LocalDate.of(2020, 1, 1));
        f = facilities.save(n);
        items.save(new CatalogItem(f, OrderKind.SERVICE, "02.1896", "Khám Nội", 13, "Lần", new BigDecimal("34500"),
                new BigDecimal("34500"), 100, 1, LocalDate.of(2020, 1, 1)));
    }

    MockHttpServletResponse upload(String name, String content, String language) throws Exception {
        var req = multipart("/api/v1/admin/catalog/imports")
                .file(new MockMultipartFile("file", name, null, content.getBytes(StandardCharsets.UTF_8)))
                .param("facilityId", f.id().toString()).with(SignedInUsers.administrator());
        if (language != null) {
            req.header("Accept-Language", language);
        }
        return mvc.perform(req).andReturn().getResponse();
    }

    static JsonNode json(MockHttpServletResponse r) throws Exception {
        return JSON.readTree(r.getContentAsString());
    }

    List<CatalogItem> stored() {
        return items.findByFacilityIdOrderByKindAscCodeAsc(f.id());
    }

    int imports() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM catalog_import WHERE facility_id = ?", Integer.class, f.id());
    }

    MockHttpServletResponse confirm(long id) throws Exception {
        return mvc.perform(post("/api/v1/admin/catalog/imports/" + id + "/confirm")
                .with(SignedInUsers.administrator())).andReturn().getResponse();
    }

    @Test
    void anUploadIsPreviewedWithItsRefusedRowsThenConfirmedListedAndRead() throws Exception {
        var r = upload("danh-muc.csv", CSV, null);
        assertThat(r.getStatus()).isEqualTo(201);
        JsonNode preview = json(r);
        long id = preview.path("record").path("id").asLong();
        assertThat(preview.path("record").path("status").asString()).isEqualTo("PREVIEWED");
        assertThat(preview.path("plan").path("added")).hasSize(2);
        assertThat(preview.path("plan").path("closed")).hasSize(1);
        JsonNode refused = preview.path("plan").path("refused");
        assertThat(refused).hasSize(1);
        assertThat(refused.get(0).path("line").asLong()).isEqualTo(4);
        assertThat(refused.get(0).path("code").asString()).isEqualTo("40.49");
        assertThat(refused.get(0).path("reasons").get(0).path("message").asString())
                .contains("Giá ở cột DON_GIA_BV không hợp lệ");
        assertThat(stored()).hasSize(1);

        var english = json(mvc.perform(get("/api/v1/admin/catalog/imports/" + id).header("Accept-Language", "en")
                .with(SignedInUsers.administrator())).andReturn().getResponse());
        assertThat(english.path("plan").path("refused").get(0).path("reasons").get(0).path("message").asString())
                .contains("DON_GIA_BV").doesNotContain("không hợp lệ");

        var applied = confirm(id);
        assertThat(applied.getStatus()).isEqualTo(200);
        assertThat(json(applied).path("status").asString()).isEqualTo("APPLIED");
        assertThat(json(applied).path("added").asInt()).isEqualTo(2);
        assertThat(stored()).hasSize(3);
        assertThat(jdbc.queryForList("SELECT channel, username, detail FROM audit_event WHERE resource_type = 'CATALOG'"
                + " AND resource_id = ?", f.id())).singleElement().satisfies(e -> {
                    assertThat(e.get("channel")).isEqualTo("API");
                    assertThat(e.get("username")).isEqualTo("admin");
                    assertThat((String) e.get("detail")).contains("#" + id, "added=2", "refused=1");
                });

        var again = confirm(id);
        assertThat(again.getStatus()).isEqualTo(422);
        assertThat(json(again).path("code").asString()).isEqualTo("admin.catalog.alreadyApplied");
        assertThat(stored()).hasSize(3);

        JsonNode read = json(mvc.perform(get("/api/v1/admin/catalog/imports/" + id)
                .with(SignedInUsers.administrator())).andReturn().getResponse());
        assertThat(read.path("record").path("status").asString()).isEqualTo("APPLIED");
        assertThat(read.path("plan").isNull()).isTrue();

        upload("lan-hai.csv", CSV, null);
        JsonNode page = json(mvc.perform(get("/api/v1/admin/catalog/imports").param("facilityId", f.id().toString())
                .param("size", "1").with(SignedInUsers.administrator())).andReturn().getResponse());
        assertThat(page.path("total").asLong()).isEqualTo(2);
        assertThat(page.path("items")).hasSize(1);
        assertThat(page.path("items").get(0).path("fileName").asString()).isEqualTo("lan-hai.csv");
        JsonNode second = json(mvc.perform(get("/api/v1/admin/catalog/imports").param("facilityId", f.id().toString())
                .param("page", "1").param("size", "1").with(SignedInUsers.administrator())).andReturn().getResponse());
        assertThat(second.path("items").get(0).path("id").asLong()).isEqualTo(id);
    }

    @Test
    void anUnreadableFileIsA400ProblemOnTheFileAndStoresNothing() throws Exception {
        var pdf = upload("x.pdf", "%PDF-1.4", "vi");
        assertThat(pdf.getStatus()).isEqualTo(400);
        assertThat(pdf.getContentType()).startsWith("application/problem+json");
        JsonNode p = json(pdf);
        assertThat(p.path("code").asString()).isEqualTo("admin.catalog.file.type");
        assertThat(p.path("errors").get(0).path("field").asString()).isEqualTo("file");
        assertThat(p.path("errors").get(0).path("message").asString()).contains("Chỉ nhận tệp .xlsx hoặc .csv");

        var brokenXlsx = upload("x.xlsx", "not a zip", "en");
        assertThat(brokenXlsx.getStatus()).isEqualTo(400);
        assertThat(json(brokenXlsx).path("errors").get(0).path("field").asString()).isEqualTo("file");

        var noColumns = upload("a.csv", "MA,TEN\n1,x\n", null);
        assertThat(noColumns.getStatus()).isEqualTo(400);
        assertThat(json(noColumns).path("code").asString()).isEqualTo("admin.catalog.file.columns");

        var noFile = mvc.perform(multipart("/api/v1/admin/catalog/imports").param("facilityId", f.id().toString())
                .with(SignedInUsers.administrator())).andReturn().getResponse();
        assertThat(noFile.getStatus()).isEqualTo(400);
        assertThat(json(noFile).path("errors").get(0).path("field").asString()).isEqualTo("file");

        var noFacility = mvc.perform(multipart("/api/v1/admin/catalog/imports")
                .file(new MockMultipartFile("file", "a.csv", null, CSV.getBytes(StandardCharsets.UTF_8)))
                .with(SignedInUsers.administrator())).andReturn().getResponse();
        assertThat(noFacility.getStatus()).isEqualTo(400);
        assertThat(json(noFacility).path("errors").get(0).path("field").asString()).isEqualTo("facilityId");

        assertThat(mvc.perform(get("/api/v1/admin/catalog/imports").param("facilityId", "abc")
                .with(SignedInUsers.administrator())).andReturn().getResponse().getStatus()).isEqualTo(400);
        assertThat(mvc.perform(get("/api/v1/admin/catalog/imports/987654321").with(SignedInUsers.administrator()))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(imports()).isZero();
        assertThat(stored()).hasSize(1);
    }

    @Test
    void aStalePreviewIsRefusedAndWritesNothing() throws Exception {
        String csv = "LOAI,MA,TEN,NHOM,DON_VI,DON_GIA_BV,TU_NGAY\nDICH_VU,02.1897,Khám Nhi,13,Lần,45300,01/01/2026\n";
        long first = json(upload("a.csv", csv, null)).path("record").path("id").asLong();
        long second = json(upload("b.csv", csv, null)).path("record").path("id").asLong();
        assertThat(confirm(first).getStatus()).isEqualTo(200);
        var stale = confirm(second);
        assertThat(stale.getStatus()).isEqualTo(422);
        assertThat(stale.getContentType()).startsWith("application/problem+json");
        assertThat(json(stale).path("code").asString()).isEqualTo("admin.catalog.stale");
        assertThat(stored()).hasSize(2);
        assertThat(jdbc.queryForObject("SELECT status FROM catalog_import WHERE id = ?", String.class, second))
                .isEqualTo("PREVIEWED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE resource_type = 'CATALOG' AND"
                + " resource_id = ? AND detail LIKE ?", Integer.class, f.id(), "catalogue import #" + second + " %"))
                .isZero();
    }

    @Test
    void otherRolesGet403AndAnonymous401() throws Exception {
        long id = json(upload("a.csv", CSV, null)).path("record").path("id").asLong();
        for (Role role : List.of(Role.CLINICIAN, Role.BILLING_CLERK, Role.INSURANCE_OFFICER, Role.COMMUNE_STAFF)) {
            for (String path : List.of("/api/v1/admin/catalog/imports", "/api/v1/admin/catalog/imports/" + id)) {
                assertThat(mvc.perform(get(path).with(SignedInUsers.as(role, f))).andReturn().getResponse()
                        .getStatus()).as(role + " " + path).isEqualTo(403);
            }
            assertThat(mvc.perform(post("/api/v1/admin/catalog/imports/" + id + "/confirm")
                    .with(SignedInUsers.as(role, f))).andReturn().getResponse().getStatus()).isEqualTo(403);
            assertThat(mvc.perform(multipart("/api/v1/admin/catalog/imports")
                    .file(new MockMultipartFile("file", "a.csv", null, CSV.getBytes(StandardCharsets.UTF_8)))
                    .param("facilityId", f.id().toString()).with(SignedInUsers.as(role, f))).andReturn()
                    .getResponse().getStatus()).isEqualTo(403);
        }
        assertThat(mvc.perform(get("/api/v1/admin/catalog/imports")).andReturn().getResponse().getStatus())
                .isEqualTo(401);
        assertThat(mvc.perform(post("/api/v1/admin/catalog/imports/" + id + "/confirm")).andReturn().getResponse()
                .getStatus()).isEqualTo(401);
        assertThat(imports()).isEqualTo(1);
        assertThat(stored()).hasSize(1);
    }
}
