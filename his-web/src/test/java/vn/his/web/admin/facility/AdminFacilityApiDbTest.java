package vn.his.web.admin.facility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.his.core.facility.CareLevel;
import vn.his.core.facility.Facility;
import vn.his.core.facility.FacilityRepository;
import vn.his.core.facility.RouteLevel;
import vn.his.core.testsupport.FreshFacilityCodes;
import vn.his.export.delivery.GatewayAccountStore;
import vn.his.export.signing.DemoCertificateFactory;
import vn.his.export.signing.SigningKeystores;
import vn.his.web.security.Role;
import vn.his.web.testsupport.SignedInUsers;
import vn.his.web.testsupport.WebTest;

/**
 * The facilities and jobs API for administrators ({@code /api/v1/admin}, issue 5): pages of facilities without a
 * secret, the gateway account (password stored encrypted, never answered nor written to the audit), the PKCS#12 upload
 * (a wrong password, a file that is not a keystore or an expired certificate is a 400 problem on its field and writes
 * nothing), the certificate read, the Quartz jobs; other roles 403, anonymous 401.
 */
@WebTest
@AutoConfigureMockMvc
@TestPropertySource(properties = {"his.gateway.credential-key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
        "his.outbox.scheduler.enabled=true", "his.gateway.simulator.enabled=false"})
class AdminFacilityApiDbTest {

    static final String GATEWAY_PASSWORD = "mat-khau-cong-API-93";
    static final String KEYSTORE_PASSWORD = "keystore-api-pass-58";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    FacilityRepository facilities;
    @Autowired
    GatewayAccountStore accounts;
    @Autowired
    SigningKeystores signing;
    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    Facility f;
    String code;

    @BeforeEach
    void setUp() {
        Facility n = new Facility("Trung tâm Y tế API " + System.nanoTime(), RouteLevel.DISTRICT, CareLevel.BASIC, 50,
                false, "40", null);
        code = FreshFacilityCodes.of("40", facilities);
        n.assignCode(code, LocalDate.of(2020, 1, 1));
        f = facilities.save(n);
    }

    MockHttpServletResponse upload(byte[] p12, String password) throws Exception {
        return mvc.perform(multipart("/api/v1/admin/facilities/" + f.id() + "/certificate")
                .file(new MockMultipartFile("file", "cskcb.p12", null, p12)).param("password", password)
                .with(SignedInUsers.administrator())).andReturn().getResponse();
    }

    MockHttpServletResponse setAccount(String body) throws Exception {
        return mvc.perform(put("/api/v1/admin/facilities/" + f.id() + "/gateway-account")
                .contentType(MediaType.APPLICATION_JSON).content(body).with(SignedInUsers.administrator()))
                .andReturn().getResponse();
    }

    byte[] keystore(Instant notBefore, Duration validity) throws Exception {
        Path file = dir.resolve("k" + System.nanoTime() + ".p12");
        DemoCertificateFactory.create(file, KEYSTORE_PASSWORD.toCharArray(), "facility",
                "CN=Trung tam Y te API " + code + ",O=HIS test,C=VN", notBefore, validity);
        return Files.readAllBytes(file);
    }

    static JsonNode json(MockHttpServletResponse r) throws Exception {
        return JSON.readTree(r.getContentAsString());
    }

    static void assertProblem(MockHttpServletResponse r, int status, String field, String code) throws Exception {
        assertThat(r.getStatus()).isEqualTo(status);
        assertThat(r.getContentType()).startsWith("application/problem+json");
        JsonNode p = json(r);
        assertThat(p.path("code").asString()).isEqualTo(code);
        assertThat(p.path("errors").get(0).path("field").asString()).isEqualTo(field);
        assertThat(p.path("errors").get(0).path("message").asString()).isNotBlank();
    }

