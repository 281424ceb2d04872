package vn.his.web.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;

import vn.his.web.testsupport.HttpTester;
import vn.his.web.testsupport.HttpTester.Reply;
import vn.his.web.testsupport.WebFixtures;

/**
 * Finished encounters for the settlement tests, recorded through the encounter API by a user of the facility: the
 * world's patient and card, one examination line, J02.9, discharged an hour after an arrival three hours ago
 * (whole seconds, so a payment "now" lies between arrival and now).
 */
final class FinishedVisits {

    private final HttpTester http;
    private final WebFixtures.World w;

    FinishedVisits(HttpTester http, WebFixtures.World w) {
        this.http = http;
        this.w = w;
    }

    /** A finished encounter at {@code site}, recorded by {@code user} (who works there); returns its id. */
    long finished(String user, WebFixtures.Site site) {
        LocalDateTime arrival = LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusHours(3).withNano(0);
        Reply open = http.send(user, "POST", "/api/v1/encounters", "{\"patientId\":" + w.patientId()
                + ",\"cardIds\":[" + w.cardId() + "],\"encounterType\":\"01\",\"arrivalTime\":\"" + arrival
                + "\",\"visitReason\":\"Sốt, đau họng\",\"departmentCode\":\"K01\",\"facilityId\":" + site.facilityId()
                + "}");
        assertThat(open.status()).as(open.body()).isEqualTo(201);
        long id = open.json().get("id").asLong();
        Reply line = http.send(user, "POST", "/api/v1/encounters/" + id + "/lines", "{\"itemCode\":\"02.1896\","
                + "\"quantity\":1,\"orderingCchn\":\"" + site.cchn() + "\",\"orderTime\":\"" + arrival.plusMinutes(10)
                + "\"}");
        assertThat(line.status()).as(line.body()).isEqualTo(201);
        Reply dx = http.send(user, "PUT", "/api/v1/encounters/" + id + "/diagnosis",
                "{\"diagnosisIn\":\"Viêm họng\",\"diagnosisOut\":\"Viêm họng cấp\",\"mainIcd10\":\"J02.9\"}");
        assertThat(dx.status()).as(dx.body()).isEqualTo(200);
        Reply finish = http.send(user, "POST", "/api/v1/encounters/" + id + "/finish",
                "{\"treatmentResult\":1,\"dischargeType\":1,\"dischargeTime\":\"" + arrival.plusHours(1) + "\"}");
        assertThat(finish.status()).as(finish.body()).isEqualTo(200);
        return id;
    }
}
