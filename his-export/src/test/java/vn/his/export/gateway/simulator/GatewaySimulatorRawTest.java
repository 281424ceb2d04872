package vn.his.export.gateway.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.his.export.gateway.GatewayAccount;
import vn.his.export.gateway.support.MutableClock;
import vn.his.export.gateway.support.RawHttp;
import vn.his.export.gateway.support.TestCertificates;
import vn.his.export.gateway.support.TestDocuments;

/** The simulator answering hand-made requests: what it refuses and how, independent of the client. */
@Timeout(60)
class GatewaySimulatorRawTest {

    private static final GatewayAccount ACCOUNT = new GatewayAccount("79029_BV", "p@ss", "79", "79029");
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static KeyPair keys;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T01:00:00Z"));
    private GatewaySimulator simulator;
    private TestDocuments documents;

    @BeforeAll
    static void makeKeys() {
        keys = TestCertificates.rsaKeyPair();
    }

    @BeforeEach
    void start() {
        documents = new TestDocuments(keys, null); // KeyValue in KeyInfo
        simulator = GatewaySimulator.builder().account(ACCOUNT).clock(clock).tokenLifetime(Duration.ofMinutes(10))
                .build().start();
    }

    @AfterEach
    void stop() {
        simulator.stop();
    }

    private URI uri(String path) {
        return simulator.baseUrl().resolve(path);
    }

    private JsonNode login() {
        RawHttp.Reply reply = RawHttp.post(uri("/api/token/take"), FORM,
                "username=79029_BV&password=" + ACCOUNT.passwordHash());
        assertThat(reply.status()).isEqualTo(200);
        JsonNode json = JSON.readTree(reply.body());
        assertThat(json.get("maKetQua").asString()).isEqualTo("200");
        return json.get("APIKey");
    }

    private Map<String, String> headers(JsonNode apiKey) {
        return Map.of("accessToken", apiKey.get("access_token").asString(),
                "tokenId", apiKey.get("id_token").asString(),
                "passwordHash", ACCOUNT.passwordHash());
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private Map<String, String> dossierFields(byte[] document) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("username", "79029_BV");
        fields.put("loaiHoSo", "130");
        fields.put("maTinh", "79");
        fields.put("maCSKCB", "79029");
        fields.put("fileHSBase64", Base64.getEncoder().encodeToString(document));
        return fields;
    }

    private JsonNode postDossier(JsonNode apiKey, String body) {
        RawHttp.Reply reply = RawHttp.send(uri("/api/qd130/guiHoSoXmlQD3176"), "POST", FORM, body, headers(apiKey));
        return JSON.readTree(reply.body());
    }

    @Test
    void tokenReplyHasTheDocumentedShape() {
        JsonNode apiKey = login();

        assertThat(apiKey.get("access_token").asString()).isNotBlank();
        assertThat(apiKey.get("id_token").asString()).isNotBlank();
        assertThat(apiKey.get("token_type").asString()).isEqualTo("Bearer");
        assertThat(apiKey.get("username").asString()).isEqualTo("79029_BV");
        assertThat(Instant.parse(apiKey.get("expires_in").asString())).isEqualTo("2026-11-23T01:10:00Z");
    }

    @Test
    void acceptsAProperlyEncodedSignedDossierSignedWithKeyValue() {
        JsonNode reply = postDossier(login(), form(dossierFields(documents.signedDossier("79029", "LK1"))));

        assertThat(reply.get("maKetQua").asString()).as(reply.toString()).isEqualTo("200");
        assertThat(reply.get("thoiGianTiepNhan").asString()).isEqualTo("20261123080000");
    }

    @Test
    void base64WithARawPlusIsRefusedAsAParameterError() {
        byte[] document = documents.signedDossier("79029", "LK1");
        String base64 = Base64.getEncoder().encodeToString(document);
        assertThat(base64).contains("+"); // the signature value makes this near certain; checked, not assumed
        String body = form(dossierFields(document)).replaceAll("fileHSBase64=[^&]*", "fileHSBase64=" + base64);

        JsonNode reply = postDossier(login(), body);

        assertThat(reply.get("maKetQua").asString()).isEqualTo("205");
        assertThat(reply.get("thongDiep").asString()).contains("%2B");
    }

    @Test
    void missingOrWrongParametersAreRefused() {
        JsonNode apiKey = login();
        byte[] document = documents.signedDossier("79029", "LK1");

        Map<String, String> missing = dossierFields(document);
        missing.remove("maTinh");
        Map<String, String> wrongType = dossierFields(document);
        wrongType.put("loaiHoSo", "0");
        Map<String, String> otherUser = dossierFields(document);
        otherUser.put("username", "someone");

        assertThat(postDossier(apiKey, form(missing)).get("thongDiep").asString()).contains("Thiếu tham số maTinh");
        assertThat(postDossier(apiKey, form(wrongType)).get("maKetQua").asString()).isEqualTo("205");
        assertThat(postDossier(apiKey, form(otherUser)).get("maKetQua").asString()).isEqualTo("205");
        assertThat(postDossier(apiKey, "a=%ZZ").get("maKetQua").asString()).isEqualTo("205");
        assertThat(simulator.acceptedDossierCountsByMaLk()).isEmpty();
    }

