package vn.his.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import vn.his.web.testsupport.HttpTester;
import vn.his.web.testsupport.HttpTester.Reply;
import vn.his.web.testsupport.WebFixtures;
import vn.his.web.testsupport.WebTest;

/** /api/v1/encounters/{id}/referral, /appointment, /record-summary: the discharge papers of XML13, XML14, XML8. */
@WebTest
class EncounterPapersApiDbTest {

    @LocalServerPort
    int port;

    @Autowired
    WebFixtures fixtures;

    HttpTester http;
    WebFixtures.World w;

    @BeforeEach
    void setUp() {
        http = new HttpTester(port);
        w = fixtures.world();
    }

    long finished(String type, int dischargeType, String referredTo) {
        String body = "{\"patientId\":" + w.patientId() + ",\"cardIds\":[" + w.cardId() + "],\"encounterType\":\""
                + type + "\",\"visitReason\":\"Sốt cao\",\"departmentCode\":\"K01\"}";
        Reply opened = http.send("clinician-a", "POST", "/api/v1/encounters", body);
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        long id = opened.json().get("id").asLong();
        Reply dx = http.send("clinician-a", "PUT", "/api/v1/encounters/" + id + "/diagnosis",
                "{\"diagnosisIn\":\"Sốt\",\"diagnosisOut\":\"Viêm họng cấp\",\"mainIcd10\":\"J02.9\"}");
        assertThat(dx.status()).as(dx.body()).isEqualTo(200);
        Reply done = http.send("clinician-a", "POST", "/api/v1/encounters/" + id + "/finish",
                "{\"treatmentResult\":2,\"dischargeType\":" + dischargeType + ",\"treatmentMethod\":\"Kháng sinh\""
                        + (referredTo == null ? "" : ",\"referredTo\":\"" + referredTo + "\"") + "}");
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        return id;
    }

    String referral(int reason, String doctors) {
        return "{\"dossierNo\":\"HS-01\",\"bookNo\":\"7\",\"letterNo\":\"CT-2026-007\",\"clinicalSigns\":\"Sốt 39 độ\","
                + "\"pathology\":\"Sốt 3 ngày không đỡ\",\"conditionAtTransfer\":\"Tỉnh táo\",\"reasonCode\":" + reason
                + ",\"treatmentDirection\":\"Điều trị chuyên khoa\",\"transport\":\"Xe cứu thương\","
                + "\"doctorIds\":\"" + doctors + "\"}";
    }

    @Test
    void aTransferGetsItsReferralLetterAndABadOneIsAProblem() {
        long id = finished("01", 2, "40999");
        String url = "/api/v1/encounters/" + id + "/referral";

        Reply missing = http.send("clinician-a", "POST", url, "{\"dossierNo\":\"HS-01\",\"reasonCode\":4}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.body()).contains("letterNo").contains("reasonCode").contains("doctorIds");

        Reply otherDoctor = http.send("clinician-a", "POST", url, referral(2, w.b().cchn()));
        assertThat(otherDoctor.status()).isEqualTo(400);
        assertThat(otherDoctor.json().get("errors").get(0).get("field").asString()).isEqualTo("doctorIds");

        Reply unfit = http.send("clinician-a", "POST", url, referral(3, w.a().cchn()));
        assertThat(unfit.status()).isEqualTo(422);
        assertThat(unfit.contentType()).startsWith("application/problem+json");
        assertThat(unfit.json().get("code").asString()).isEqualTo("encounter.referral.reasonDoesNotFit");

        Reply officer = http.send("officer-40", "POST", url, referral(2, w.a().cchn()));
        assertThat(officer.status()).isEqualTo(403);

        Reply ok = http.send("clinician-a", "POST", url, referral(2, w.a().cchn()));
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        assertThat(ok.json().get("referral").get("letterNo").asString()).isEqualTo("CT-2026-007");
        assertThat(ok.json().get("referral").get("reasonCode").asInt()).isEqualTo(2);

        Reply notTransfer = http.send("clinician-a", "POST",
                "/api/v1/encounters/" + finished("01", 1, null) + "/referral", referral(2, w.a().cchn()));
        assertThat(notTransfer.status()).isEqualTo(422);
        assertThat(notTransfer.json().get("code").asString()).isEqualTo("encounter.referral.notTransfer");
    }

    @Test
    void aFinishedVisitGetsAnAppointmentNotBeforeDischarge() {
        long id = finished("01", 1, null);
        String url = "/api/v1/encounters/" + id + "/appointment";
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).truncatedTo(ChronoUnit.MINUTES);

        Reply noTime = http.send("clinician-a", "POST", url, "{\"paperNo\":\"HK-1\",\"doctorIds\":\"" + w.a().cchn() + "\"}");
        assertThat(noTime.status()).isEqualTo(400);
        assertThat(noTime.json().get("errors").get(0).get("field").asString()).isEqualTo("appointmentTime");

        Reply before = http.send("clinician-a", "POST", url, "{\"paperNo\":\"HK-1\",\"appointmentTime\":\""
                + now.minusDays(3) + "\",\"doctorIds\":\"" + w.a().cchn() + "\"}");
        assertThat(before.status()).isEqualTo(422);
        assertThat(before.json().get("code").asString()).isEqualTo("encounter.revisit.beforeDischarge");

        LocalDateTime at = now.plusDays(14).withHour(8).withMinute(0);
        Reply ok = http.send("clinician-a", "POST", url, "{\"paperNo\":\"HK-1\",\"appointmentTime\":\"" + at
                + "\",\"doctorIds\":\"" + w.a().cchn() + "\"}");
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        assertThat(ok.json().get("appointment").get("paperNo").asString()).isEqualTo("HK-1");
        assertThat(LocalDate.parse(ok.json().get("appointment").get("issuedOn").asString()))
                .isEqualTo(now.toLocalDate());
    }

    @Test
    void aStayGetsItsRecordSummaryAndAVisitDoesNot() {
        String body = "{\"pathology\":\"Sốt cao 3 ngày\",\"resultsSummary\":\"Bạch cầu 15 G/L\","
                + "\"treatmentMethod\":\"Kháng sinh tĩnh mạch\",\"motherName\":\"Trần Thị Mẹ\"}";
        Reply visit = http.send("clinician-a", "POST", "/api/v1/encounters/" + finished("01", 1, null)
                + "/record-summary", body);
        assertThat(visit.status()).isEqualTo(422);
        assertThat(visit.json().get("code").asString()).isEqualTo("encounter.summary.notForType");

        long stay = finished("03", 1, null);
        Reply blank = http.send("clinician-a", "POST", "/api/v1/encounters/" + stay + "/record-summary",
                "{\"pathology\":\" \",\"resultsSummary\":\"x\",\"treatmentMethod\":\"y\"}");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().get("errors").get(0).get("field").asString()).isEqualTo("pathology");

        Reply ok = http.send("clinician-a", "POST", "/api/v1/encounters/" + stay + "/record-summary", body);
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        assertThat(ok.json().get("recordSummary").get("motherName").asString()).isEqualTo("Trần Thị Mẹ");
        JsonNode read = http.get("clinician-a", "/api/v1/encounters/" + stay).json();
        assertThat(read.get("recordSummary").get("pathology").asString()).isEqualTo("Sốt cao 3 ngày");
        assertThat(read.get("referral").isNull()).isTrue();
    }
}
