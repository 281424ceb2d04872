package vn.his.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import vn.his.core.facility.Facility;
import vn.his.core.facility.FacilityRepository;
import vn.his.web.security.HisUserRepository;
import vn.his.web.security.Role;
import vn.his.web.testsupport.SignedInUsers;
import vn.his.web.testsupport.WebFixtures;
import vn.his.web.testsupport.WebTest;

/**
 * The users screens and API (issue 5): administrators only (403 for the other roles, on the URL and in the service),
 * bcrypt passwords of at least 12 characters, role and facility changes, disable/enable, password reset, lock and
 * unlock; every change in the audit trail with what it did.
 */
@WebTest
@AutoConfigureMockMvc
class AdminUsersDbTest {

    static final String NEW_PASSWORD = "mat-khau-rat-dai-1";

    @Autowired
    MockMvc mvc;
    @Autowired
    WebFixtures fixtures;
    @Autowired
    FacilityRepository facilities;
    @Autowired
    HisUserRepository users;
    @Autowired
    JdbcTemplate jdbc;

    WebFixtures.World w;
    Facility a;
    Facility b;

    @BeforeEach
    void setUp() {
        w = fixtures.world();
        a = facilities.findById(w.a().facilityId()).orElseThrow();
        b = facilities.findById(w.b().facilityId()).orElseThrow();
    }

    MockHttpServletResponse createOnScreen(String name, String password, Facility f, String... roles)
            throws Exception {
        var req = post("/admin/users").with(SignedInUsers.administrator()).with(csrf()).param("username", name)
                .param("fullName", "Nguyễn Văn " + name).param("password", password).param("lang", "vi");
        if (f != null) {
            req.param("facilityId", f.id().toString());
        }
        req.param("roles", roles);
        return mvc.perform(req).andReturn().getResponse();
    }

    int status(String user, String password, String path) throws Exception {
        return mvc.perform(get(path).with(httpBasic(user, password))).andReturn().getResponse().getStatus();
    }

    List<Map<String, Object>> audit(String detailLike) {
        return jdbc.queryForList("SELECT * FROM audit_event WHERE resource_type = 'USER' AND detail LIKE ?",
                detailLike);
    }

    @Test
    void otherRolesAreRefusedOnEveryPageAndEndpoint() throws Exception {
        for (Role role : List.of(Role.COMMUNE_STAFF, Role.CLINICIAN, Role.BILLING_CLERK, Role.INSURANCE_OFFICER)) {
            for (String path : List.of("/admin", "/admin/users", "/admin/lockouts", "/admin/users/1",
                    "/api/v1/admin/users", "/api/v1/admin/lockouts")) {
                assertThat(mvc.perform(get(path).with(SignedInUsers.as(role, a))).andReturn().getResponse()
                        .getStatus()).as(role + " " + path).isEqualTo(403);
            }
            assertThat(mvc.perform(post("/admin/users").with(SignedInUsers.as(role, a)).with(csrf())
                    .param("username", "sneaky").param("password", NEW_PASSWORD).param("roles", "ADMIN"))
                    .andReturn().getResponse().getStatus()).isEqualTo(403);
        }
        assertThat(users.findByUsername("sneaky")).isEmpty();
        assertThat(status("clerk-a", WebFixtures.PASSWORD, "/api/v1/admin/users")).isEqualTo(403);
        assertThat(status("admin", WebFixtures.PASSWORD, "/api/v1/admin/users")).isEqualTo(200);
    }

    @Test
    void anAdministratorCreatesAUserWhoCanSignInAndTheAuditSaysSo() throws Exception {
        String page = mvc.perform(get("/admin/users").param("lang", "vi").with(SignedInUsers.administrator()))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Thêm người dùng", "clerk-a", "Thu ngân, giám định viện phí");
        assertThat(page.length()).isLessThan(100_000);

        var created = createOnScreen("thu-ngan-moi", NEW_PASSWORD, a, "BILLING_CLERK");
        assertThat(created.getRedirectedUrl()).startsWith("/admin/users/");
        var stored = users.findByUsername("thu-ngan-moi").orElseThrow();
        assertThat(stored.passwordHash()).startsWith("{bcrypt}").doesNotContain(NEW_PASSWORD);
        assertThat(stored.roles()).containsExactly(Role.BILLING_CLERK);
        assertThat(status("thu-ngan-moi", NEW_PASSWORD, "/api/v1/encounters?size=1")).isEqualTo(200);
        assertThat(audit("create thu-ngan-moi%")).singleElement().satisfies(e -> {
            assertThat(e.get("action")).isEqualTo("CREATE");
            assertThat(e.get("resource_id")).isEqualTo(stored.id());
            assertThat(e.get("channel")).isEqualTo("SCREEN");
            assertThat((String) e.get("detail")).contains("BILLING_CLERK").doesNotContain(NEW_PASSWORD);
        });

        String detail = mvc.perform(get("/admin/users/" + stored.id()).with(SignedInUsers.administrator()))
                .andReturn().getResponse().getContentAsString();
        assertThat(detail).contains("thu-ngan-moi", "password-form", "update-form").doesNotContain("{bcrypt}");
    }

