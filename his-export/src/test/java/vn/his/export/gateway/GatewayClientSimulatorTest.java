package vn.his.export.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import vn.his.export.gateway.simulator.GatewaySimulator;
import vn.his.export.gateway.simulator.ReceivedRequest;
import vn.his.export.gateway.simulator.Rejection;
import vn.his.export.gateway.simulator.SimulatedCard;
import vn.his.export.gateway.simulator.SimulatorFaults.Fault;
import vn.his.export.gateway.support.MutableClock;
import vn.his.export.gateway.support.RawHttp;
import vn.his.export.gateway.support.TestCertificates;
import vn.his.export.gateway.support.TestDocuments;

/** The client against the simulator on loopback: every path of the client and every fault of the simulator. */
@Timeout(60)
class GatewayClientSimulatorTest {

    private static final String PASSWORD = "Mk@2026+/=đ";
    private static final GatewayAccount ACCOUNT = new GatewayAccount("01013_BV", PASSWORD, "01", "01013");
    private static final String MA_LK = "LK2026112300001";

    private static KeyPair keys;
    private static X509Certificate certificate;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T01:00:00Z"));
    private final TokenCache tokens = new TokenCache(clock, Duration.ofSeconds(60));
    private GatewaySimulator simulator;
    private GatewayClient client;
    private TestDocuments documents;

    @BeforeAll
    static void makeKeys() {
        keys = TestCertificates.rsaKeyPair();
        certificate = TestCertificates.selfSigned(keys, "Bệnh viện thử nghiệm 01013");
    }

    @BeforeEach
    void start() {
        documents = new TestDocuments(keys, certificate);
        simulator = startSimulator(builder -> { });
        client = clientFor(settings(simulator.baseUrl()));
    }

    @AfterEach
    void stop() {
        simulator.stop();
    }

    private GatewaySimulator startSimulator(Consumer<GatewaySimulator.Builder> customise) {
        GatewaySimulator.Builder builder = GatewaySimulator.builder()
                .account(ACCOUNT)
                .clock(clock)
                .tokenLifetime(Duration.ofMinutes(30));
        customise.accept(builder);
        return builder.build().start();
    }

