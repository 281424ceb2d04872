package vn.his.web.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.ChargeItem;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.ClaimResponse;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Coverage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.gclient.ReferenceClientParam;

import vn.his.web.testsupport.HttpTester;
import vn.his.web.testsupport.WebFixtures;
import vn.his.web.testsupport.WebTest;

/**
 * Reads go to the audit trail (issue 5): each FHIR read and search of Coverage (a VIEW of the patient), Condition,
 * ChargeItem, Claim and ClaimResponse (a VIEW of the encounter), the claims and submissions API and the insurance
 * officer's claim screen leave one row per record shown, with the user, the channel and the record's id; a refused
 * read leaves none. Rows are counted per user and record before and after each call, never globally.
 */
@WebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadAuditDbTest {

    @LocalServerPort
    int port;
    @Autowired
    WebFixtures fixtures;
    @Autowired
    FhirScenario scenario;
    @Autowired
    JdbcTemplate jdbc;

    FhirScenario.SettledClaim settled;
    long encounterId;
    long patientId;
    HttpTester http;

    @BeforeAll
    void settle() {
        fixtures.world();
        settled = scenario.settledClaim("Phan Thị Đọc");
        encounterId = settled.claim().encounterId();
        patientId = jdbc.queryForObject("SELECT patient_id FROM encounter WHERE id = ?", Long.class, encounterId);
        http = new HttpTester(port);
    }

    long views(String user, String resource, long id, String channel) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE username = ? AND resource_type = ? AND "
                + "resource_id = ? AND channel = ? AND action = 'VIEW'", Long.class, user, resource, id, channel);
    }

    /** Runs {@code read} and asserts it added exactly {@code added} VIEW rows of the record for the user. */
    void assertAudited(String user, String resource, long id, String channel, long added, Runnable read) {
        long before = views(user, resource, id, channel);
        read.run();
        assertThat(views(user, resource, id, channel)).as(resource + " " + id + " " + channel).isEqualTo(before + added);
    }

    @Test
    void fhirReadsAndSearchesOfCoverageConditionAndChargeItemAreAudited() {
        IGenericClient clerk = FhirScenario.client(port, settled.clerk());
        String user = settled.clerk();
        long[] coverageId = new long[1];
        assertAudited(user, "PATIENT", patientId, "FHIR", 1, () -> {
            Bundle b = clerk.search().forResource(Coverage.class)
                    .where(new ReferenceClientParam(Coverage.SP_BENEFICIARY).hasId("Patient/" + patientId))
                    .returnBundle(Bundle.class).execute();
            assertThat(b.getEntry()).isNotEmpty();
            coverageId[0] = b.getEntryFirstRep().getResource().getIdElement().getIdPartAsLong();
        });
        assertAudited(user, "PATIENT", patientId, "FHIR", 1, () -> assertThat(clerk.read().resource(Coverage.class)
                .withId(coverageId[0]).execute().getBeneficiary().getReference()).endsWith("/" + patientId));

        assertAudited(user, "ENCOUNTER", encounterId, "FHIR", 1, () -> assertThat(clerk.search()
                .forResource(Condition.class).where(new ReferenceClientParam(Condition.SP_ENCOUNTER)
                        .hasId("Encounter/" + encounterId)).returnBundle(Bundle.class).execute().getEntry())
                .isNotEmpty());
        assertAudited(user, "ENCOUNTER", encounterId, "FHIR", 1, () -> clerk.read().resource(Condition.class)
                .withId(encounterId + "-1").execute());
        assertAudited(user, "ENCOUNTER", encounterId, "FHIR", 1, () -> assertThat(clerk.search()
                .forResource(ChargeItem.class).where(new ReferenceClientParam(ChargeItem.SP_CONTEXT)
                        .hasId("Encounter/" + encounterId)).returnBundle(Bundle.class).execute().getEntry())
                .isNotEmpty());
        assertAudited(user, "ENCOUNTER", encounterId, "FHIR", 1, () -> clerk.read().resource(ChargeItem.class)
                .withId(encounterId + "-1").execute());
        assertAudited(user, "ENCOUNTER", encounterId, "FHIR", 1, () -> clerk.read().resource(Claim.class)
                .withId(settled.claim().id()).execute());
        assertAudited(user, "ENCOUNTER", encounterId, "FHIR", 1, () -> assertThat(clerk.search()
                .forResource(ClaimResponse.class).where(new ReferenceClientParam(ClaimResponse.SP_REQUEST)
                        .hasId("Claim/" + settled.claim().id())).returnBundle(Bundle.class).execute().getEntry())
                .hasSize(1));
    }

    @Test
    void theClaimsAndSubmissionsApiRecordTheEncounterTheyShow() {
        String user = settled.clerk();
        assertAudited(user, "ENCOUNTER", encounterId, "API", 1, () -> assertThat(http.get(user,
                "/api/v1/claims/" + settled.maLk() + "/versions").status()).isEqualTo(200));
        assertAudited(user, "ENCOUNTER", encounterId, "API", 1, () -> assertThat(http.get(user,
                "/api/v1/claims/worklist?status=" + settled.claim().status().name() + "&facility="
                + settled.claim().facilityCode() + "&size=200").body())
                .contains(settled.maLk()));
        assertAudited(user, "ENCOUNTER", encounterId, "API", 1, () -> assertThat(http.get(user,
                "/api/v1/submissions/" + settled.claim().submissionId()).status()).isEqualTo(200));
        assertAudited(user, "ENCOUNTER", encounterId, "API", 1, () -> assertThat(http.get(user,
                "/api/v1/submissions?maLk=" + settled.maLk()).body()).contains(settled.maLk()));
    }

    @Test
    void theOfficersClaimScreenAndClaimListRecordTheEncounter() {
        assertAudited("officer-40", "ENCOUNTER", encounterId, "SCREEN", 1, () -> {
            HttpTester.Reply r = http.page("officer-40", "/officer/claims/" + settled.maLk());
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.body()).contains(settled.maLk());
        });        assertAudited("officer-40", "ENCOUNTER", encounterId, "SCREEN", 1, () -> {
            HttpTester.Reply r = http.page("officer-40", "/officer/claims?facility=" + settled.claim().facilityCode()
                    + "&from=01/11/2026&to=30/11/2026");
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.body()).contains(settled.maLk());
        });
    }

    @Test
    void aRefusedReadLeavesNoRow() {
        // clerk-a works at another facility: 403 on the API, 403 on FHIR, and nothing in the audit trail
        for (String channel : List.of("API", "FHIR")) {
            assertAudited("clerk-a", "ENCOUNTER", encounterId, channel, 0, () -> {
                if (channel.equals("API")) {
                    assertThat(http.get("clerk-a", "/api/v1/claims/" + settled.maLk() + "/versions").status())
                            .isEqualTo(403);
                    assertThat(http.get("clerk-a", "/api/v1/submissions/" + settled.claim().submissionId())
                            .status()).isEqualTo(403);
                } else {
                    assertThat(http.get("clerk-a", "/fhir/Condition?encounter=Encounter/" + encounterId).status())
                            .isEqualTo(403);
                    assertThat(http.get("clerk-a", "/fhir/ChargeItem/" + encounterId + "-1").status())
                            .isEqualTo(403);
                }
            });
        }
    }
}