    @Test
    void refusedFormsSayWhyInVietnameseAndWriteNothing() throws Exception {
        var shortPassword = createOnScreen("ngan-qua", "ngan-11-kt", a, "CLINICIAN");
        assertThat(shortPassword.getStatus()).isEqualTo(400);
        assertThat(shortPassword.getContentAsString()).contains("Mật khẩu phải có ít nhất 12 ký tự.")
                .doesNotContain("ngan-11-kt");
        assertThat(createOnScreen("khong-co-so", NEW_PASSWORD, null, "CLINICIAN").getContentAsString())
                .contains("phải thuộc một cơ sở");
        assertThat(createOnScreen("khong-vai-tro", NEW_PASSWORD, a).getContentAsString())
                .contains("ít nhất một vai trò");
        assertThat(createOnScreen("clerk-a", NEW_PASSWORD, a, "CLINICIAN").getContentAsString())
                .contains("đã có người dùng");
        assertThat(createOnScreen("chua-ten", "mat-khau-chua-ten-chua-ten", a, "CLINICIAN").getContentAsString())
                .contains("không được chứa tên đăng nhập");
        assertThat(createOnScreen("Sai Ten!", NEW_PASSWORD, a, "CLINICIAN").getStatus()).isEqualTo(400);
        assertThat(users.findByUsername("ngan-qua")).isEmpty();
        assertThat(users.findByUsername("khong-co-so")).isEmpty();
        assertThat(audit("create ngan-qua%")).isEmpty();
    }

    @Test
    void rolesFacilityDisableEnableAndPasswordResetOnTheScreen() throws Exception {
        createOnScreen("doi-vai-tro", NEW_PASSWORD, a, "CLINICIAN");
        long id = users.findByUsername("doi-vai-tro").orElseThrow().id();
        var update = mvc.perform(post("/admin/users/" + id).with(SignedInUsers.administrator()).with(csrf())
                .param("fullName", "Trần Thị B").param("facilityId", b.id().toString())
                .param("roles", "BILLING_CLERK", "CLINICIAN")).andReturn().getResponse();
        assertThat(update.getRedirectedUrl()).isEqualTo("/admin/users/" + id);
        var u = users.findByUsername("doi-vai-tro").orElseThrow();
        assertThat(u.roles()).containsExactlyInAnyOrder(Role.BILLING_CLERK, Role.CLINICIAN);
        assertThat(u.fullName()).isEqualTo("Trần Thị B");
        assertThat(audit("update doi-vai-tro%")).singleElement()
                .satisfies(e -> assertThat((String) e.get("detail")).contains("roles=CLINICIAN", "-> roles=CLINICIAN,BILLING_CLERK"));

        // signed in once, so this node remembers the user (RecentUsers): the changes below must reach sign-in at once
        assertThat(status("doi-vai-tro", NEW_PASSWORD, "/api/v1/encounters?size=1")).isEqualTo(200);
        mvc.perform(post("/admin/users/" + id + "/enabled").with(SignedInUsers.administrator()).with(csrf())
                .param("enabled", "false"));
        assertThat(status("doi-vai-tro", NEW_PASSWORD, "/api/v1/encounters?size=1")).isEqualTo(401);
        mvc.perform(post("/admin/users/" + id + "/enabled").with(SignedInUsers.administrator()).with(csrf())
                .param("enabled", "true"));
        assertThat(status("doi-vai-tro", NEW_PASSWORD, "/api/v1/encounters?size=1")).isEqualTo(200);

        var shortReset = mvc.perform(post("/admin/users/" + id + "/password").with(SignedInUsers.administrator())
                .with(csrf()).param("password", "ngan")).andReturn();
        assertThat(shortReset.getFlashMap().get("error")).asString().contains("ít nhất 12 ký tự");
        mvc.perform(post("/admin/users/" + id + "/password").with(SignedInUsers.administrator()).with(csrf())
                .param("password", "mat-khau-moi-hon-12"));
        assertThat(status("doi-vai-tro", NEW_PASSWORD, "/api/v1/encounters?size=1")).isEqualTo(401);
        assertThat(status("doi-vai-tro", "mat-khau-moi-hon-12", "/api/v1/encounters?size=1")).isEqualTo(200);
        assertThat(audit("disable doi-vai-tro")).hasSize(1);
        assertThat(audit("enable doi-vai-tro")).hasSize(1);
        assertThat(audit("reset password doi-vai-tro")).hasSize(1);
    }