    @Test
    void missingOrForeignTokensAreUnauthorised() {
        JsonNode apiKey = login();
        String body = form(dossierFields(documents.signedDossier("79029", "LK1")));

        RawHttp.Reply noHeaders = RawHttp.post(uri("/api/qd130/guiHoSoXmlQD3176"), FORM, body);
        RawHttp.Reply wrongIdToken = RawHttp.send(uri("/api/qd130/guiHoSoXmlQD3176"), "POST", FORM, body,
                Map.of("accessToken", apiKey.get("access_token").asString(), "tokenId", "forged",
                        "passwordHash", ACCOUNT.passwordHash()));
        clock.advance(Duration.ofMinutes(10));
        RawHttp.Reply expired = RawHttp.send(uri("/api/qd130/guiHoSoXmlQD3176"), "POST", FORM, body, headers(apiKey));

        for (RawHttp.Reply reply : new RawHttp.Reply[] {noHeaders, wrongIdToken, expired}) {
            assertThat(reply.status()).isEqualTo(401);
            assertThat(JSON.readTree(reply.body()).get("maKetQua").asString()).isEqualTo("401");
        }
    }

    @Test
    void billionLaughsAndExternalEntitiesAreRefused() {
        JsonNode apiKey = login();
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]>"
                + "<GIAMDINHHS>&lol2;</GIAMDINHHS>";
        String external = "<!DOCTYPE GIAMDINHHS SYSTEM \"http://127.0.0.1:1/evil.dtd\"><GIAMDINHHS/>";

        for (String xml : new String[] {laughs, external}) {
            JsonNode reply = postDossier(apiKey, form(dossierFields(xml.getBytes(StandardCharsets.UTF_8))));
            assertThat(reply.get("maKetQua").asString()).isEqualTo("123");
            assertThat(reply.get("thongDiep").asString()).contains("DOCTYPE");
        }
    }

    @Test
    void innerTablesMustBeBase64OfWellFormedXml() {
        JsonNode apiKey = login();
        Map<String, String> tables = TestDocuments.consistentTables("LK1");
        tables.put("XML2", "<CHITIEU_CHITIET_THUOC><unclosed></CHITIEU_CHITIET_THUOC>");
        var document = TestDocuments.dossier("79029", tables);
        JsonNode badInner = postDossier(apiKey, form(dossierFields(documents.sign(document))));

        var noXml1 = TestDocuments.dossier("79029", Map.of("XML2", TestDocuments.xml2("LK1", "10.00")));
        JsonNode missingXml1 = postDossier(apiKey, form(dossierFields(documents.sign(noXml1))));

        assertThat(badInner.get("maKetQua").asString()).isEqualTo("123");
        assertThat(badInner.get("thongDiep").asString()).contains("NOIDUNGFILE của XML2");
        assertThat(missingXml1.get("maKetQua").asString()).isEqualTo("123");
        assertThat(missingXml1.get("thongDiep").asString()).contains("XML1/MA_LK");
    }

    @Test
    void cardCheckNeedsTheSessionInTheQueryAndAJsonBody() {
        JsonNode apiKey = login();
        String query = "?token=" + URLEncoder.encode(apiKey.get("access_token").asString(), StandardCharsets.UTF_8)
                + "&id_token=" + URLEncoder.encode(apiKey.get("id_token").asString(), StandardCharsets.UTF_8)
                + "&username=79029_BV&password=" + ACCOUNT.passwordHash();

        RawHttp.Reply noSession = RawHttp.post(uri("/api/egw/KQNhanLichSuKCB2024"), "application/json", "{}");
        RawHttp.Reply notJson = RawHttp.post(uri("/api/egw/KQNhanLichSuKCB2024" + query), "application/json", "maThe=1");
        RawHttp.Reply noOperator = RawHttp.post(uri("/api/egw/KQNhanLichSuKCB2024" + query), "application/json",
                "{\"maThe\":\"HS4010120878811\",\"hoTen\":\"A\",\"ngaySinh\":\"01/01/1990\"}");

        assertThat(noSession.status()).isEqualTo(401);
        assertThat(JSON.readTree(notJson.body()).get("maKetQua").asString()).isEqualTo("205");
        assertThat(JSON.readTree(noOperator.body()).get("maKetQua").asString()).isEqualTo("054");
    }

    @Test
    void otherMethodsAndPathsAreNotServed() {
        assertThat(RawHttp.send(uri("/api/token/take"), "GET", FORM, "", Map.of()).status()).isEqualTo(405);
        assertThat(RawHttp.post(uri("/api/token/take/extra"), FORM, "").status()).isEqualTo(404);
        assertThat(simulator.requests()).extracting(ReceivedRequest::kind)
                .containsExactly(ReceivedRequest.Kind.TOKEN, ReceivedRequest.Kind.UNKNOWN);
    }

    @Test
    void recordsKeepNoSecrets() {
        JsonNode apiKey = login();
        postDossier(apiKey, form(dossierFields(documents.signedDossier("79029", "LK1"))));

        assertThat(simulator.requests()).hasSize(2);
        assertThat(simulator.requests().toString())
                .doesNotContain(ACCOUNT.passwordHash(), apiKey.get("access_token").asString(),
                        apiKey.get("id_token").asString());
        assertThat(simulator.requests().get(1).maLk()).containsExactly("LK1");
    }

    @Test
    void lifecycle() {
        URI base = simulator.baseUrl();
        assertThat(base.getHost()).isEqualTo("127.0.0.1");
        assertThatThrownBy(simulator::start).isInstanceOf(IllegalStateException.class);
        simulator.stop();
        assertThatThrownBy(simulator::baseUrl).isInstanceOf(IllegalStateException.class);
        simulator.stop(); // idempotent
        simulator.start();
        assertThat(simulator.baseUrl().getPort()).isPositive();
        assertThatThrownBy(() -> GatewaySimulator.builder().build()).isInstanceOf(IllegalStateException.class);
    }
}
