package vn.his.web.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.his.core.facility.CareLevel;
import vn.his.core.facility.Facility;
import vn.his.core.facility.FacilityRepository;
import vn.his.core.facility.RouteLevel;
import vn.his.core.testsupport.DatabaseTest;
import vn.his.core.testsupport.FreshFacilityCodes;
import vn.his.export.envelope.DossierReader;
import vn.his.export.signing.SignatureVerifier;
import vn.his.web.cli.ExportArguments;
import vn.his.web.cli.ExportCommand;
import vn.his.web.security.Role;
import vn.his.web.testsupport.SignedInUsers;

/**
 * The export command's runner and the claims API on a test database (H2, then MariaDB) with a few settled visits,
 * one of them held by the assessment.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = {"his.demo.load=false", "his.reference.load-on-startup=false"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClaimsWebDbTest {

    static final LocalDateTime ARRIVAL = LocalDateTime.of(2026, 11, 10, 8, 0);

    @Autowired
    SettledVisits visits;

    @Autowired
    ExportCommand command;

    @Autowired
    MockMvc mvc;

    @Autowired
    FacilityRepository facilityRepository;

    Facility clean;
    Facility otherProvince;
    Facility withHeld;
    String a;
    String b;
    String held;

    @BeforeAll
    void settleSomeVisits() {
        clean = visits.facility();
        withHeld = visits.facility();
        a = visits.settledVisit(clean, "Nguyễn Văn An", ARRIVAL, false);
        b = visits.settledVisit(clean, "Trần Thị Bình", ARRIVAL.plusDays(1), false);
        visits.settledVisit(withHeld, "Lê Văn Cường", ARRIVAL, false);
        held = visits.settledVisit(withHeld, "Phạm Thị Dung", ARRIVAL.plusDays(2), true);
        Facility hanoi = new Facility("Bệnh viện thử Hà Nội", RouteLevel.DISTRICT, CareLevel.BASIC, 45, false, "01",
                null);
        hanoi.assignCode(FreshFacilityCodes.of("01", facilityRepository), LocalDate.of(2020, 1, 1));
        otherProvince = facilityRepository.save(hanoi);
    }

    MvcResult exportAs(org.springframework.test.web.servlet.request.RequestPostProcessor user, String facilities)
            throws Exception {
        return mvc.perform(post("/api/v1/exports").with(user).contentType(MediaType.APPLICATION_JSON)
                .content("{" + facilities + "\"from\":\"2026-11-01\",\"to\":\"2026-11-30\"}")).andReturn();
    }

    MvcResult exported(MvcResult started) throws Exception {
        return mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn();
    }

    int run(Path out, ByteArrayOutputStream err, String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.add("--out=" + out);
        return command.run(ExportArguments.parse(all), new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void theCommandWritesSignedFilesAndExitsWithZeroWhenNothingIsHeld(@TempDir Path out) throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = run(out, err, "--facility=" + visits.code(clean), "--from=2026-11-10", "--to=2026-11-11");
        assertThat(code).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("DEMO");
        for (String lk : List.of(a, b)) {
            byte[] file = Files.readAllBytes(out.resolve(lk + ".xml"));
            new SignatureVerifier().verify(file);
            assertThat(new DossierReader().read(file).rows("XML1").get(0)).containsEntry("MA_LK", lk);
            new SignatureVerifier().verify(Files.readAllBytes(out.resolve(lk + "_XML0.xml")));
        }
        List<String> summary = Files.readAllLines(out.resolve("summary.csv"), StandardCharsets.UTF_8);
        assertThat(summary).hasSize(3);
        assertThat(summary.get(1)).startsWith(a + ",Nguyễn Văn An,");
    }

    @Test
    void theCommandLeavesHeldEncountersOutListsThemOnStderrAndExitsWithTwo(@TempDir Path out) throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = run(out, err, "--from=2026-11-01", "--to=2026-11-30");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(held, "22.0120.1370");
        assertThat(out.resolve(held + ".xml")).doesNotExist();
        assertThat(out.resolve(a + ".xml")).exists();
        assertThat(Files.readString(out.resolve("summary.csv"), StandardCharsets.UTF_8)).contains(held + ",");
    }

    @Test
    void anUnknownFacilityIsRefusedWithExitCodeOne(@TempDir Path out) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(run(out, err, "--facility=ZZ999", "--from=2026-11-01", "--to=2026-11-30")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("ZZ999");
    }

    @Test
    void theApiExportsAZip() throws Exception {
        MvcResult started = mvc.perform(post("/api/v1/exports").with(SignedInUsers.administrator()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"facilities\":[\"" + visits.code(withHeld) + "\"],\"from\":\"2026-11-01\",\"to\":\"2026-11-30\"}"))
                .andExpect(request().asyncStarted()).andReturn();
        MvcResult result = mvc.perform(asyncDispatch(started)).andExpect(status().isOk())
                .andExpect(header().string("X-His-Exported", "1"))
                .andExpect(header().string("X-His-Left-Out", "1"))
                .andExpect(header().string("X-His-Demo-Signature", "true"))
                .andReturn();
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        assertThat(entries.keySet()).contains("summary.csv").doesNotContain(held + ".xml");
        assertThat(entries.keySet().stream().filter(n -> n.endsWith("_XML0.xml"))).hasSize(1);
        String dossier = entries.keySet().stream().filter(n -> n.endsWith(".xml") && !n.endsWith("_XML0.xml"))
                .findFirst().orElseThrow();
        new SignatureVerifier().verify(entries.get(dossier));
    }

    @Test
    void theApiRefusesABadExportRequestAsProblemDetails() throws Exception {
        mvc.perform(post("/api/v1/exports").with(SignedInUsers.administrator()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"from\":\"2026-11-30\",\"to\":\"2026-11-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("claim.export.periodReversed"))
                .andExpect(jsonPath("$.errors[0].field").value("to"))
                .andExpect(jsonPath("$.status").value(400));
        mvc.perform(post("/api/v1/exports").with(SignedInUsers.administrator()).contentType(MediaType.APPLICATION_JSON).content("{\"from\":\"11/2026\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/exports").with(SignedInUsers.administrator()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"facilities\":[\"ZZ999\"],\"from\":\"2026-11-01\",\"to\":\"2026-11-30\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("claim.api.facilityUnknown"));
    }

    @Test
    void theWorklistShowsHeldClaimsWithTheirFindings() throws Exception {
        mvc.perform(get("/api/v1/claims/worklist").with(SignedInUsers.administrator()).param("facility", visits.code(withHeld)).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].maLk").value(held))
                .andExpect(jsonPath("$.items[0].status").value("HELD_WITH_ERRORS"))
                .andExpect(jsonPath("$.items[0].findings[?(@.ruleId == 'SERVICE_NOT_IN_CATALOGUE')].message")
                        .value(org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("approved list"))));
        mvc.perform(get("/api/v1/claims/worklist").with(SignedInUsers.administrator()).param("facility", visits.code(clean)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items.length()").value(0));
        mvc.perform(get("/api/v1/claims/worklist").with(SignedInUsers.administrator()).param("status", "NOPE"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void theWorklistIsPagedOldestFirstAndRefusesBadBounds() throws Exception {
        // facility "clean" has two queued claims: a (settled first), then b
        mvc.perform(get("/api/v1/claims/worklist").with(SignedInUsers.administrator()).param("facility",
                        visits.code(clean)).param("status", "QUEUED").param("size", "1").param("page", "0"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(0)).andExpect(jsonPath("$.size").value(1))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items.length()").value(1)).andExpect(jsonPath("$.items[0].maLk").value(a));
        mvc.perform(get("/api/v1/claims/worklist").with(SignedInUsers.administrator()).param("facility",
                        visits.code(clean)).param("status", "QUEUED").param("size", "1").param("page", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items.length()").value(1)).andExpect(jsonPath("$.items[0].maLk").value(b));
        mvc.perform(get("/api/v1/claims/worklist").with(SignedInUsers.administrator()).param("facility",
                        visits.code(clean)).param("status", "QUEUED").param("page", "2").param("size", "1"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items.length()").value(0))
                .andExpect(jsonPath("$.total").value(2));
        for (String[] bad : new String[][] {{"size", "0"}, {"size", "201"}, {"page", "-1"}}) {
            mvc.perform(get("/api/v1/claims/worklist").with(SignedInUsers.administrator()).param(bad[0], bad[1]))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value("page"));
        }
    }

    @Test
    void versionsOfAClaimAndUnknownClaims() throws Exception {
        // the claims API needs a signed-in user of a role allowed to read claims
        mvc.perform(get("/api/v1/claims/{maLk}/versions", a)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/claims/{maLk}/versions", a).with(SignedInUsers.administrator()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].claimVersion").value(1))
                .andExpect(jsonPath("$[0].reason").value("SETTLEMENT"))
                .andExpect(jsonPath("$[0].status").value("QUEUED"))
                .andExpect(jsonPath("$[0].patientName").value("Nguyễn Văn An"));
        mvc.perform(get("/api/v1/claims/{maLk}/versions", "NO-SUCH-LK").with(SignedInUsers.administrator()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("claim.notFound"));
    }

    @Test
    void aUserOfOneFacilityReadsOnlyItsClaims() throws Exception {
        var clerk = SignedInUsers.as(Role.BILLING_CLERK, clean);
        mvc.perform(get("/api/v1/claims/{maLk}/versions", a).with(clerk)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/claims/{maLk}/versions", held).with(clerk))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403));
        mvc.perform(get("/api/v1/claims/worklist").with(clerk)).andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(0));
        mvc.perform(get("/api/v1/claims/worklist").with(clerk).param("facility", visits.code(withHeld)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        // an omitted filter is the user's own facility
        mvc.perform(get("/api/v1/claims/worklist").with(SignedInUsers.as(Role.BILLING_CLERK, withHeld)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].maLk").value(held));
        // commune staff and clinicians do not read claims, not even their own facility's
        for (Role role : List.of(Role.COMMUNE_STAFF, Role.CLINICIAN)) {
            mvc.perform(get("/api/v1/claims/{maLk}/versions", a).with(SignedInUsers.as(role, clean)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/claims/worklist").with(SignedInUsers.as(role, clean)))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void anInsuranceOfficerReadsTheClaimsOfTheProvinceOnly() throws Exception {
        var officer = SignedInUsers.as(Role.INSURANCE_OFFICER, clean);
        mvc.perform(get("/api/v1/claims/{maLk}/versions", held).with(officer)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/claims/worklist").with(officer)).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.maLk == '" + held + "')]").isNotEmpty());
        var elsewhere = SignedInUsers.as(Role.INSURANCE_OFFICER, otherProvince);
        mvc.perform(get("/api/v1/claims/{maLk}/versions", a).with(elsewhere)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/claims/worklist").with(elsewhere)).andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(0));
        assertThat(exportAs(elsewhere, "\"facilities\":[\"" + visits.code(withHeld) + "\"],").getResponse()
                .getStatus()).isEqualTo(403);
        MvcResult province = exported(exportAs(officer, "\"facilities\":[\"" + visits.code(withHeld) + "\"],"));
        assertThat(province.getResponse().getHeader("X-His-Exported")).isEqualTo("1");
        assertThat(province.getResponse().getHeader("X-His-Left-Out")).isEqualTo("1");
    }

    @Test
    void onlyBillingClerksOfficersAndAdministratorsExportAndOnlyTheirFacilities() throws Exception {
        for (Role role : List.of(Role.COMMUNE_STAFF, Role.CLINICIAN)) {
            MvcResult refused = exportAs(SignedInUsers.as(role, clean), "");
            assertThat(refused.getResponse().getStatus()).as(role.name()).isEqualTo(403);
        }
        var clerk = SignedInUsers.as(Role.BILLING_CLERK, clean);
        assertThat(exportAs(clerk, "\"facilities\":[\"" + visits.code(withHeld) + "\"],").getResponse()
                .getStatus()).isEqualTo(403);
        // no facility named: the clerk's own facility only (a and b; the held claim of the other one is not counted)
        MvcResult own = exported(exportAs(clerk, ""));
        assertThat(own.getResponse().getHeader("X-His-Exported")).isEqualTo("2");
        assertThat(own.getResponse().getHeader("X-His-Left-Out")).isEqualTo("0");
    }

    @Test
    void reassessingIsForTheFacilitysBillingClerkOrAnAdministrator() throws Exception {
        for (Role role : List.of(Role.CLINICIAN, Role.COMMUNE_STAFF, Role.INSURANCE_OFFICER)) {
            mvc.perform(post("/api/v1/claims/{maLk}/reassess", held).with(SignedInUsers.as(role, withHeld)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/api/v1/claims/{maLk}/reassess", held).with(SignedInUsers.as(Role.BILLING_CLERK, clean)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        // nothing changed in the encounter: the same version is assessed again and stays held
        mvc.perform(post("/api/v1/claims/{maLk}/reassess", held).with(SignedInUsers.as(Role.BILLING_CLERK, withHeld)))
                .andExpect(status().is2xxSuccessful())
                .andExpect(jsonPath("$.maLk").value(held))
                .andExpect(jsonPath("$.status").value("HELD_WITH_ERRORS"));
        mvc.perform(post("/api/v1/claims/{maLk}/reassess", a).with(SignedInUsers.administrator()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("claim.notHeld"));
        mvc.perform(post("/api/v1/claims/{maLk}/reassess", "NO-SUCH-LK").with(SignedInUsers.administrator()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("claim.notFound"));
    }
}