    private static GatewaySettings settings(URI base) {
        return GatewaySettings.defaults(base).withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(20));
    }

    private GatewayClient clientFor(GatewaySettings settings) {
        return new GatewayClient(settings, tokens, clock);
    }

    private long calls(ReceivedRequest.Kind kind) {
        return simulator.requests().stream().filter(r -> r.kind() == kind).count();
    }

    // ------------------------------------------------------------------------------------------ acceptance, tokens

    @Test
    void dossierIsAcceptedWithTransactionAndReceptionTime() {
        SubmissionResult result = client.submitDossier(ACCOUNT, documents.signedDossier("01013", MA_LK));

        assertThat(result.outcome()).isEqualTo(SubmissionOutcome.ACCEPTED);
        assertThat(result.maKetQua()).isEqualTo("200");
        assertThat(result.maGiaoDich()).startsWith("SIM");
        // the simulator stamps Vietnam local time: 01:00 UTC = 08:00 in Asia/Ho_Chi_Minh
        assertThat(result.thoiGianTiepNhan()).isEqualTo(LocalDateTime.of(2026, 11, 23, 8, 0, 0));
        assertThat(result.httpStatus()).isEqualTo(200);
        assertThat(result.failure()).isNull();
        assertThat(result.explanation(Locale.forLanguageTag("vi"))).startsWith("200: Thành công");
        assertThat(simulator.acceptedDossiers(MA_LK)).isEqualTo(1);
        ReceivedRequest received = simulator.requests().get(simulator.requests().size() - 1);
        assertThat(received.kind()).isEqualTo(ReceivedRequest.Kind.DOSSIER);
        assertThat(received.loaiHoSo()).isEqualTo("130");
        assertThat(received.maCskcb()).isEqualTo("01013");
        assertThat(received.path()).isEqualTo("/api/qd130/guiHoSoXmlQD3176");
    }

    @Test
    void checkInIsAcceptedWithLoaiHoSoZero() {
        SubmissionResult result = client.checkIn(ACCOUNT, documents.signedCheckIn("01013", MA_LK, "LK2026112300002"));

        assertThat(result.outcome()).isEqualTo(SubmissionOutcome.ACCEPTED);
        assertThat(result.maGiaoDich()).isNotBlank();
        assertThat(simulator.acceptedCheckInCountsByMaLk()).containsOnlyKeys(MA_LK, "LK2026112300002");
        assertThat(simulator.requests()).filteredOn(r -> r.kind() == ReceivedRequest.Kind.CHECK_IN)
                .singleElement().extracting(ReceivedRequest::loaiHoSo).isEqualTo("0");
    }

    @Test
    void everyTransactionIdIsUniqueAndDuplicatesPerMaLkAreVisible() {
        byte[] dossier = documents.signedDossier("01013", MA_LK);
        SubmissionResult first = client.submitDossier(ACCOUNT, dossier);
        SubmissionResult second = client.submitDossier(ACCOUNT, dossier);

        assertThat(first.maGiaoDich()).isNotEqualTo(second.maGiaoDich());
        assertThat(simulator.acceptedDossierCountsByMaLk()).containsEntry(MA_LK, 2);
    }

    @Test
    void qd4750EndpointNamesCanBeConfigured() {
        GatewayClient old = clientFor(settings(simulator.baseUrl()).withEndpoints(GatewayEndpoints.qd4750()));

        assertThat(old.submitDossier(ACCOUNT, documents.signedDossier("01013", MA_LK)).accepted()).isTrue();
        assertThat(old.checkIn(ACCOUNT, documents.signedCheckIn("01013", MA_LK)).accepted()).isTrue();
        assertThat(simulator.requests()).extracting(ReceivedRequest::path)
                .contains("/api/qd130/guiHoSoXmlQD4750", "/api/qd130/checkInKcbQd4750");
    }

    @Test
    void sessionIsCachedAndRenewedShortlyBeforeItExpires() {
        byte[] dossier = documents.signedDossier("01013", MA_LK);
        client.submitDossier(ACCOUNT, dossier);
        client.checkIn(ACCOUNT, documents.signedCheckIn("01013", MA_LK));
        assertThat(simulator.loginCount()).isEqualTo(1);

        clock.advance(Duration.ofMinutes(28)); // 2 minutes left of 30: still outside the 60 s margin
        assertThat(client.submitDossier(ACCOUNT, dossier).accepted()).isTrue();
        assertThat(simulator.loginCount()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(61)); // 59 s left: inside the margin, renew before sending
        assertThat(client.submitDossier(ACCOUNT, dossier).accepted()).isTrue();
        assertThat(simulator.loginCount()).isEqualTo(2);
        assertThat(calls(ReceivedRequest.Kind.DOSSIER)).isEqualTo(3); // no call was refused on the way
    }

    @Test
    void loginSendsTheUpperCaseMd5WhichTheSimulatorRequires() {
        assertThat(client.submitDossier(ACCOUNT, documents.signedDossier("01013", MA_LK)).accepted()).isTrue();
        assertThat(simulator.loginCount()).isEqualTo(1);

        // the same account with the lower-case hash or the clear password is refused by the simulator
        assertThat(RawHttp.post(simulator.baseUrl().resolve("/api/token/take"), "application/x-www-form-urlencoded",
                "username=01013_BV&password=" + PasswordDigest.md5UpperHex(PASSWORD).toLowerCase()).body())
                .contains("\"maKetQua\":\"401\"");
        assertThat(RawHttp.post(simulator.baseUrl().resolve("/api/token/take"), "application/x-www-form-urlencoded",
                "username=01013_BV&password=Mk%402026").body()).contains("\"maKetQua\":\"401\"");
        assertThat(simulator.loginCount()).isEqualTo(1);
    }

    @Test
    void base64WithPlusSlashAndEqualsIsFormEncodedAndArrivesIntact() {
        String signed = new String(documents.signedDossier("01013", MA_LK), StandardCharsets.UTF_8);
        // comments after the root element are outside the signed content (URI="" excludes comments), so they can
        // be used to steer the base64 text until it holds all three special characters and ends with padding
        byte[] document = signed.getBytes(StandardCharsets.UTF_8);
        String base64 = Base64.getEncoder().encodeToString(document);
        for (int pad = 0; !(base64.contains("+") && base64.contains("/") && base64.endsWith("=")); pad++) {
            assertThat(pad).as("no padding found").isLessThan(1000);
            document = (signed + "<!--" + "~".repeat(pad + 1) + "?>-->").getBytes(StandardCharsets.UTF_8);
            base64 = Base64.getEncoder().encodeToString(document);
        }

        SubmissionResult result = client.submitDossier(ACCOUNT, document);

        assertThat(result.outcome()).as(result.explanation(Locale.ENGLISH)).isEqualTo(SubmissionOutcome.ACCEPTED);
    }

    // ------------------------------------------------------------------------------------------------ faults

    @Test
    void http500IsRetryable() {
        simulator.faults().failNext(1, Fault.HTTP_500);

        SubmissionResult result = client.submitDossier(ACCOUNT, documents.signedDossier("01013", MA_LK));

        assertThat(result.outcome()).isEqualTo(SubmissionOutcome.RETRYABLE);
        assertThat(result.httpStatus()).isEqualTo(500);
        assertThat(result.failure().kind()).isEqualTo(GatewayFailure.Kind.HTTP_STATUS);
        assertThat(result.failure().detail()).contains("500 Internal Server Error");
        assertThat(client.submitDossier(ACCOUNT, documents.signedDossier("01013", MA_LK)).accepted()).isTrue();
    }

    @Test
    void replyLaterThanTheReadTimeoutIsRetryable() {
        GatewayClient impatient = clientFor(settings(simulator.baseUrl())
                .withTimeouts(Duration.ofSeconds(5), Duration.ofMillis(300)));
        simulator.faults().timeoutDelay(Duration.ofSeconds(10)).failNext(1, Fault.TIMEOUT);

        SubmissionResult result = impatient.submitDossier(ACCOUNT, documents.signedDossier("01013", MA_LK));

        assertThat(result.outcome()).isEqualTo(SubmissionOutcome.RETRYABLE);
        assertThat(result.failure().kind()).isEqualTo(GatewayFailure.Kind.TIMEOUT);
        assertThat(result.httpStatus()).isZero();
        assertThat(result.maKetQua()).isNull();
    }

    @Test
    void fixedLatencyBelowTheReadTimeoutOnlyDelays() {
        simulator.faults().latency(Duration.ofMillis(200));

        assertThat(client.submitDossier(ACCOUNT, documents.signedDossier("01013", MA_LK)).accepted()).isTrue();
    }

    @Test
    void garbageReplyIsRetryableAndKeptTruncatedInTheMessage() {
        GatewayClient shortExcerpts = clientFor(new GatewaySettings(simulator.baseUrl(), GatewayEndpoints.qd3176(),
                Duration.ofSeconds(5), Duration.ofSeconds(20), Duration.ofSeconds(60), Duration.ofMinutes(60), 20));
        simulator.faults().failNext(2, Fault.GARBAGE);

        SubmissionResult full = client.submitDossier(ACCOUNT, documents.signedDossier("01013", MA_LK));
        SubmissionResult truncated = shortExcerpts.submitDossier(ACCOUNT, documents.signedDossier("01013", MA_LK));

        assertThat(full.outcome()).isEqualTo(SubmissionOutcome.RETRYABLE);
        assertThat(full.maKetQua()).as("a broken reply starting like a success is not a success").isNull();
        assertThat(full.httpStatus()).isEqualTo(200);
        assertThat(full.failure().kind()).isEqualTo(GatewayFailure.Kind.UNREADABLE_REPLY);
        assertThat(full.failure().detail()).contains("{\"maKetQua\":\"200\",\"maGiaoD", "502 Bad Gateway");
        assertThat(full.explanation(Locale.forLanguageTag("vi"))).contains("không đọc được", "maGiaoD");
        assertThat(truncated.failure().detail()).contains("{\"maKetQua\":\"200\"").contains("…")
                .doesNotContain("502 Bad Gateway");
    }

    @Test
    void refusedSessionLeadsToOneReLoginAndOneRetry() {
        client.submitDossier(ACCOUNT, documents.signedDossier("01013", MA_LK)); // session cached
        simulator.faults().failNext(1, Fault.EXPIRED_TOKEN);

        SubmissionResult result = client.submitDossier(ACCOUNT, documents.signedDossier("01013", MA_LK));

        assertThat(result.outcome()).isEqualTo(SubmissionOutcome.ACCEPTED);
        assertThat(simulator.loginCount()).isEqualTo(2);
        assertThat(calls(ReceivedRequest.Kind.DOSSIER)).isEqualTo(3);
    }

    @Test
    void sessionsExpiredOnTheGatewaySideAreRenewedTransparently() {
        client.submitDossier(ACCOUNT, documents.signedDossier("01013", MA_LK));
        simulator.expireAllTokens(); // the client still believes its session valid

        assertThat(client.checkIn(ACCOUNT, documents.signedCheckIn("01013", MA_LK)).accepted()).isTrue();
        assertThat(simulator.loginCount()).isEqualTo(2);
    }

    @Test
    void sessionRefusedAgainAfterTheReLoginIsRetryableWithoutFurtherAttempts() {
        simulator.faults().failNext(5, Fault.EXPIRED_TOKEN);

        SubmissionResult result = client.submitDossier(ACCOUNT, documents.signedDossier("01013", MA_LK));

        assertThat(result.outcome()).isEqualTo(SubmissionOutcome.RETRYABLE);
        assertThat(result.maKetQua()).isEqualTo("401");
        assertThat(result.httpStatus()).isEqualTo(401);
        assertThat(simulator.loginCount()).isEqualTo(2);
        assertThat(calls(ReceivedRequest.Kind.DOSSIER)).isEqualTo(2);
    }

    @Test
    void refusedLoginIsRetryableAndSaysSo() {
        GatewayAccount wrongPassword = new GatewayAccount("01013_BV", "wrong", "01", "01013");

        SubmissionResult result = clientFor(settings(simulator.baseUrl())).submitDossier(wrongPassword,
                documents.signedDossier("01013", MA_LK));

        assertThat(result.outcome()).isEqualTo(SubmissionOutcome.RETRYABLE);
        assertThat(result.failure().kind()).isEqualTo(GatewayFailure.Kind.LOGIN_REFUSED);
        assertThat(result.maKetQua()).isEqualTo("401");
        assertThat(result.explanation(Locale.forLanguageTag("vi"))).contains("từ chối đăng nhập");
        assertThat(calls(ReceivedRequest.Kind.DOSSIER)).isZero();
    }

    @Test
    void loginFaultsAreRetryable() {
        simulator.faults().failNextLogins(1, Fault.HTTP_500);
        SubmissionResult serverError = client.submitDossier(ACCOUNT, documents.signedDossier("01013", MA_LK));
        simulator.faults().failNextLogins(1, Fault.GARBAGE);
        SubmissionResult garbage = client.submitDossier(ACCOUNT, documents.signedDossier("01013", MA_LK));

        assertThat(serverError.outcome()).isEqualTo(SubmissionOutcome.RETRYABLE);
        assertThat(serverError.failure().kind()).isEqualTo(GatewayFailure.Kind.HTTP_STATUS);
        assertThat(garbage.outcome()).isEqualTo(SubmissionOutcome.RETRYABLE);
        assertThat(garbage.failure().kind()).isEqualTo(GatewayFailure.Kind.UNREADABLE_REPLY);
        assertThat(client.submitDossier(ACCOUNT, documents.signedDossier("01013", MA_LK)).accepted()).isTrue();
    }

    @Test
    void unreachableGatewayIsRetryable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        GatewayClient nowhere = clientFor(settings(URI.create("http://127.0.0.1:" + closedPort)));

        SubmissionResult result = nowhere.submitDossier(ACCOUNT, documents.signedDossier("01013", MA_LK));

        assertThat(result.outcome()).isEqualTo(SubmissionOutcome.RETRYABLE);
        assertThat(result.failure().kind()).isEqualTo(GatewayFailure.Kind.NETWORK);
        assertThat(result.httpStatus()).isZero();
    }

    @Test
    void unknownPathIsRetryableNotRejected() {
        GatewayClient misconfigured = clientFor(settings(simulator.baseUrl()).withEndpoints(
                new GatewayEndpoints(GatewayEndpoints.TOKEN, "/api/qd130/none", "/api/qd130/none", "/api/none")));

        SubmissionResult result = misconfigured.submitDossier(ACCOUNT, documents.signedDossier("01013", MA_LK));

        assertThat(result.outcome()).isEqualTo(SubmissionOutcome.RETRYABLE);
        assertThat(result.httpStatus()).isEqualTo(404);
        assertThat(result.failure().kind()).isEqualTo(GatewayFailure.Kind.UNREADABLE_REPLY);
    }

    // ------------------------------------------------------------------------------------------------ rejections

    @Test
    void unsignedDocumentIsRejected() {
        byte[] unsigned = TestDocuments.serialise(TestDocuments.dossier("01013", TestDocuments.consistentTables(MA_LK)));

        SubmissionResult result = client.submitDossier(ACCOUNT, unsigned);

        assertThat(result.outcome()).isEqualTo(SubmissionOutcome.REJECTED);
        assertThat(result.maKetQua()).isEqualTo("123");
        assertThat(result.thongDiep()).contains("chưa ký số");
        assertThat(result.explanation(Locale.forLanguageTag("vi"))).startsWith("123: Sai định dạng file").contains("chưa ký số");
        assertThat(simulator.acceptedDossierCountsByMaLk()).isEmpty();
    }

    @Test
    void alteredAfterSigningIsRejected() {
        String signed = new String(documents.signedDossier("01013", MA_LK), StandardCharsets.UTF_8);
        byte[] altered = signed.replace("<NGAYLAP>20261123</NGAYLAP>", "<NGAYLAP>20261124</NGAYLAP>")
                .getBytes(StandardCharsets.UTF_8);

        SubmissionResult result = client.submitDossier(ACCOUNT, altered);

        assertThat(result.outcome()).isEqualTo(SubmissionOutcome.REJECTED);
        assertThat(result.maKetQua()).isEqualTo("123");
        assertThat(result.thongDiep()).contains("Chữ ký số không hợp lệ", "digest");
    }

    @Test
    void illFormedDocumentIsRejected() {
        SubmissionResult result = client.submitDossier(ACCOUNT,
                "<GIAMDINHHS><THONGTINDONVI></GIAMDINHHS>".getBytes(StandardCharsets.UTF_8));

        assertThat(result.outcome()).isEqualTo(SubmissionOutcome.REJECTED);
        assertThat(result.maKetQua()).isEqualTo("123");
        assertThat(result.thongDiep()).contains("không phải XML hợp lệ");
    }

    @Test
    void externalEntitiesAreRefusedWithoutBeingResolved() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE GIAMDINHHS [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>"
                + "<GIAMDINHHS><THONGTINDONVI><MACSKCB>&secret;</MACSKCB></THONGTINDONVI><CHUKYDONVI/></GIAMDINHHS>";

        SubmissionResult result = client.submitDossier(ACCOUNT, xxe.getBytes(StandardCharsets.UTF_8));

        assertThat(result.outcome()).isEqualTo(SubmissionOutcome.REJECTED);
        assertThat(result.maKetQua()).isEqualTo("123");
        assertThat(result.thongDiep()).contains("DOCTYPE").doesNotContain("root:");
    }

    @Test
    void checkInSentToTheDossierServiceIsRejectedForItsRoot() {
        SubmissionResult result = client.submitDossier(ACCOUNT, documents.signedCheckIn("01013", MA_LK));

        assertThat(result.outcome()).isEqualTo(SubmissionOutcome.REJECTED);
        assertThat(result.thongDiep()).contains("CHI_TIEU_TRANG_THAI_KCB", "GIAMDINHHS");
    }

    @Test
    void signatureOutsideCheckedPlaceIsRejected() {
        Document document = TestDocuments.dossier("01013", TestDocuments.consistentTables(MA_LK));
        // CHUKYDONVI moved before THONGTINHOSO: no longer the last child
        var root = document.getDocumentElement();
        var holder = root.getElementsByTagName("CHUKYDONVI").item(0);
        root.insertBefore(holder, root.getElementsByTagName("THONGTINHOSO").item(0));

        SubmissionResult result = client.submitDossier(ACCOUNT, documents.sign(document));

        assertThat(result.outcome()).isEqualTo(SubmissionOutcome.REJECTED);
        assertThat(result.thongDiep()).contains("CHUKYDONVI phải là thẻ con cuối cùng");
    }

    @Test
    void wrongTotalsAreRejectedAsContentErrors() {
        var tables = TestDocuments.consistentTables(MA_LK);
        tables.put("XML1", TestDocuments.xml1(MA_LK, "200000.76", "160000.60", "32000.12", "128000.48"));
        SubmissionResult wrongTotal = client.submitDossier(ACCOUNT, documents.sign(TestDocuments.dossier("01013", tables)));

        tables.put("XML1", TestDocuments.xml1(MA_LK, "200000.75", "160000.60", "32000.12", "128000.00"));
        SubmissionResult wrongFund = client.submitDossier(ACCOUNT, documents.sign(TestDocuments.dossier("01013", tables)));

        assertThat(wrongTotal.outcome()).isEqualTo(SubmissionOutcome.REJECTED);
        assertThat(wrongTotal.maKetQua()).isEqualTo("202");
        assertThat(wrongTotal.thongDiep()).contains("T_TONGCHI_BV = 200000.76", "200000.75");
        assertThat(wrongFund.outcome()).isEqualTo(SubmissionOutcome.REJECTED);
        assertThat(wrongFund.thongDiep()).contains("T_BHTT = 128000.00", "128000.48");
        assertThat(simulator.acceptedDossierCountsByMaLk()).isEmpty();
    }

    @Test
    void accountOfAnotherFacilityIsForbidden() {
        GatewayAccount otherFacility = new GatewayAccount("01013_BV", PASSWORD, "01", "01999");

        SubmissionResult result = client.submitDossier(otherFacility, documents.signedDossier("01999", MA_LK));

        assertThat(result.outcome()).isEqualTo(SubmissionOutcome.REJECTED);
        assertThat(result.maKetQua()).isEqualTo("403");
    }

    @Test
    void tooLargeFileIsRejected() {
        simulator.stop();
        simulator = startSimulator(builder -> builder.maxFileBytes(1000));

        SubmissionResult result = clientFor(settings(simulator.baseUrl()))
                .submitDossier(ACCOUNT, documents.signedDossier("01013", MA_LK));

        assertThat(result.outcome()).isEqualTo(SubmissionOutcome.REJECTED);
        assertThat(result.maKetQua()).isEqualTo("1001");
    }

    @Test
    void codesFromAPluggedInspectorAreClassifiedByTheTable() {
        simulator.stop();
        String[] next = {"124"};
        simulator = startSimulator(builder -> builder.inspector(dossier ->
                Optional.of(new Rejection(next[0], "thử mã " + next[0]))));
        GatewayClient local = clientFor(settings(simulator.baseUrl()));

        SubmissionResult storing = local.submitDossier(ACCOUNT, documents.signedDossier("01013", MA_LK));
        next[0] = "701";
        SubmissionResult late = local.submitDossier(ACCOUNT, documents.signedDossier("01013", MA_LK));
        next[0] = "999";
        SubmissionResult unknown = local.submitDossier(ACCOUNT, documents.signedDossier("01013", MA_LK));

        assertThat(storing.outcome()).isEqualTo(SubmissionOutcome.RETRYABLE);
        assertThat(late.outcome()).isEqualTo(SubmissionOutcome.REJECTED);
        assertThat(late.explanation(Locale.forLanguageTag("vi"))).contains("701: Lỗi thời gian gửi", "thử mã 701");
        assertThat(unknown.outcome()).isEqualTo(SubmissionOutcome.REJECTED);
        assertThat(unknown.explanation(Locale.ENGLISH)).contains("999 is not in the code table");
    }

    // ------------------------------------------------------------------------------------------------ card check

    private static final CardCheckOperator OPERATOR = new CardCheckOperator("Lê Thị Hoa", "001080000001");
    private static final String CARD = "HS4010120878811";

    private static CardInfo card(String hoTen, String ngaySinh) {
        return new CardInfo(CARD, hoTen, ngaySinh, "1", "Hà Nội", "01013", "01", "01/01/2026", "31/12/2026", "K1",
                "01/01/2020", "0120878811", null, null, null, null, null, null);
    }

    @Test
    void correctCardIsAnsweredWithItsData() {
        simulator.cards().put(CARD, SimulatedCard.correct(card("Nguyễn Văn Ánh", "01/02/1980")));

        CardCheckResult result = client.checkCard(ACCOUNT, OPERATOR,
                CardCheckRequest.of(CARD, "Nguyễn Văn Ánh", LocalDate.of(1980, 2, 1)));

        assertThat(result.answered()).isTrue();
        assertThat(result.cardCorrect()).isTrue();
        assertThat(result.maKetQua()).isEqualTo("000");
        assertThat(result.maKiemTra()).isEqualTo("00");
        assertThat(result.card().maDKBD()).isEqualTo("01013");
        assertThat(result.card().gtTheDen()).isEqualTo("31/12/2026");
        assertThat(result.card().ngayDu5Nam()).isEqualTo("01/01/2020");
        assertThat(result.explanation(Locale.forLanguageTag("vi"))).startsWith("000: Thẻ đúng.");
    }

    @Test
    void cardCodesFromTheTableAndFromMismatches() {
        simulator.cards().put(CARD, SimulatedCard.correct(card("Nguyễn Văn Ánh", "01/02/1980")));
        CardInfo renewed = new CardInfo("GD4797920000001", "Phạm Minh Châu", "1975", "2", null, "79029", "79", null,
                "31/12/2025", null, null, null, null, "GD4797920000099", "01/01/2026", "31/12/2026", "79029", "BV 79029");
        simulator.cards().put("GD4797920000001", new SimulatedCard("003", "01", "Thẻ cũ hết hạn", renewed));

        CardCheckResult unknown = client.checkCard(ACCOUNT, OPERATOR,
                CardCheckRequest.of("HS4010120000000", "Nguyễn Văn Ánh", LocalDate.of(1980, 2, 1)));
        CardCheckResult wrongName = client.checkCard(ACCOUNT, OPERATOR,
                CardCheckRequest.of(CARD, "Trần Văn Ánh", LocalDate.of(1980, 2, 1)));
        CardCheckResult firstLetterRight = client.checkCard(ACCOUNT, OPERATOR,
                CardCheckRequest.of(CARD, "Nguyễn Văn Anh", LocalDate.of(1980, 2, 1)));
        CardCheckResult wrongBirth = client.checkCard(ACCOUNT, OPERATOR,
                CardCheckRequest.of(CARD, "nguyễn  văn ánh", LocalDate.of(1980, 2, 2)));
        CardCheckResult newCard = client.checkCard(ACCOUNT, OPERATOR,
                new CardCheckRequest("GD4797920000001", "Phạm Minh Châu", "1975"));

        assertThat(unknown.maKetQua()).isEqualTo("050");
        assertThat(wrongName.maKetQua()).isEqualTo("060");
        assertThat(firstLetterRight.maKetQua()).isEqualTo("061");
        assertThat(wrongBirth.maKetQua()).isEqualTo("070");
        assertThat(wrongBirth.explanation(Locale.ENGLISH)).startsWith("070: Wrong date of birth.");
        assertThat(newCard.maKetQua()).isEqualTo("003");
        assertThat(newCard.card().maTheMoi()).isEqualTo("GD4797920000099");
        assertThat(newCard.explanation(Locale.forLanguageTag("vi")))
                .contains("003: Thẻ cũ đã hết giá trị sử dụng", "01: Thẻ hết hạn", "Thẻ cũ hết hạn");
        assertThat(List.of(unknown, wrongName, firstLetterRight, wrongBirth, newCard))
                .noneMatch(CardCheckResult::cardCorrect)
                .noneMatch(CardCheckResult::worthRetrying);
    }

    @Test
    void cardCheckReLogsInOnceAndReportsFaults() {
        simulator.cards().put(CARD, SimulatedCard.correct(card("Nguyễn Văn Ánh", "01/02/1980")));
        CardCheckRequest request = CardCheckRequest.of(CARD, "Nguyễn Văn Ánh", LocalDate.of(1980, 2, 1));
        client.checkCard(ACCOUNT, OPERATOR, request);

        simulator.faults().failNext(1, Fault.EXPIRED_TOKEN);
        CardCheckResult afterReLogin = client.checkCard(ACCOUNT, OPERATOR, request);
        simulator.faults().failNext(1, Fault.GARBAGE);
        CardCheckResult garbage = client.checkCard(ACCOUNT, OPERATOR, request);
        simulator.faults().failNext(1, Fault.HTTP_500);
        CardCheckResult serverError = client.checkCard(ACCOUNT, OPERATOR, request);

        assertThat(afterReLogin.cardCorrect()).isTrue();
        assertThat(simulator.loginCount()).isEqualTo(2);
        assertThat(garbage.answered()).isFalse();
        assertThat(garbage.worthRetrying()).isTrue();
        assertThat(garbage.failure().kind()).isEqualTo(GatewayFailure.Kind.UNREADABLE_REPLY);
        assertThat(serverError.failure().kind()).isEqualTo(GatewayFailure.Kind.HTTP_STATUS);
        assertThat(serverError.explanation(Locale.forLanguageTag("vi"))).contains("HTTP 500");
    }

    // ------------------------------------------------------------------------------------------------ secrecy

    @Test
    void credentialsNeverReachTheLogs() {
        ch.qos.logback.classic.Logger logger =
                (ch.qos.logback.classic.Logger) LoggerFactory.getLogger("vn.his.export.gateway");
        Level previous = logger.getLevel();
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        logger.setLevel(Level.TRACE);
        try {
            simulator.cards().put(CARD, SimulatedCard.correct(card("Nguyễn Văn Ánh", "01/02/1980")));
            client.submitDossier(ACCOUNT, documents.signedDossier("01013", MA_LK));
            simulator.faults().failNext(1, Fault.EXPIRED_TOKEN);
            client.checkIn(ACCOUNT, documents.signedCheckIn("01013", MA_LK));
            client.checkCard(ACCOUNT, OPERATOR, CardCheckRequest.of(CARD, "Nguyễn Văn Ánh", LocalDate.of(1980, 2, 1)));
            clientFor(settings(simulator.baseUrl())).submitDossier(
                    new GatewayAccount("01013_BV", "wrong-" + PASSWORD, "01", "01013"),
                    documents.signedDossier("01013", MA_LK));
        } finally {
            logger.detachAppender(appender);
            logger.setLevel(previous);
        }

        String hash = ACCOUNT.passwordHash();
        assertThat(appender.list).isNotEmpty();
        for (ILoggingEvent event : appender.list) {
            String text = event.getFormattedMessage() + (event.getThrowableProxy() == null ? ""
                    : event.getThrowableProxy().getMessage());
            assertThat(text).doesNotContain(PASSWORD, hash, hash.toLowerCase(), "token=", "id_token=", OPERATOR.cccd());
        }
    }
}
