package vn.his.export.gateway;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Base64;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * HTTP client of the BHXH assessment gateway (CV 1245/BHXH-CNTT §I; endpoint names per {@link GatewayEndpoints}).
 * <ul>
 *   <li>login: {@code POST /api/token/take}, form {@code username}, {@code password} = upper-case hex MD5;</li>
 *   <li>check-in (XML0, {@code loaiHoSo=0}) and dossier (GIAMDINHHS, {@code loaiHoSo=130}): form {@code username,
 *       loaiHoSo, maTinh, maCSKCB, fileHSBase64}, headers {@code accessToken}, {@code tokenId} (= id_token),
 *       {@code passwordHash};</li>
 *   <li>card check {@code KQNhanLichSuKCB2024}: session and account in the query string, JSON body
 *       {@code {maThe, hoTen, ngaySinh, hoTenCb, cccdCb}} (xml130.md §6.6 [S/C]).</li>
 * </ul>
 * Sessions are cached in a {@link TokenCache}. When the gateway refuses a session (HTTP 401 or {@code maKetQua 401})
 * the client drops it, logs in again once and repeats the call once. Every other problem becomes a value
 * ({@link SubmissionResult}, {@link CardCheckResult}); this class throws only for invalid arguments.
 * Passwords, their hash and tokens are never logged (the card-check URL carries them, so URLs are not logged either).
 */
public final class GatewayClient {

    /** {@code loaiHoSo} of the check-in table, "mặc định điền 0" (CV 1245 §I.2.2). */
    public static final String LOAI_HO_SO_CHECK_IN = "0";
    /** {@code loaiHoSo} of the claim dossier, "mặc định điền 130" (CV 1245 §I.3.2). */
    public static final String LOAI_HO_SO_DOSSIER = "130";

    /** Largest reply body read; a gateway reply is a small JSON object. */
    static final int MAX_REPLY_BYTES = 1 << 20;

    private static final Logger LOG = LoggerFactory.getLogger(GatewayClient.class);
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String UNAUTHORISED = "401";
    /** {@code thoiGianTiepNhan} "định dạng yyyyMMddHHmmss" (CV 1245 §I.2.3). */
    private static final DateTimeFormatter RECEIVED_AT =
            DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withResolverStyle(ResolverStyle.STRICT);

    private final GatewaySettings settings;
    private final TokenCache tokens;
    private final Clock clock;
    private final HttpClient http;
    private final SubmissionOutcomes outcomes;

    public GatewayClient(GatewaySettings settings, TokenCache tokens, Clock clock) {
        this(settings, tokens, clock, HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build(), SubmissionOutcomes.standard());
    }

