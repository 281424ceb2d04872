package vn.his.web.admin.facility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.his.core.facility.CareLevel;
import vn.his.core.facility.Facility;
import vn.his.core.facility.FacilityRepository;
import vn.his.core.facility.RouteLevel;
import vn.his.core.testsupport.FreshFacilityCodes;
import vn.his.export.delivery.GatewayAccountStore;
import vn.his.export.delivery.JobRun;
import vn.his.export.delivery.JobRunStore;
import vn.his.export.delivery.OutboxSchedule;
import vn.his.export.outbox.DispatchReport;
import vn.his.export.outbox.DispatchTask;
import vn.his.export.signing.DemoCertificateFactory;
import vn.his.export.signing.SigningKeystores;
import vn.his.web.security.Role;
import vn.his.web.testsupport.SignedInUsers;
import vn.his.web.testsupport.WebTest;

/**
 * Facilities, gateway accounts, uploaded signing certificates and job schedules (issue 5): administrators only; the
 * gateway password is stored encrypted and never shown; an uploaded keystore is checked (expired, wrong password
 * refused) and then used for signing by {@link SigningKeystores}.
 */
@WebTest
@AutoConfigureMockMvc
@TestPropertySource(properties = {"his.gateway.credential-key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
        "his.outbox.scheduler.enabled=true", "his.gateway.simulator.enabled=false"})
class AdminFacilitiesDbTest {

    static final String GATEWAY_PASSWORD = "mat-khau-cong-BHXH-42";
    static final String KEYSTORE_PASSWORD = "keystore-pass-77";

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
    @Autowired
    DatabaseKeystores keystores;
    @Autowired
    Scheduler scheduler;
    @Autowired
    JobRunStore runs;

    @TempDir
    Path dir;

    Facility f;
    String code;

    @BeforeEach
    void setUp() {
        Facility n = new Facility("Trung tâm Y tế quản trị " + System.nanoTime(), RouteLevel.DISTRICT,
                CareLevel.BASIC, 50, false, "40", null);
        code = FreshFacilityCodes.of("40", facilities);
        n.assignCode(code, LocalDate.of(2020, 1, 1));
        f = facilities.save(n);
    }

    MvcResult upload(byte[] p12, String password) throws Exception {
        return mvc.perform(multipart("/admin/facilities/" + f.id() + "/certificate")
                .file(new MockMultipartFile("file", "cskcb.p12", null, p12)).param("password", password)
                .with(SignedInUsers.administrator()).with(csrf())).andReturn();
    }

    byte[] keystore(Instant notBefore, Duration validity) throws Exception {
        Path file = dir.resolve("k" + System.nanoTime() + ".p12");
        DemoCertificateFactory.create(file, KEYSTORE_PASSWORD.toCharArray(), "facility",
                "CN=Trung tam Y te " + code + ",O=HIS test,C=VN", notBefore, validity);
        return Files.readAllBytes(file);
    }

