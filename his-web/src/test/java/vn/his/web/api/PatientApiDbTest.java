package vn.his.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import vn.his.core.testsupport.CoreFixtures;
import vn.his.web.testsupport.HttpTester;
import vn.his.web.testsupport.HttpTester.Reply;
import vn.his.web.testsupport.WebFixtures;
import vn.his.web.testsupport.WebTest;

/** /api/v1/patients: search, registration with validation and duplicate warnings, cards; problem+json errors. */
@WebTest
class PatientApiDbTest {

    private static final AtomicLong CCCD = new AtomicLong(40_170_000_0000L);

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

    static Map<String, Object> person(String name, String birth, String cccd) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fullName", name);
        m.put("birthDate", birth);
        m.put("gender", "MALE");
        m.put("ethnicityCode", "01");
        m.put("nationalityCode", "000");
        m.put("occupationCode", "00000");
        m.put("address", "Xóm 3, xã Nghi Phong");
        m.put("provinceCode", "40");
        m.put("communeCode", "17605");
        m.put("citizenId", cccd);
        return m;
    }

    static String nextCccd() {
        return String.valueOf(CCCD.incrementAndGet());
    }

    @Test
    void registersWithACardAndFindsByCardCccdAndNameWithBirthDate() {
        String cccd = nextCccd();
        Map<String, Object> body = person("Đậu Văn Quang", "1985-03-09", cccd);
        String card = "DN440" + cccd.substring(2);
        body.put("card", Map.of("cardNumber", card, "validFrom", "2026-01-01", "validTo", CoreFixtures.CARD_VALID_TO.toString(),
                "registeredFacility", w.a().code()));
        Reply created = http.send("clinician-a", "POST", "/api/v1/patients", HttpTester.json(body));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode p = created.json();
        assertThat(p.get("patientCode").asString()).startsWith("40").hasSize(10);
        assertThat(p.get("birthDateDisplay").asString()).isEqualTo("09/03/1985");
        assertThat(p.get("cards").get(0).get("cardNumber").asString()).isEqualTo(card);

        JsonNode byCard = http.get("officer-38", "/api/v1/patients?cardNumber=" + card).json();
        assertThat(byCard.get("items")).hasSize(1);
        assertThat(http.get("staff-a", "/api/v1/patients?citizenId=" + cccd).json().get("items").get(0)
                .get("id").asLong()).isEqualTo(p.get("id").asLong());
        assertThat(http.get("staff-a", "/api/v1/patients?name=%C4%90%E1%BA%ADu%20v%C4%83n%20quang&birthDate=1985")
                .json().get("items")).hasSize(1);
        assertThat(http.get("staff-a", "/api/v1/patients/" + p.get("id").asLong()).status()).isEqualTo(200);

        Reply noCriteria = http.get("staff-a", "/api/v1/patients?name=X");
        assertThat(noCriteria.status()).isEqualTo(400);
        assertThat(noCriteria.json().get("errors").get(0).get("field").asString()).isEqualTo("cardNumber");
    }

    @Test
    void possibleDuplicatesStopRegistrationUntilConfirmedAndSearchWarns() {
        Map<String, Object> first = person("Hồ Thị Lan Anh", "1990-07-21", null);
        assertThat(http.send("clerk-a", "POST", "/api/v1/patients", HttpTester.json(first)).status()).isEqualTo(201);

        Map<String, Object> second = person("Hồ Thị Lan Anh", "1990-07-21", null);
        second.put("address", "Khối 5, phường Vinh Tân");
        Reply conflict = http.send("clerk-a", "POST", "/api/v1/patients", HttpTester.json(second));
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.contentType()).startsWith("application/problem+json");
        assertThat(conflict.json().get("duplicates").get(0).get("reason").asString())
                .isEqualTo("SAME_NAME_AND_BIRTH_DATE");

        second.put("confirmDuplicates", true);
        assertThat(http.send("clerk-a", "POST", "/api/v1/patients", HttpTester.json(second)).status()).isEqualTo(201);
        JsonNode found = http.get("clerk-a", "/api/v1/patients?name=H%E1%BB%93%20Th%E1%BB%8B%20Lan%20Anh&birthDate=1990-07-21")
                .json();
        assertThat(found.get("items")).hasSize(2);
        assertThat(found.get("warnings").get(0).asString()).contains("có thể đăng ký trùng");
    }

    @Test
    void theDuplicateCheckFindsBySameCccdOrNameWithBirthDateWritesNothingAndValidates() {
        String cccd = nextCccd();
        String name = "Trùng Thử " + uniqueLetters();
        Reply first = http.send("clerk-a", "POST", "/api/v1/patients", HttpTester.json(person(name, "1968-11-02", cccd)));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        long id = first.json().get("id").asLong();
        String code = first.json().get("patientCode").asString();

        // another name and birth year, the same CCCD
        Reply byCccd = http.send("clerk-a", "POST", "/api/v1/patients/duplicates",
                HttpTester.json(person("Người Khác " + uniqueLetters(), "1990", cccd)));
        assertThat(byCccd.status()).as(byCccd.body()).isEqualTo(200);
        assertThat(byCccd.json()).hasSize(1);
        assertThat(byCccd.json().get(0).get("patientId").asLong()).isEqualTo(id);
        assertThat(byCccd.json().get(0).get("patientCode").asString()).isEqualTo(code);
        assertThat(byCccd.json().get(0).get("reason").asString()).isEqualTo("SAME_CITIZEN_ID");

        // no CCCD, the same name (other case and spacing) and a birth date the registered one agrees with
        Reply byName = http.send("staff-a", "POST", "/api/v1/patients/duplicates",
                HttpTester.json(person(" " + name.toUpperCase(java.util.Locale.ROOT) + " ", "1968-11", null)));
        assertThat(byName.status()).as(byName.body()).isEqualTo(200);
        assertThat(byName.json()).hasSize(1);
        assertThat(byName.json().get(0).get("patientId").asLong()).isEqualTo(id);
        assertThat(byName.json().get(0).get("reason").asString()).isEqualTo("SAME_NAME_AND_BIRTH_DATE");
        assertThat(byName.json().get(0).get("birthDate").asString()).isEqualTo("1968-11-02");

        // the same name born on another day is not a likely duplicate, nor is a new name
        assertThat(http.send("clerk-a", "POST", "/api/v1/patients/duplicates",
                HttpTester.json(person(name, "1968-11-03", null))).json()).isEmpty();
        Reply none = http.send("clerk-a", "POST", "/api/v1/patients/duplicates",
                HttpTester.json(person("Chưa Có " + uniqueLetters(), "1968-11-02", nextCccd())));
        assertThat(none.status()).isEqualTo(200);
        assertThat(none.json().isArray()).isTrue();
        assertThat(none.json()).isEmpty();

        // the check registers nobody
        String search = "/api/v1/patients?name=" + java.net.URLEncoder.encode(name,
                java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20") + "&birthDate=1968";
        assertThat(http.get("clerk-a", search).json().get("total").asLong()).isEqualTo(1);

        Map<String, Object> missing = person("", "11/02/1968", cccd);
        missing.remove("gender");
        Reply invalid = http.send("clerk-a", "POST", "/api/v1/patients/duplicates", HttpTester.json(missing));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.contentType()).startsWith("application/problem+json");
        assertThat(invalid.json().get("errors").findValuesAsString("field"))
                .contains("fullName", "birthDate", "gender");
        Reply badJson = http.send("clerk-a", "POST", "/api/v1/patients/duplicates", "[1,", "application/json", null);
        assertThat(badJson.status()).isEqualTo(400);
        assertThat(badJson.contentType()).startsWith("application/problem+json");
        Reply badCccd = http.send("clerk-a", "POST", "/api/v1/patients/duplicates",
                HttpTester.json(person(name, "1968", "12345")));
        assertThat(badCccd.status()).isEqualTo(422);
        assertThat(badCccd.contentType()).startsWith("application/problem+json");
        assertThat(badCccd.json().get("errors").get(0).get("field").asString()).isEqualTo("citizenId");
    }

    static String uniqueLetters() {
        StringBuilder s = new StringBuilder();
        ThreadLocalRandom.current().ints(8, 'A', 'Z' + 1).forEach(c -> s.append((char) c));
        return s.toString();
    }

    @Test
    void theSearchIsPagedOldestRegistrationFirstAndRefusesBadBounds() {
        StringBuilder name = new StringBuilder("Phân Trang Thử ");
        ThreadLocalRandom.current().ints(6, 'A', 'Z' + 1).forEach(c -> name.append((char) c));
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Map<String, Object> body = person(name.toString(), "1972-02-14", null);
            body.put("confirmDuplicates", true);
            Reply created = http.send("clerk-a", "POST", "/api/v1/patients", HttpTester.json(body));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            ids.add(created.json().get("id").asLong());
        }
        String query = "/api/v1/patients?name=" + java.net.URLEncoder.encode(name.toString(), java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20") + "&birthDate=1972-02-14&size=2";
        JsonNode first = http.get("clerk-a", query + "&page=0").json();
        assertThat(first.get("page").asInt()).isZero();
        assertThat(first.get("size").asInt()).isEqualTo(2);
        assertThat(first.get("total").asLong()).isEqualTo(3);
        assertThat(first.get("items")).extracting(n -> n.get("id").asLong()).containsExactly(ids.get(0), ids.get(1));
        // the duplicate warning is about the whole result, on every page
        assertThat(first.get("warnings").get(0).asString()).contains("Có 3 hồ sơ");
        JsonNode second = http.get("clerk-a", query + "&page=1").json();
        assertThat(second.get("items")).extracting(n -> n.get("id").asLong()).containsExactly(ids.get(2));
        assertThat(second.get("total").asLong()).isEqualTo(3);
        // without page and size: the first 20
        JsonNode defaults = http.get("clerk-a", query.replace("&size=2", "")).json();
        assertThat(defaults.get("size").asInt()).isEqualTo(20);
        assertThat(defaults.get("items")).hasSize(3);

        for (String bad : List.of("&size=0", "&size=201", "&page=-1")) {
            Reply refused = http.get("clerk-a", query.replace("&size=2", "") + bad);
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("page");
        }
    }

    @Test
    void validationIs400WithFieldErrorsAndDomainRulesAre422InTheRequestedLanguage() {
        Map<String, Object> missing = person(" ", "1990", null);
        missing.remove("communeCode");
        Reply bad = http.send("clerk-a", "POST", "/api/v1/patients", HttpTester.json(missing));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.json().get("errors").findValuesAsString("field")).contains("fullName", "communeCode");

        Reply badCccd = http.send("clerk-a", "POST", "/api/v1/patients",
                HttpTester.json(person("Lê Văn Tám", "1970", "12345")));
        assertThat(badCccd.status()).isEqualTo(422);
        JsonNode p = badCccd.json();
        assertThat(p.get("code").asString()).isEqualTo("patient.citizenId.invalid");
        assertThat(p.get("detail").asString()).contains("CCCD 12 chữ số");
        assertThat(p.get("errors").get(0).get("field").asString()).isEqualTo("citizenId");

        Reply english = http.send("clerk-a", "POST", "/api/v1/patients",
                HttpTester.json(person("Lê Văn Tám", "1970", "12345")), "application/json", "en-GB,en;q=0.8");
        assertThat(english.json().get("title").asString()).isEqualTo("Business rule violated");

        Reply badJson = http.send("clerk-a", "POST", "/api/v1/patients", "{\"fullName\":", "application/json", null);
        assertThat(badJson.status()).isEqualTo(400);
        assertThat(badJson.contentType()).startsWith("application/problem+json");

        Reply future = http.send("clerk-a", "POST", "/api/v1/patients",
                HttpTester.json(person("Lê Văn Tám", "2999-01-01", null)));
        assertThat(future.status()).isEqualTo(422);
        assertThat(future.json().get("errors").get(0).get("field").asString()).isEqualTo("birthDate");
    }

    @Test
    void cardsAreAddedWithFormatChecksAndOnlyByRecordingRoles() {
        JsonNode p = http.send("clerk-a", "POST", "/api/v1/patients",
                HttpTester.json(person("Thái Văn Hải", "1962", nextCccd()))).json();
        long id = p.get("id").asLong();
        String ok = "{\"cardNumber\":\"hn240" + String.format("%010d", id + 5_000_000_000L).substring(0, 10)
                + "\",\"validFrom\":\"2026-01-01\",\"registeredFacility\":\"" + w.a().code() + "\"}";
        Reply added = http.send("clerk-a", "POST", "/api/v1/patients/" + id + "/cards", ok);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().get("cardNumber").asString()).startsWith("HN240");
        assertThat(added.json().get("benefitDigit").asInt()).isEqualTo(2);

        Reply badNumber = http.send("clerk-a", "POST", "/api/v1/patients/" + id + "/cards",
                "{\"cardNumber\":\"HN2401234\",\"validFrom\":\"2026-01-01\",\"registeredFacility\":\"40001\"}");
        assertThat(badNumber.status()).isEqualTo(422);
        assertThat(badNumber.json().get("errors").get(0).get("field").asString()).isEqualTo("cardNumber");
        assertThat(badNumber.json().get("detail").asString()).contains("15 ký tự");

        assertThat(http.send("officer-40", "POST", "/api/v1/patients/" + id + "/cards", ok).status()).isEqualTo(403);
        assertThat(http.send("clerk-a", "POST", "/api/v1/patients/999999/cards", ok).status()).isEqualTo(404);
        assertThat(http.send("officer-40", "POST", "/api/v1/patients",
                HttpTester.json(person("Cao Văn Bảy", "1950", null))).status()).isEqualTo(403);
    }
}