    public GatewayClient(GatewaySettings settings, TokenCache tokens, Clock clock, HttpClient http,
                         SubmissionOutcomes outcomes) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.http = Objects.requireNonNull(http, "http");
        this.outcomes = Objects.requireNonNull(outcomes, "outcomes");
    }

    /** Sends a signed check-in document (XML0, root {@code CHI_TIEU_TRANG_THAI_KCB}), its bytes exactly as signed. */
    public SubmissionResult checkIn(GatewayAccount account, byte[] signedXml0) {
        return submit(account, settings.endpoints().checkInPath(), LOAI_HO_SO_CHECK_IN, signedXml0, "check-in");
    }

    /** Sends a signed claim dossier (root {@code GIAMDINHHS}), its bytes exactly as signed. */
    public SubmissionResult submitDossier(GatewayAccount account, byte[] signedDossier) {
        return submit(account, settings.endpoints().dossierPath(), LOAI_HO_SO_DOSSIER, signedDossier, "dossier");
    }

    /** Looks up a card with {@code KQNhanLichSuKCB2024} on behalf of {@code operator}. */
    public CardCheckResult checkCard(GatewayAccount account, CardCheckOperator operator, CardCheckRequest request) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(request, "request");
        ObjectNode body = GatewayReply.mapper().createObjectNode();
        body.put("maThe", request.maThe());
        body.put("hoTen", request.hoTen());
        body.put("ngaySinh", request.ngaySinh());
        body.put("hoTenCb", operator.hoTen());
        body.put("cccdCb", operator.cccd());
        String json = GatewayReply.mapper().writeValueAsString(body);

        AccessToken token;
        try {
            token = session(account);
        } catch (LoginFailure refused) {
            return CardCheckResult.failed(refused.failure, refused.httpStatus);
        }
        Exchange exchange = exchange(cardCheckRequest(account, token, json));
        if (exchange.unauthorised()) {
            tokens.invalidate(cacheKey(account), token);
            LOG.info("Gateway refused the session for card check of facility {}; logging in again once", account.maCskcb());
            try {
                token = session(account);
            } catch (LoginFailure refused) {
                return CardCheckResult.failed(refused.failure, refused.httpStatus);
            }
            exchange = exchange(cardCheckRequest(account, token, json));
        }
        CardCheckResult result = cardResult(exchange);
        LOG.info("Card check for facility {}: code {} http {}", account.maCskcb(), result.maKetQua(), result.httpStatus());
        return result;
    }

    private SubmissionResult submit(GatewayAccount account, String path, String loaiHoSo, byte[] document, String what) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(document, "document");
        if (document.length == 0) {
            throw new IllegalArgumentException("the " + what + " document is empty");
        }
        String form = new FormBody()
                .add("username", account.username())
                .add("loaiHoSo", loaiHoSo)
                .add("maTinh", account.maTinh())
                .add("maCSKCB", account.maCskcb())
                .add("fileHSBase64", Base64.getEncoder().encodeToString(document))
                .encode();

        SubmissionResult result;
        try {
            AccessToken token = session(account);
            Exchange exchange = exchange(formRequest(path, account, token, form));
            if (exchange.unauthorised()) {
                tokens.invalidate(cacheKey(account), token);
                LOG.info("Gateway refused the session for {} of facility {}; logging in again once", what, account.maCskcb());
                token = session(account);
                exchange = exchange(formRequest(path, account, token, form));
            }
            result = submissionResult(exchange);
        } catch (LoginFailure refused) {
            result = SubmissionResult.failed(refused.failure, refused.httpStatus, refused.maKetQua, refused.thongDiep);
        }
        LOG.info("Gateway {} for facility {}: {} code {} http {} transaction {}", what, account.maCskcb(),
                result.outcome(), result.maKetQua(), result.httpStatus(), result.maGiaoDich());
        return result;
    }

    private AccessToken session(GatewayAccount account) {
        return tokens.obtain(cacheKey(account), () -> requestToken(account));
    }

    private String cacheKey(GatewayAccount account) {
        return settings.baseUrl() + "|" + account.username();
    }

    private AccessToken requestToken(GatewayAccount account) {
        String form = new FormBody()
                .add("username", account.username())
                .add("password", account.passwordHash())
                .encode();
        HttpRequest request = HttpRequest.newBuilder(settings.resolve(settings.endpoints().tokenPath()))
                .timeout(settings.readTimeout())
                .header("Content-Type", FORM)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8))
                .build();
        Exchange exchange = exchange(request);
        if (exchange.failure != null) {
            throw new LoginFailure(exchange.failure, exchange.status, null, null);
        }
        if (exchange.status >= 500) {
            throw new LoginFailure(httpStatusFailure(exchange), exchange.status, null, null);
        }
        JsonNode reply = GatewayReply.object(exchange.body).orElse(null);
        if (reply == null) {
            throw new LoginFailure(unreadable(exchange), exchange.status, null, null);
        }
        String maKetQua = GatewayReply.text(reply, "maKetQua");
        JsonNode apiKey = GatewayReply.child(reply, "APIKey");
        String accessToken = GatewayReply.text(apiKey, "access_token");
        String idToken = GatewayReply.text(apiKey, "id_token");
        if (accessToken == null || accessToken.isBlank() || idToken == null || idToken.isBlank()
                || (maKetQua != null && !maKetQua.equals(SubmissionOutcomes.SUCCESS))) {
            String detail = "HTTP " + exchange.status + ", maKetQua " + maKetQua;
            LOG.warn("Gateway refused the login of facility {} ({})", account.maCskcb(), detail);
            throw new LoginFailure(new GatewayFailure(GatewayFailure.Kind.LOGIN_REFUSED, detail), exchange.status,
                    maKetQua, GatewayReply.text(reply, "thongDiep"));
        }
        Instant now = clock.instant();
        Instant expiresAt = TokenExpiry.parse(GatewayReply.text(apiKey, "expires_in"), now,
                settings.fallbackTokenLifetime());
        LOG.info("Logged in to the gateway for facility {}; session valid until {}", account.maCskcb(), expiresAt);
        return new AccessToken(accessToken, idToken, GatewayReply.text(apiKey, "token_type"),
                GatewayReply.text(apiKey, "username"), expiresAt);
    }

    private HttpRequest formRequest(String path, GatewayAccount account, AccessToken token, String form) {
        return HttpRequest.newBuilder(settings.resolve(path))
                .timeout(settings.readTimeout())
                .header("Content-Type", FORM)
                .header("Accept", "application/json")
                .header("accessToken", token.accessToken())
                .header("tokenId", token.idToken())
                .header("passwordHash", account.passwordHash())
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8))
                .build();
    }

    private HttpRequest cardCheckRequest(GatewayAccount account, AccessToken token, String json) {
        String query = "token=" + encode(token.accessToken())
                + "&id_token=" + encode(token.idToken())
                + "&username=" + encode(account.username())
                + "&password=" + encode(account.passwordHash());
        URI uri = URI.create(settings.resolve(settings.endpoints().cardCheckPath()) + "?" + query);
        return HttpRequest.newBuilder(uri)
                .timeout(settings.readTimeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** One HTTP round trip, bounded by the read timeout (plus the connect timeout for the whole exchange). */
    private Exchange exchange(HttpRequest request) {
        CompletableFuture<HttpResponse<byte[]>> future =
                http.sendAsync(request, BoundedBody.handler(MAX_REPLY_BYTES));
        Duration deadline = settings.readTimeout().plus(settings.connectTimeout()).plusSeconds(1);
        try {
            HttpResponse<byte[]> response = future.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
            return new Exchange(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8), null);
        } catch (TimeoutException e) {
            future.cancel(true);
            return Exchange.failed(GatewayFailure.Kind.TIMEOUT, "> " + deadline);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return Exchange.failed(GatewayFailure.Kind.INTERRUPTED, "interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof HttpTimeoutException) {
                return Exchange.failed(GatewayFailure.Kind.TIMEOUT, cause.getClass().getSimpleName() + " ("
                        + settings.connectTimeout() + " / " + settings.readTimeout() + ")");
            }
            if (cause instanceof BoundedBody.TooLargeException) {
                return Exchange.failed(GatewayFailure.Kind.UNREADABLE_REPLY, cause.getMessage());
            }
            if (cause instanceof IOException) {
                return Exchange.failed(GatewayFailure.Kind.NETWORK, cause.getClass().getSimpleName()
                        + (cause.getMessage() == null ? "" : ": " + withoutQuery(cause.getMessage(), request)));
            }
            throw new IllegalStateException("unexpected failure of the HTTP client", cause);
        }
    }

    /** The card-check query string carries the session and the password hash: never let it into a message. */
    private static String withoutQuery(String message, HttpRequest request) {
        String query = request.uri().getRawQuery();
        return query == null || query.isEmpty() ? message : message.replace(query, "***");
    }

    private SubmissionResult submissionResult(Exchange exchange) {
        if (exchange.failure != null) {
            return SubmissionResult.failed(exchange.failure, 0, null, null);
        }
        JsonNode reply = GatewayReply.object(exchange.body).orElse(null);
        String maKetQua = reply == null ? null : GatewayReply.text(reply, "maKetQua");
        String maGiaoDich = reply == null ? null : GatewayReply.text(reply, "maGiaoDich");
        String thongDiep = reply == null ? null : GatewayReply.text(reply, "thongDiep");
        if (exchange.status >= 500) {
            return SubmissionResult.failed(httpStatusFailure(exchange), exchange.status, maKetQua, thongDiep);
        }
        if (maKetQua == null || maKetQua.isBlank()) {
            return SubmissionResult.failed(unreadable(exchange), exchange.status, null, thongDiep);
        }
        SubmissionOutcome outcome = outcomes.classify(maKetQua);
        if (outcome == SubmissionOutcome.ACCEPTED && (exchange.status < 200 || exchange.status > 299)) {
            // "200" inside a non-2xx reply is not a reception the facility can rely on
            return SubmissionResult.failed(httpStatusFailure(exchange), exchange.status, maKetQua, thongDiep);
        }
        return new SubmissionResult(outcome, maKetQua.strip(), maGiaoDich,
                receivedAt(GatewayReply.text(reply, "thoiGianTiepNhan")), thongDiep, exchange.status, null);
    }

    private CardCheckResult cardResult(Exchange exchange) {
        if (exchange.failure != null) {
            return CardCheckResult.failed(exchange.failure, 0);
        }
        JsonNode reply = GatewayReply.object(exchange.body).orElse(null);
        String maKetQua = reply == null ? null : GatewayReply.text(reply, "maKetQua");
        if (exchange.status >= 500 && maKetQua == null) {
            return CardCheckResult.failed(httpStatusFailure(exchange), exchange.status);
        }
        if (maKetQua == null || maKetQua.isBlank()) {
            return CardCheckResult.failed(unreadable(exchange), exchange.status);
        }
        CardInfo card = new CardInfo(
                GatewayReply.text(reply, "maThe"), GatewayReply.text(reply, "hoTen"),
                GatewayReply.text(reply, "ngaySinh"), GatewayReply.text(reply, "gioiTinh"),
                GatewayReply.text(reply, "diaChi"), GatewayReply.text(reply, "maDKBD"),
                GatewayReply.text(reply, "cqBHXH"), GatewayReply.text(reply, "gtTheTu"),
                GatewayReply.text(reply, "gtTheDen"), GatewayReply.text(reply, "maKV"),
                GatewayReply.text(reply, "ngayDu5Nam"), GatewayReply.text(reply, "maSoBHXH"),
                GatewayReply.text(reply, "maTheCu"), GatewayReply.text(reply, "maTheMoi"),
                GatewayReply.text(reply, "gtTheTuMoi"), GatewayReply.text(reply, "gtTheDenMoi"),
                GatewayReply.text(reply, "maDKBDMoi"), GatewayReply.text(reply, "tenDKBDMoi"));
        return new CardCheckResult(maKetQua.strip(), GatewayReply.text(reply, "maKiemTra"),
                GatewayReply.text(reply, "ghiChu"), card, exchange.status, null);
    }

    private static LocalDateTime receivedAt(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip(), RECEIVED_AT);
        } catch (DateTimeParseException e) {
            LOG.warn("Gateway reception time is not yyyyMMddHHmmss: {}", GatewayReply.excerpt(text, 40));
            return null;
        }
    }

    private GatewayFailure httpStatusFailure(Exchange exchange) {
        return new GatewayFailure(GatewayFailure.Kind.HTTP_STATUS, "HTTP " + exchange.status + ": "
                + GatewayReply.excerpt(exchange.body, settings.replyExcerptLength()));
    }

    private GatewayFailure unreadable(Exchange exchange) {
        return new GatewayFailure(GatewayFailure.Kind.UNREADABLE_REPLY, "HTTP " + exchange.status + ": "
                + GatewayReply.excerpt(exchange.body, settings.replyExcerptLength()));
    }

    /** Raw outcome of one HTTP round trip. */
    private record Exchange(int status, String body, GatewayFailure failure) {

        static Exchange failed(GatewayFailure.Kind kind, String detail) {
            return new Exchange(0, null, new GatewayFailure(kind, detail));
        }

        /** The gateway refused the session: HTTP 401, or {@code maKetQua 401} in the reply ("401 unauthen", CV 1245). */
        boolean unauthorised() {
            if (failure != null) {
                return false;
            }
            if (status == 401) {
                return true;
            }
            return GatewayReply.object(body)
                    .map(reply -> UNAUTHORISED.equals(GatewayReply.text(reply, "maKetQua")))
                    .orElse(false);
        }
    }

    /** The login did not give a session; carries the reason up to the public method. */
    private static final class LoginFailure extends RuntimeException {
        private final transient GatewayFailure failure;
        private final int httpStatus;
        private final String maKetQua;
        private final String thongDiep;

        LoginFailure(GatewayFailure failure, int httpStatus, String maKetQua, String thongDiep) {
            super(failure.kind() + " " + failure.detail(), null, false, false);
            this.failure = failure;
            this.httpStatus = httpStatus;
            this.maKetQua = maKetQua;
            this.thongDiep = thongDiep;
        }
    }
}