    @Test
    void theListAndDetailsShowTheFacility() throws Exception {
        String list = mvc.perform(get("/admin/facilities").param("lang", "vi").with(SignedInUsers.administrator()))
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains(code, f.name(), "MA_CSKCB");
        String page = mvc.perform(get("/admin/facilities/" + f.id()).with(SignedInUsers.administrator())).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains(code, "Chưa có tài khoản cổng.", "gateway-form", "certificate-form");
        assertThat(page.length()).isLessThan(100_000);
        assertThat(mvc.perform(get("/admin/facilities/987654321").with(SignedInUsers.administrator())).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void theGatewayPasswordIsStoredEncryptedAndNeverShown() throws Exception {
        mvc.perform(post("/admin/facilities/" + f.id() + "/gateway").param("username", code + "_BV")
                .param("password", GATEWAY_PASSWORD).with(SignedInUsers.administrator()).with(csrf()));
        assertThat(accounts.find(code)).hasValueSatisfying(a -> {
            assertThat(a.username()).isEqualTo(code + "_BV");
            assertThat(a.password()).isEqualTo(GATEWAY_PASSWORD);
            assertThat(a.maTinh()).isEqualTo("40");
        });
        String stored = jdbc.queryForObject("SELECT password_encrypted FROM gateway_account WHERE facility_code = ?",
                String.class, code);
        assertThat(stored).doesNotContain(GATEWAY_PASSWORD);
        String page = mvc.perform(get("/admin/facilities/" + f.id()).with(SignedInUsers.administrator())).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains(code + "_BV").doesNotContain(GATEWAY_PASSWORD, stored);
        assertThat(jdbc.queryForObject("SELECT detail FROM audit_event WHERE resource_type = 'FACILITY' AND resource_id = ?"
                + " AND detail LIKE 'gateway%'", String.class, f.id())).contains(code + "_BV").doesNotContain(GATEWAY_PASSWORD);
        var empty = mvc.perform(post("/admin/facilities/" + f.id() + "/gateway").param("username", "x")
                .param("password", "").with(SignedInUsers.administrator()).with(csrf())).andReturn();
        assertThat(empty.getFlashMap().get("error")).asString().contains("mật khẩu cổng");
    }

    @Test
    void anUploadedCertificateIsCheckedShownAndUsedForSigning() throws Exception {
        var expired = upload(keystore(Instant.now().minus(Duration.ofDays(40)), Duration.ofDays(10)), KEYSTORE_PASSWORD);
        assertThat(expired.getFlashMap().get("error")).asString().contains("đã hết hạn");
        var wrong = upload(keystore(Instant.now().minus(Duration.ofDays(1)), Duration.ofDays(365)), "sai-mat-khau");
        assertThat(wrong.getFlashMap().get("error")).asString().contains("sai mật khẩu");
        var notP12 = upload("not a keystore".getBytes(), KEYSTORE_PASSWORD);
        assertThat(notP12.getFlashMap().get("error")).asString().contains("không phải PKCS#12");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM facility_keystore WHERE facility_code = ?", Integer.class,
                code)).isZero();

        var ok = upload(keystore(Instant.now().minus(Duration.ofDays(1)), Duration.ofDays(365)), KEYSTORE_PASSWORD);
        assertThat(ok.getFlashMap().get("done")).isEqualTo("admin.cert.saved");
        String page = mvc.perform(get("/admin/facilities/" + f.id()).with(SignedInUsers.administrator())).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("CN=Trung tam Y te " + code).doesNotContain(KEYSTORE_PASSWORD);
        assertThat(signing.certificate(code).getSubjectX500Principal().getName()).contains("Trung tam Y te " + code);
        assertThat(jdbc.queryForObject("SELECT password_encrypted FROM facility_keystore WHERE facility_code = ?",
                String.class, code)).doesNotContain(KEYSTORE_PASSWORD);

        // a new upload replaces it and is used at once
        upload(keystore(Instant.now().minus(Duration.ofDays(1)), Duration.ofDays(30)), KEYSTORE_PASSWORD);
        String serial = jdbc.queryForObject("SELECT serial_number FROM facility_keystore WHERE facility_code = ?",
                String.class, code);
        assertThat(signing.certificate(code).getSerialNumber().toString(16)).isEqualTo(serial);
    }

    @Test
    void theKeystoreFilesWrittenForSigningAreRemovedWhenTheApplicationStops() throws Exception {
        upload(keystore(Instant.now().minus(Duration.ofDays(1)), Duration.ofDays(365)), KEYSTORE_PASSWORD);
        java.nio.file.Path file = keystores.find(code).orElseThrow().path();
        assertThat(file).exists();
        keystores.deleteWrittenKeystores(); // what @PreDestroy runs at shutdown
        assertThat(file).doesNotExist();
        assertThat(file.getParent()).doesNotExist();
        assertThat(keystores.find(code).orElseThrow().path()).exists(); // used again, written again
    }

    @Test
    void theJobsPageListsTheQuartzTriggers() throws Exception {
        String page = mvc.perform(get("/admin/jobs").param("lang", "vi").with(SignedInUsers.administrator())).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("Lịch chạy tác vụ", "id=\"jobs\"", "Lần chạy tới");
    }

