package vn.his.web.reception.cardcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import vn.his.core.testsupport.DatabaseTest;
import vn.his.export.delivery.GatewayAccountStore;
import vn.his.export.gateway.CardInfo;
import vn.his.export.gateway.simulator.GatewaySimulator;
import vn.his.export.gateway.simulator.ReceivedRequest;
import vn.his.export.gateway.simulator.SimulatedCard;
import vn.his.web.delivery.DemoGatewayStartup;
import vn.his.web.security.DemoUsers;

/**
 * "Kiểm tra thẻ trên cổng BHXH" from the reception screens, in the demo (same context as the demo application test,
 * the only one whose gateway settings point at a running simulator: the demo's GatewaySimulator on loopback, with a
 * stored, encrypted gateway account per demo facility). A commune station's staff member checks a patient's card:
 * 000 with the returned validity shown next to the recorded one and the difference flagged, in Vietnamese and in
 * English; a card the gateway reports expired (010) with its Vietnamese explanation; the gateway down (simulator
 * stopped) gives a clear message and no 500; on an encounter of the user's facility the encounter's card is checked;
 * a card check on another facility's encounter, or by an insurance officer, is 403.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "his.demo.load=true")
class CardCheckDemoDbTest {

    static final String OPERATOR_CCCD = "040090001234";
    static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DemoGatewayStartup startup;
    @Autowired
    GatewayAccountStore accounts;

    record Card(long patientId, long cardId, String cardNumber, String fullName, String birth, LocalDate validFrom,
                LocalDate validTo, String registeredFacility) {
    }

    /** A card of a demo patient with a full date of birth, the {@code n}-th by card id. */
    Card card(int n) {
        return jdbc.queryForObject("SELECT p.id, c.id, c.card_number, p.full_name, p.birth_day, p.birth_month, "
                + "p.birth_year, c.valid_from, c.valid_to, c.registered_facility FROM insurance_card c "
                + "JOIN patient p ON p.id = c.patient_id WHERE p.birth_day IS NOT NULL AND c.valid_to IS NOT NULL ORDER BY c.id "
                + "LIMIT 1 OFFSET " + n, (rs, i) -> new Card(rs.getLong(1), rs.getLong(2), rs.getString(3),
                rs.getString(4), String.format("%02d/%02d/%04d", rs.getInt(5), rs.getInt(6), rs.getInt(7)),
                rs.getDate(8).toLocalDate(), rs.getDate(9) == null ? null : rs.getDate(9).toLocalDate(),
                rs.getString(10)));
    }

    static CardInfo returned(Card c, String validTo) {
        return new CardInfo(c.cardNumber(), c.fullName(), c.birth(), "2", "Nghệ An", c.registeredFacility(), "40",
                c.validFrom().format(DMY), validTo, null, "01/01/2020", null, null, null, null, null, null, null);
    }

    @Test
    void aCommuneStationChecksCardsOnTheGateway() throws Exception {
        GatewaySimulator simulator = startup.simulator();
        assertThat(simulator).isNotNull();
        Browser staff = new Browser("tramyte");

        // 000: the card is correct, but the gateway has a later end of validity than the one recorded
        Card valid = card(0);
        String laterEnd = "31/12/2099";
        simulator.cards().put(valid.cardNumber(), SimulatedCard.correct(returned(valid, laterEnd)));
        String page = staff.get("/reception/patients/" + valid.patientId());
        assertThat(page).contains("id=\"card-check-form\"", "Kiểm tra thẻ trên cổng BHXH",
                "hx-post=\"/reception/patients/" + valid.patientId() + "/card-check\"", "hx-indicator=\"#progress\"");
        HttpResponse<String> ok = staff.post("/reception/patients/" + valid.patientId() + "/card-check",
                Map.of("cardId", String.valueOf(valid.cardId()), "operatorCccd", OPERATOR_CCCD));
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        assertThat(ok.body()).contains("data-code=\"000\"", "000: Thẻ đúng.", laterEnd,
                "Thông tin thẻ trên cổng BHXH khác với thông tin đã ghi nhận");
        assertThat(row(ok.body(), "cardCheck.field.validTo")).contains("differs", laterEnd,
                valid.validTo() == null ? "" : valid.validTo().format(DMY));
        assertThat(row(ok.body(), "cardCheck.field.validFrom")).doesNotContain("differs")
                .contains(valid.validFrom().format(DMY));
        assertThat(row(ok.body(), "cardCheck.field.fiveYears")).contains("01/01/2020");
        assertThat(row(ok.body(), "cardCheck.field.registeredFacility")).doesNotContain("differs")
                .contains(valid.registeredFacility());
        // the simulator answered a card check (with the operator name and citizen ID, or it would have said 054/055)
        assertThat(cardChecks(simulator)).isPositive();
        // the citizen ID typed is remembered for the next check of the session
        assertThat(staff.get("/reception/patients/" + valid.patientId())).contains("value=\"" + OPERATOR_CCCD + "\"");

        // the same in English
        HttpResponse<String> english = staff.post("/reception/patients/" + valid.patientId() + "/card-check?lang=en",
                Map.of("cardId", String.valueOf(valid.cardId()), "operatorCccd", OPERATOR_CCCD));
        assertThat(english.body()).contains("000: Card is correct.", "Valid to", "Returned by the BHXH gateway");
        staff.get("/reception?lang=vi");

        // 010: the gateway reports the card expired, explained in Vietnamese
        Card expired = card(1);
        for (int n = 2; expired.cardNumber().equals(valid.cardNumber()); n++) {
            expired = card(n);
        }
        simulator.cards().put(expired.cardNumber(), new SimulatedCard("010", "01", "Thẻ hết hạn sử dụng",
                returned(expired, "31/12/2020")));
        HttpResponse<String> refused = staff.post("/reception/patients/" + expired.patientId() + "/card-check",
                Map.of("cardId", String.valueOf(expired.cardId()), "operatorCccd", OPERATOR_CCCD));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("data-code=\"010\"", "010: Thẻ hết giá trị sử dụng.", "01: Thẻ hết hạn.")
                .doesNotContain("data-code=\"000\"");

        // an operator citizen ID that is not 12 digits is refused before the gateway is called
        long calls = cardChecks(simulator);
        HttpResponse<String> noCccd = staff.post("/reception/patients/" + valid.patientId() + "/card-check",
                Map.of("cardId", String.valueOf(valid.cardId()), "operatorCccd", "12345"));
        assertThat(noCccd.body()).contains("Số CCCD của cán bộ tra cứu phải gồm 12 chữ số");
        assertThat(cardChecks(simulator)).isEqualTo(calls);

        // the gateway is down: a clear message, no 500, and no password or its hash in the page
        String facility = jdbc.queryForObject("SELECT c.code FROM web_user u JOIN facility_code c "
                + "ON c.facility_id = u.facility_id WHERE u.username = 'tramyte' ORDER BY c.valid_from DESC LIMIT 1",
                String.class);
        var account = accounts.find(facility).orElseThrow();
        simulator.stop();
        try {
            HttpResponse<String> down = staff.post("/reception/patients/" + valid.patientId() + "/card-check",
                    Map.of("cardId", String.valueOf(valid.cardId()), "operatorCccd", OPERATOR_CCCD));
            assertThat(down.statusCode()).isEqualTo(200);
            assertThat(down.body()).contains("id=\"card-check-problem\"",
                    "Chưa kiểm tra được thẻ trên cổng BHXH — Không kết nối được cổng BHXH")
                    .doesNotContain("data-code=", account.password(), account.passwordHash());
        } finally {
            simulator.start();
        }
    }

    @Test
    void anotherFacilitysEncounterAndAnInsuranceOfficerAreRefused() throws Exception {
        Card c = card(2);
        long encounterOfAnotherFacility = jdbc.queryForObject("SELECT MIN(e.id) FROM encounter e "
                + "JOIN encounter_card ec ON ec.encounter_id = e.id WHERE e.facility_id <> "
                + "(SELECT facility_id FROM web_user WHERE username = 'tramyte')", Long.class);
        Browser staff = new Browser("tramyte");
        // an encounter of the user's own facility is checked with its card (not in the simulator's table: 050)
        long ownEncounter = jdbc.queryForObject("SELECT MIN(e.id) FROM encounter e "
                + "JOIN encounter_card ec ON ec.encounter_id = e.id WHERE e.facility_id = "
                + "(SELECT facility_id FROM web_user WHERE username = 'tramyte')", Long.class);
        String ownCard = jdbc.queryForObject("SELECT card_number FROM encounter_card WHERE encounter_id = ? "
                + "ORDER BY seq LIMIT 1", String.class, ownEncounter);
        startup.simulator().cards().clear();
        HttpResponse<String> own = staff.post("/reception/encounters/" + ownEncounter + "/card-check",
                Map.of("operatorCccd", OPERATOR_CCCD));
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
        assertThat(own.body()).contains("data-code=\"050\"", ownCard, "050: Không có thông tin thẻ");
        assertThat(staff.get("/reception/encounters/" + ownEncounter)).contains("id=\"card-check-form\"",
                "hx-post=\"/reception/encounters/" + ownEncounter + "/card-check\"");

        HttpResponse<String> foreign = staff.post("/reception/encounters/" + encounterOfAnotherFacility + "/card-check",
                Map.of("operatorCccd", OPERATOR_CCCD));
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.body()).doesNotContain("card-check-code");

        Browser officer = new Browser("giamdinh");
        HttpResponse<String> notRecording = officer.post("/reception/patients/" + c.patientId() + "/card-check",
                Map.of("cardId", String.valueOf(c.cardId()), "operatorCccd", OPERATOR_CCCD));
        assertThat(notRecording.statusCode()).isEqualTo(403);
    }

    /** Card checks the simulator received (the demo's outbox sends check-ins and dossiers meanwhile). */
    static long cardChecks(GatewaySimulator simulator) {
        return simulator.requests().stream().filter(r -> r.kind() == ReceivedRequest.Kind.CARD_CHECK).count();
    }

    /** The table row of one field in a card-check answer. */
    static String row(String html, String field) {
        Matcher m = Pattern.compile("<tr[^>]*data-field=\"" + Pattern.quote(field) + "\"[^>]*>.*?</tr>", Pattern.DOTALL)
                .matcher(html);
        assertThat(m.find()).as(field + " in " + html).isTrue();
        String open = html.substring(m.start(), html.indexOf('>', m.start()) + 1);
        return open + m.group().substring(open.length());
    }

    /** A signed-in user of the screens: session cookie and the CSRF token of the last page. */
    final class Browser {
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String csrf;

        Browser(String user) throws Exception {
            get("/login");
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", user,
                            "password", DemoUsers.PASSWORD, "_csrf", csrf)))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(302);
            assertThat(r.headers().firstValue("Location").orElse("")).doesNotContain("error");
            get("/reception");
        }

        URI uri(String path) {
            return URI.create("http://127.0.0.1:" + port + path);
        }

        String get(String path) throws Exception {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri(path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            Matcher token = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(r.body());
            if (token.find()) {
                csrf = token.group(1);
            }
            return r.body();
        }

        HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
            Map<String, String> all = new java.util.LinkedHashMap<>(fields);
            all.put("_csrf", csrf);
            return http.send(HttpRequest.newBuilder(uri(path))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("HX-Request", "true")
                    .POST(HttpRequest.BodyPublishers.ofString(form(all))).build(), HttpResponse.BodyHandlers.ofString());
        }

        String form(Map<String, String> fields) {
            StringBuilder body = new StringBuilder();
            fields.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(k).append('=')
                    .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
            return body.toString();
        }
    }
}