    @Test
    void anAdministratorCannotDisableThemselves() throws Exception {
        long id = users.findByUsername("admin").orElseThrow().id();
        var r = mvc.perform(post("/admin/users/" + id + "/enabled").with(SignedInUsers.administrator()).with(csrf())
                .param("enabled", "false")).andReturn();
        assertThat(r.getFlashMap().get("error")).asString().contains("không thể tự vô hiệu hoá");
        assertThat(users.findByUsername("admin").orElseThrow().enabled()).isTrue();
    }

    @Test
    void aLockedUserIsListedAndUnlockedByTheAdministrator() throws Exception {
        createOnScreen("bi-khoa", NEW_PASSWORD, a, "CLINICIAN");
        for (int i = 0; i < 5; i++) {
            assertThat(status("bi-khoa", "sai-mat-khau-" + i, "/api/v1/encounters?size=1")).isEqualTo(401);
        }
        assertThat(status("bi-khoa", NEW_PASSWORD, "/api/v1/encounters?size=1")).isEqualTo(429);
        String page = mvc.perform(get("/admin/lockouts").with(SignedInUsers.administrator())).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("bi-khoa", "Mở khoá đăng nhập");
        long id = users.findByUsername("bi-khoa").orElseThrow().id();
        assertThat(mvc.perform(get("/admin/users/" + id).with(SignedInUsers.administrator())).andReturn().getResponse()
                .getContentAsString()).contains("unlock-form");
        mvc.perform(post("/admin/lockouts/unlock").with(SignedInUsers.administrator()).with(csrf())
                .param("username", "bi-khoa"));
        assertThat(status("bi-khoa", NEW_PASSWORD, "/api/v1/encounters?size=1")).isEqualTo(200);
        assertThat(audit("unlock bi-khoa")).singleElement().satisfies(e -> assertThat(e.get("resource_id")).isEqualTo(id));
    }

    @Test
    void theJsonApiCreatesChangesAndRefusesWithProblemDetails() throws Exception {
        String body = "{\"username\":\"api-user\",\"fullName\":\"Lê Văn API\",\"password\":\"" + NEW_PASSWORD
                + "\",\"facilityId\":" + a.id() + ",\"roles\":[\"CLINICIAN\"]}";
        var created = mvc.perform(post("/api/v1/admin/users").with(SignedInUsers.administrator())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
        assertThat(created.getStatus()).isEqualTo(201);
        assertThat(created.getContentAsString()).contains("\"username\":\"api-user\"", "\"CLINICIAN\"")
                .doesNotContain("password", "bcrypt");
        long id = users.findByUsername("api-user").orElseThrow().id();

        var bad = mvc.perform(post("/api/v1/admin/users").with(SignedInUsers.administrator())
                .header("Accept-Language", "vi").contentType(MediaType.APPLICATION_JSON)
                .content(body.replace("api-user", "api-user2").replace(NEW_PASSWORD, "short"))).andReturn()
                .getResponse();
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentType()).startsWith("application/problem+json");
        assertThat(bad.getContentAsString()).contains("\"field\":\"password\"", "ít nhất 12 ký tự");

        var changed = mvc.perform(put("/api/v1/admin/users/" + id).with(SignedInUsers.administrator())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"fullName\":\"Lê Văn API\",\"facilityId\":" + b.id() + ",\"roles\":[\"BILLING_CLERK\"]}"))
                .andReturn().getResponse();
        assertThat(changed.getStatus()).isEqualTo(200);
        assertThat(changed.getContentAsString()).contains("BILLING_CLERK");
        assertThat(mvc.perform(post("/api/v1/admin/users/" + id + "/disable").with(SignedInUsers.administrator()))
                .andReturn().getResponse().getContentAsString()).contains("\"enabled\":false");
        assertThat(mvc.perform(post("/api/v1/admin/users/" + id + "/password").with(SignedInUsers.administrator())
                .contentType(MediaType.APPLICATION_JSON).content("{\"password\":\"mot-mat-khau-moi\"}")).andReturn()
                .getResponse().getStatus()).isEqualTo(204);
        assertThat(mvc.perform(get("/api/v1/admin/users/987654321").with(SignedInUsers.administrator())).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(delete("/api/v1/admin/lockouts/nobody-locked").with(SignedInUsers.administrator()))
                .andReturn().getResponse().getContentAsString()).contains("\"wasLocked\":false");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE resource_type = 'USER' AND "
                + "resource_id = ? AND channel = 'API'", Long.class, id)).isEqualTo(4L);
    }
}
