package vn.his.web.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.his.web.testsupport.HttpTester;
import vn.his.web.testsupport.HttpTester.Reply;
import vn.his.web.testsupport.WebFixtures;
import vn.his.web.testsupport.WebTest;

/** The clerk's pages read as a browser would (HTTP Basic): Vietnamese by default, English on request, scoped. */
@WebTest
class SettlementScreenDbTest {

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

    @Test
    void theWorklistAndTheBillAreInVietnameseWithMoneyFormatted() {
        long id = new FinishedVisits(http, w).finished("clinician-a", w.a());
        Reply list = http.page("clerk-a", "/settlement");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("Chờ quyết toán", "/settlement/" + id);
        Reply bill = http.page("clerk-a", "/settlement/" + id);
        assertThat(bill.status()).isEqualTo(200);
        assertThat(bill.body()).contains("Thành tiền BV", "34.500 ₫", "Ra viện chưa thanh toán", "settle-form")
                .doesNotContain("payment-form", "correction-form");
        Reply english = http.send("clerk-a", "GET", "/settlement/" + id + "?lang=en", null, null, "en",
                "text/html");
        assertThat(english.body()).contains("Hospital amount", "34,500 ₫", "Discharged unpaid");
        Reply home = http.page("clerk-a", "/");
        assertThat(home.body()).contains("href=\"/settlement\"");
        assertThat(http.page("clinician-a", "/").body()).doesNotContain("href=\"/settlement\"");
    }

    @Test
    void anotherFacilitysBillIsForbiddenAndAnUnknownOneNotFound() {
        long id = new FinishedVisits(http, w).finished("clinician-a", w.a());
        Reply other = http.page("clerk-b", "/settlement/" + id);
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.body()).doesNotContain("Khám Nội");
        assertThat(http.page("clinician-a", "/settlement").status()).isEqualTo(403);
        assertThat(http.page("clerk-a", "/settlement/987654321").status()).isEqualTo(404);
        // a read-only officer sees the bill without the forms
        Reply officer = http.page("officer-40", "/settlement/" + id);
        assertThat(officer.status()).isEqualTo(200);
        assertThat(officer.body()).doesNotContain("settle-form");
    }
}