    @Test
    void aJobRunOnceShowsItsLastRunWithOutcomeAndCounts() throws Exception {
        JobKey key = JobKey.jobKey(DispatchTask.RETRIES.name(), OutboxSchedule.GROUP);
        long before = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM job_run", Long.class);
        scheduler.triggerJob(key);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (jdbc.queryForObject("SELECT COUNT(*) FROM job_run WHERE id > ? AND job_group = ? AND job_name = ?",
                Long.class, before, key.getGroup(), key.getName()) == 0) {
            assertThat(System.nanoTime()).as("a run of " + key + " recorded within 60 s").isLessThan(deadline);
            Thread.sleep(200);
        }
        JobRun last = runs.lastRuns().stream().filter(r -> r.group().equals(key.getGroup())
                && r.job().equals(key.getName())).findFirst().orElseThrow();
        assertThat(last.ok()).as(String.valueOf(last.message())).isTrue();
        assertThat(last.report()).isNotNull();
        assertThat(last.finishedAt()).isAfterOrEqualTo(last.startedAt());

        String page = mvc.perform(get("/admin/jobs").param("lang", "vi").with(SignedInUsers.administrator())).andReturn()
                .getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        String row = page.substring(page.indexOf("outbox." + DispatchTask.RETRIES.name()));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains("Thành công", "Đã nhận " + last.report().claimed() + " hồ sơ: tiếp nhận "
                + last.report().accepted(), java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy")
                .format(last.finishedAt()));
    }

    @Test
    void aFailedRunKeepsItsMessageAndOnlyTheNewestRunsOfAJobAreKept() {
        JobRunStore store = new JobRunStore(jdbc, 2);
        String job = "prune-" + System.nanoTime();
        LocalDateTime t = LocalDateTime.of(2026, 11, 12, 8, 0);
        store.record(new JobRun("test", job, "node-1", t, t.plusSeconds(1), true, null, DispatchReport.NONE));
        store.record(new JobRun("test", job, "node-2", t.plusMinutes(1), t.plusMinutes(1).plusSeconds(2), true, null,
                new DispatchReport(3, 2, 1, 0, 0, 0)));
        store.record(new JobRun("test", job, "node-1", t.plusMinutes(2), t.plusMinutes(2).plusSeconds(3), false,
                "IllegalStateException: cổng BHXH không trả lời", null));
        assertThat(store.count("test", job)).isEqualTo(2);
        JobRun last = store.lastRuns().stream().filter(r -> r.job().equals(job)).findFirst().orElseThrow();
        assertThat(last.ok()).isFalse();
        assertThat(last.message()).isEqualTo("IllegalStateException: cổng BHXH không trả lời");
        assertThat(last.report()).isNull();
        assertThat(last.finishedAt()).isEqualTo(t.plusMinutes(2).plusSeconds(3));
        assertThat(jdbc.queryForObject("SELECT MIN(started_at) FROM job_run WHERE job_name = ?", java.sql.Timestamp.class,
                job).toLocalDateTime()).isEqualTo(t.plusMinutes(1));
    }

    @Test
    void otherRolesAreRefused() throws Exception {
        for (Role role : List.of(Role.CLINICIAN, Role.BILLING_CLERK, Role.INSURANCE_OFFICER, Role.COMMUNE_STAFF)) {
            for (String path : List.of("/admin/facilities", "/admin/facilities/" + f.id(), "/admin/jobs")) {
                assertThat(mvc.perform(get(path).with(SignedInUsers.as(role, f))).andReturn().getResponse()
                        .getStatus()).as(role + " " + path).isEqualTo(403);
            }
            assertThat(mvc.perform(post("/admin/facilities/" + f.id() + "/gateway").param("username", "x")
                    .param("password", "y").with(SignedInUsers.as(role, f)).with(csrf())).andReturn().getResponse()
                    .getStatus()).isEqualTo(403);
        }
        assertThat(accounts.exists(code)).isFalse();
    }
}
