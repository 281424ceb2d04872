package vn.his.web.reception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.his.web.testsupport.WebFixtures;
import vn.his.web.testsupport.WebTest;

/**
 * The reception screens in the audit trail (channel SCREEN): a registration is a CREATE of the patient, the search a
 * VIEW of each patient found, opening an encounter a CREATE, a line or a diagnosis an UPDATE of it; a refused form
 * (another facility: 403; a rule: the message on the page) writes no row.
 */
@WebTest
@AutoConfigureMockMvc
class ReceptionAuditDbTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    WebFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    WebFixtures.World w;

    @BeforeEach
    void setUp() {
        w = fixtures.world();
    }

    long rows(String type, long id, String user, String action) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE resource_type = ? AND resource_id = ?"
                + " AND username = ? AND action = ? AND channel = 'SCREEN'", Long.class, type, id, user, action);
    }

    MockHttpServletResponse submit(String user, String path, String... fields) throws Exception {
        return posted(user, path, fields).getResponse();
    }

    MvcResult posted(String user, String path, String... fields) throws Exception {
        MockHttpServletRequestBuilder req = post(path).with(httpBasic(user, WebFixtures.PASSWORD)).with(csrf());
        for (int i = 0; i < fields.length; i += 2) {
            req.param(fields[i], fields[i + 1]);
        }
        return mvc.perform(req).andReturn();
    }

    static long idAfter(MockHttpServletResponse r, String prefix) {
        assertThat(r.getStatus()).isEqualTo(302);
        assertThat(r.getRedirectedUrl()).startsWith(prefix);
        return Long.parseLong(r.getRedirectedUrl().substring(prefix.length()));
    }

    /** A name no other test registers (letters only, as names are checked). */
    static String uniqueName() {
        StringBuilder s = new StringBuilder("Màn Hình Kiểm ");
        ThreadLocalRandom r = ThreadLocalRandom.current();
        for (int i = 0; i < 8; i++) {
            s.append((char) ('A' + r.nextInt(26)));
        }
        return s.toString();
    }

    @Test
    void registeringAndFindingAPatientAreAuditedOnTheScreenChannel() throws Exception {
        String name = uniqueName();
        MockHttpServletResponse registered = submit("clinician-a", "/reception/register", "fullName", name,
                "birthDate", "12/03/1981", "gender", "MALE", "address", "Xóm 2, xã Nghi Phong", "provinceCode", "40",
                "communeCode", "17605");
        long patientId = idAfter(registered, "/reception/patients/");
        assertThat(rows("PATIENT", patientId, "clinician-a", "CREATE")).isEqualTo(1);
        var row = jdbc.queryForMap("SELECT * FROM audit_event WHERE resource_type = 'PATIENT' AND resource_id = ?"
                + " AND action = 'CREATE'", patientId);
        assertThat(row.get("REQUEST_PATH").toString()).isEqualTo("/reception/register");
        assertThat(row.get("ROLE").toString()).isEqualTo("CLINICIAN");

        assertThat(mvc.perform(get("/reception").param("name", name).param("birthDate", "12/03/1981")
                .with(httpBasic("staff-a", WebFixtures.PASSWORD))).andReturn().getResponse().getContentAsString(
                java.nio.charset.StandardCharsets.UTF_8)).contains(name);
        assertThat(rows("PATIENT", patientId, "staff-a", "VIEW")).isEqualTo(1);

        // a form the rules refuse (no name) re-shows the form and writes nothing
        long creates = jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'CREATE'"
                + " AND resource_type = 'PATIENT' AND username = 'clinician-a'", Long.class);
        MockHttpServletResponse refused = submit("clinician-a", "/reception/register", "fullName", "",
                "birthDate", "12/03/1981", "gender", "MALE", "provinceCode", "40", "communeCode", "17605");
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("class=\"error\"");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'CREATE'"
                + " AND resource_type = 'PATIENT' AND username = 'clinician-a'", Long.class)).isEqualTo(creates);
    }

    @Test
    void aLikelyDuplicateIsShownWithALinkAndNotRegisteredUntilConfirmed() throws Exception {
        String name = uniqueName();
        long firstId = idAfter(submit("clerk-a", "/reception/register", "fullName", name, "birthDate", "05/06/1977",
                "gender", "FEMALE", "address", "Xóm 1, xã Nghi Phong", "provinceCode", "40", "communeCode", "17605"),
                "/reception/patients/");
        String patientCount = "SELECT COUNT(*) FROM patient WHERE full_name = ?";
        assertThat(jdbc.queryForObject(patientCount, Long.class, name)).isEqualTo(1);

        String[] again = {"fullName", name, "birthDate", "05/06/1977", "gender", "FEMALE",
                "address", "Khối 4, phường Hưng Dũng", "provinceCode", "40", "communeCode", "17605"};
        MockHttpServletResponse warned = submit("clerk-a", "/reception/register", again);
        assertThat(warned.getStatus()).isEqualTo(200);
        String page = warned.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("Đã có 1 hồ sơ có thể là cùng người bệnh này")
                .contains("id=\"duplicates\"")
                .contains("href=\"/reception/patients/" + firstId + "\"")
                .contains("cùng họ tên và ngày sinh")
                .contains("Tôi đã kiểm tra: đây là một người khác")
                .doesNotContain("confirmDuplicates=true");
        // the form keeps what was typed, so confirming is one tick away
        assertThat(page).contains("value=\"Khối 4, phường Hưng Dũng\"");
        assertThat(jdbc.queryForObject(patientCount, Long.class, name)).isEqualTo(1);

        String[] confirmed = java.util.Arrays.copyOf(again, again.length + 2);
        confirmed[again.length] = "confirmDuplicates";
        confirmed[again.length + 1] = "true";
        long secondId = idAfter(submit("clerk-a", "/reception/register", confirmed), "/reception/patients/");
        assertThat(secondId).isNotEqualTo(firstId);
        assertThat(jdbc.queryForObject(patientCount, Long.class, name)).isEqualTo(2);
        assertThat(rows("PATIENT", secondId, "clerk-a", "CREATE")).isEqualTo(1);
    }

    @Test
    void openingAnEncounterAndChangingItAreAuditedAndRefusalsAreNot() throws Exception {
        MockHttpServletResponse opened = submit("clinician-a", "/reception/patients/" + w.patientId() + "/encounters",
                "cardIds", w.cardId().toString(), "encounterType", "01", "visitReason", "Ho, sốt nhẹ",
                "departmentCode", "K01");
        long id = idAfter(opened, "/reception/encounters/");
        assertThat(rows("ENCOUNTER", id, "clinician-a", "CREATE")).isEqualTo(1);

        MockHttpServletResponse line = submit("clinician-a", "/reception/encounters/" + id + "/lines",
                "itemCode", "02.1896", "quantity", "1", "orderingCchn", w.a().cchn());
        assertThat(line.getStatus()).isEqualTo(302);
        assertThat(line.getRedirectedUrl()).isEqualTo("/reception/encounters/" + id);
        assertThat(rows("ENCOUNTER", id, "clinician-a", "UPDATE")).isEqualTo(1);

        // refused by a rule: an ICD-10 code that does not exist (the message is flashed to the page), no row
        MvcResult unknownCode = posted("clinician-a", "/reception/encounters/" + id + "/diagnosis",
                "diagnosisOut", "Viêm họng", "mainIcd10", "ZZZ.99");
        assertThat(unknownCode.getResponse().getStatus()).isEqualTo(302);
        assertThat(unknownCode.getFlashMap().get("error")).asString().contains("ZZZ.99");
        assertThat(rows("ENCOUNTER", id, "clinician-a", "UPDATE")).isEqualTo(1);
        // refused by the facility scope: 403, no row
        assertThat(submit("clerk-b", "/reception/encounters/" + id + "/lines", "itemCode", "02.1896", "quantity", "1",
                "orderingCchn", w.a().cchn()).getStatus()).isEqualTo(403);
        assertThat(rows("ENCOUNTER", id, "clerk-b", "UPDATE")).isZero();

        MockHttpServletResponse diagnosis = submit("clinician-a", "/reception/encounters/" + id + "/diagnosis",
                "diagnosisOut", "Viêm họng cấp", "mainIcd10", "J02.9");
        assertThat(diagnosis.getStatus()).isEqualTo(302);
        assertThat(rows("ENCOUNTER", id, "clinician-a", "UPDATE")).isEqualTo(2);
        MockHttpServletResponse removed = submit("clinician-a", "/reception/encounters/" + id + "/lines/1/delete");
        assertThat(removed.getStatus()).isEqualTo(302);
        assertThat(rows("ENCOUNTER", id, "clinician-a", "UPDATE")).isEqualTo(3);
    }
}