    int count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE facility_code = ?", Integer.class, code);
    }

    @Test
    void facilitiesArePagedAndReadWithoutSecrets() throws Exception {
        assertThat(setAccount("{\"username\":\"" + code + "_API\",\"password\":\"" + GATEWAY_PASSWORD + "\"}")
                .getStatus()).isEqualTo(200);
        var page = mvc.perform(get("/api/v1/admin/facilities").param("size", "200")
                .with(SignedInUsers.administrator())).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        JsonNode list = json(page);
        assertThat(list.path("size").asInt()).isEqualTo(200);
        assertThat(list.path("total").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(page.getContentAsString()).doesNotContain(GATEWAY_PASSWORD);

        var one = mvc.perform(get("/api/v1/admin/facilities/" + f.id()).with(SignedInUsers.administrator()))
                .andReturn().getResponse();
        JsonNode row = json(one);
        assertThat(row.path("code").asString()).isEqualTo(code);
        assertThat(row.path("gateway").path("username").asString()).isEqualTo(code + "_API");
        assertThat(one.getContentAsString()).doesNotContain(GATEWAY_PASSWORD).doesNotContainIgnoringCase("password");

        var small = json(mvc.perform(get("/api/v1/admin/facilities").param("page", "0").param("size", "1")
                .with(SignedInUsers.administrator())).andReturn().getResponse());
        assertThat(small.path("items")).hasSize(1);
        assertProblem(mvc.perform(get("/api/v1/admin/facilities").param("size", "0")
                .with(SignedInUsers.administrator())).andReturn().getResponse(), 400, "page", "api.page.invalid");
        assertThat(mvc.perform(get("/api/v1/admin/facilities/987654321").with(SignedInUsers.administrator()))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void theGatewayAccountIsStoredEncryptedAuditedWithoutThePasswordAndNeverAnswered() throws Exception {
        var r = setAccount("{\"username\":\"" + code + "_BV\",\"password\":\"" + GATEWAY_PASSWORD + "\"}");
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(json(r).path("username").asString()).isEqualTo(code + "_BV");
        assertThat(r.getContentAsString()).doesNotContain(GATEWAY_PASSWORD);
        assertThat(accounts.find(code)).hasValueSatisfying(a -> assertThat(a.password()).isEqualTo(GATEWAY_PASSWORD));
        assertThat(jdbc.queryForObject("SELECT password_encrypted FROM gateway_account WHERE facility_code = ?",
                String.class, code)).doesNotContain(GATEWAY_PASSWORD);
        List<Map<String, Object>> audit = jdbc.queryForList("SELECT * FROM audit_event WHERE resource_type = 'FACILITY'"
                + " AND resource_id = ? AND detail LIKE 'gateway%'", f.id());
        assertThat(audit).singleElement().satisfies(e -> {
            assertThat(e.get("channel")).isEqualTo("API");
            assertThat(e.get("username")).isEqualTo("admin");
            assertThat((String) e.get("detail")).contains(code + "_BV").doesNotContain(GATEWAY_PASSWORD);
        });
    }

    @Test
    void aMalformedGatewayAccountIsA400OnItsFieldAndWritesNothing() throws Exception {
        assertProblem(setAccount("{\"username\":\"" + code + "_BV\",\"password\":\"\"}"), 400, "password",
                "admin.gateway.password");
        assertProblem(setAccount("{\"username\":\"  \",\"password\":\"x\"}"), 400, "username",
                "admin.gateway.username");
        var unreadable = setAccount("{\"username\":");
        assertThat(unreadable.getStatus()).isEqualTo(400);
        assertThat(unreadable.getContentType()).startsWith("application/problem+json");
        assertThat(count("gateway_account")).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE resource_type = 'FACILITY'"
                + " AND resource_id = ?", Integer.class, f.id())).isZero();
    }

    @Test
    void aKeystoreIsCheckedStoredAndItsCertificateRead() throws Exception {
        assertThat(mvc.perform(get("/api/v1/admin/facilities/" + f.id() + "/certificate")
                .with(SignedInUsers.administrator())).andReturn().getResponse().getStatus()).isEqualTo(404);

        assertProblem(upload(keystore(Instant.now().minus(Duration.ofDays(1)), Duration.ofDays(365)), "sai-mat-khau"),
                400, "file", "admin.cert.unreadable");
        assertProblem(upload("not a keystore".getBytes(), KEYSTORE_PASSWORD), 400, "file", "admin.cert.unreadable");
        assertProblem(upload(keystore(Instant.now().minus(Duration.ofDays(40)), Duration.ofDays(10)),
                KEYSTORE_PASSWORD), 400, "file", "admin.cert.expired");
        var noFile = mvc.perform(multipart("/api/v1/admin/facilities/" + f.id() + "/certificate")
                .param("password", KEYSTORE_PASSWORD).with(SignedInUsers.administrator())).andReturn().getResponse();
        assertProblem(noFile, 400, "file", "admin.cert.empty");
        assertThat(count("facility_keystore")).isZero();

        var ok = upload(keystore(Instant.now().minus(Duration.ofDays(1)), Duration.ofDays(365)), KEYSTORE_PASSWORD);
        assertThat(ok.getStatus()).isEqualTo(200);
        assertThat(json(ok).path("subject").asString()).contains("Trung tam Y te API " + code);
        assertThat(ok.getContentAsString()).doesNotContain(KEYSTORE_PASSWORD);
        assertThat(signing.certificate(code).getSubjectX500Principal().getName()).contains("Trung tam Y te API " + code);
        var read = mvc.perform(get("/api/v1/admin/facilities/" + f.id() + "/certificate")
                .with(SignedInUsers.administrator())).andReturn().getResponse();
        assertThat(json(read).path("serialNumber").asString()).isEqualTo(json(ok).path("serialNumber").asString());
        assertThat(read.getContentAsString()).doesNotContain(KEYSTORE_PASSWORD);
        assertThat(jdbc.queryForList("SELECT channel, detail FROM audit_event WHERE resource_type = 'FACILITY'"
                + " AND resource_id = ? AND detail LIKE 'signing certificate%'", f.id())).singleElement()
                .satisfies(e -> {
                    assertThat(e.get("channel")).isEqualTo("API");
                    assertThat((String) e.get("detail")).doesNotContain(KEYSTORE_PASSWORD);
                });
    }

    @Test
    void jobsAreListedWithTheirSchedules() throws Exception {
        var r = mvc.perform(get("/api/v1/admin/jobs").with(SignedInUsers.administrator())).andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(200);
        JsonNode page = json(r);
        assertThat(page.path("total").asLong()).isGreaterThanOrEqualTo(1);
        JsonNode first = page.path("items").get(0);
        assertThat(first.path("job").asString()).isNotBlank();
        assertThat(first.path("schedule").asString()).matches("(cron|every) .+");
        assertThat(first.has("nextFire")).isTrue();
        assertThat(first.has("previousFire")).isTrue();
        assertThat(first.has("lastRun")).isTrue(); // null until the job has run
    }

    @Test
    void otherRolesGet403AndAnonymous401() throws Exception {
        List<String> paths = List.of("/api/v1/admin/facilities", "/api/v1/admin/facilities/" + f.id(),
                "/api/v1/admin/facilities/" + f.id() + "/certificate", "/api/v1/admin/jobs");
        for (Role role : List.of(Role.CLINICIAN, Role.BILLING_CLERK, Role.INSURANCE_OFFICER, Role.COMMUNE_STAFF)) {
            for (String path : paths) {
                assertThat(mvc.perform(get(path).with(SignedInUsers.as(role, f))).andReturn().getResponse()
                        .getStatus()).as(role + " " + path).isEqualTo(403);
            }
            assertThat(mvc.perform(put("/api/v1/admin/facilities/" + f.id() + "/gateway-account")
                    .contentType(MediaType.APPLICATION_JSON).content("{\"username\":\"x\",\"password\":\"y\"}")
                    .with(SignedInUsers.as(role, f))).andReturn().getResponse().getStatus()).isEqualTo(403);
        }
        for (String path : paths) {
            assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).as(path).isEqualTo(401);
        }
        assertThat(accounts.exists(code)).isFalse();
    }

    @Test
    void theEndpointsAreInTheOpenApiDocument() throws Exception {
        String doc = mvc.perform(get("/v3/api-docs").with(SignedInUsers.administrator())).andReturn().getResponse()
                .getContentAsString();
        assertThat(doc).contains("/api/v1/admin/facilities/{id}/gateway-account",
                "/api/v1/admin/facilities/{id}/certificate", "/api/v1/admin/jobs", "/api/v1/admin/catalog/imports",
                "/api/v1/admin/catalog/imports/{id}/confirm");
    }
}
