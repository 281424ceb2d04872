package vn.his.web.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.his.core.facility.Facility;
import vn.his.core.testsupport.DatabaseTest;
import vn.his.web.security.Role;
import vn.his.web.testsupport.SignedInUsers;

/**
 * {@code POST /api/v1/exports} records the read of every encounter the ZIP holds (issue 5's read audit, beside
 * {@code ReadAuditDbTest}): one VIEW row per encounter, resource ENCOUNTER, channel API, by the exporting user, only
 * when the export succeeded; a refused export (403, 400) writes none. Rows are filtered by this test's users (each
 * named after a facility made for this class) and encounter ids, never counted globally. Same context as
 * {@link ClaimsWebDbTest}.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = {"his.demo.load=false", "his.reference.load-on-startup=false"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportReadAuditDbTest {

    static final LocalDateTime ARRIVAL = LocalDateTime.of(2026, 11, 12, 8, 0);

    @Autowired
    SettledVisits visits;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    Facility exporting;
    Facility other;
    long first;
    long second;
    long held;
    long elsewhere;

    @BeforeAll
    void settleVisits() {
        exporting = visits.facility();
        other = visits.facility();
        first = id(visits.settledVisit(exporting, "Đinh Văn Xuất", ARRIVAL, false));
        second = id(visits.settledVisit(exporting, "Võ Thị Đọc", ARRIVAL.plusDays(1), false));
        held = id(visits.settledVisit(exporting, "Mai Văn Giữ", ARRIVAL.plusDays(2), true));
        elsewhere = id(visits.settledVisit(other, "Hà Thị Khác", ARRIVAL, false));
    }

    long id(String maLk) {
        return jdbc.queryForObject("SELECT id FROM encounter WHERE ma_lk = ?", Long.class, maLk);
    }

    static String username(Role role, Facility f) {
        return role.name().toLowerCase() + "@" + f.id(); // as SignedInUsers names them
    }

    /** The encounter ids of this class with a VIEW row of the user on the API, one entry per row. */
    List<Long> viewed(String user) {
        return jdbc.queryForList("SELECT resource_id FROM audit_event WHERE username = ? AND action = 'VIEW' AND "
                + "resource_type = 'ENCOUNTER' AND channel = 'API' AND resource_id IN (?,?,?,?)", Long.class, user,
                first, second, held, elsewhere);
    }

    /** Every audit row of the user, whatever it is about. */
    long rowsOf(String user) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE username = ?", Long.class, user);
    }

    MvcResult export(RequestPostProcessor user, String body) throws Exception {
        return mvc.perform(post("/api/v1/exports").with(user).contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn();
    }

    @Test
    void anExportRecordsOneViewPerEncounterItHoldsForTheExportingUser() throws Exception {
        String clerk = username(Role.BILLING_CLERK, exporting);
        assertThat(viewed(clerk)).isEmpty();

        MvcResult started = mvc.perform(post("/api/v1/exports").with(SignedInUsers.as(Role.BILLING_CLERK, exporting))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"from\":\"2026-11-01\",\"to\":\"2026-11-30\"}"))
                .andExpect(request().asyncStarted()).andReturn();
        MvcResult done = mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn();
        assertThat(done.getResponse().getHeader("X-His-Exported")).isEqualTo("2");
        assertThat(done.getResponse().getHeader("X-His-Left-Out")).isEqualTo("1");

        // the two dossiers written and the held encounter summary.csv lists with the patient; not the other facility's
        assertThat(viewed(clerk)).containsExactlyInAnyOrder(first, second, held);
        assertThat(jdbc.queryForList("SELECT request_path FROM audit_event WHERE username = ? AND resource_id = ?",
                String.class, clerk, first)).containsExactly("/api/v1/exports");
    }

    @Test
    void aRefusedExportRecordsNothing() throws Exception {
        String clerk = username(Role.BILLING_CLERK, other);
        long before = rowsOf(clerk);
        // another facility's claims: 403
        assertThat(export(SignedInUsers.as(Role.BILLING_CLERK, other), "{\"facilities\":[\""
                + visits.code(exporting) + "\"],\"from\":\"2026-11-01\",\"to\":\"2026-11-30\"}").getResponse()
                .getStatus()).isEqualTo(403);
        // a reversed period and a missing one: 400
        assertThat(export(SignedInUsers.as(Role.BILLING_CLERK, other), "{\"from\":\"2026-11-30\",\"to\":"
                + "\"2026-11-01\"}").getResponse().getStatus()).isEqualTo(400);
        assertThat(export(SignedInUsers.as(Role.BILLING_CLERK, other), "{\"from\":\"2026-11-01\"}").getResponse()
                .getStatus()).isEqualTo(400);
        assertThat(rowsOf(clerk)).isEqualTo(before);
        assertThat(viewed(clerk)).isEmpty();

        // a role that may not export: 403, nothing recorded
        String clinician = username(Role.CLINICIAN, exporting);
        assertThat(export(SignedInUsers.as(Role.CLINICIAN, exporting), "{\"from\":\"2026-11-01\",\"to\":"
                + "\"2026-11-30\"}").getResponse().getStatus()).isEqualTo(403);
        assertThat(rowsOf(clinician)).isZero();
    }
}
