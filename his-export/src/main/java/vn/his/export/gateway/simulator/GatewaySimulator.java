package vn.his.export.gateway.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import vn.his.export.gateway.GatewayAccount;
import vn.his.export.gateway.GatewayEndpoints;
import vn.his.export.gateway.GatewayMessages;

/**
 * A stand-in for the BHXH gateway API on a loopback port (JDK {@code HttpServer}, bound to 127.0.0.1; port 0 =
 * ephemeral). It answers {@code /api/token/take}, check-in, dossier and card check like CV 1245/BHXH-CNTT §I
 * describes (both the QĐ 3176 and the QĐ 4750 path names by default), checks what it receives
 * ({@link SubmissionReview}), records every call ({@link #requests()}) and injects faults ({@link #faults()}).
 * <p>Usage: {@code GatewaySimulator.builder().account(account).build().start()}, then point the client at
 * {@link #baseUrl()}; {@link #stop()} (or close) when done.
 */
public final class GatewaySimulator implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GatewaySimulator.class);
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter RECEIVED_AT = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final String JSON_TYPE = "application/json; charset=utf-8";
    /** A body that starts like a success and breaks off, followed by junk: it must not be read as accepted. */
    static final String GARBAGE_BODY = "{\"maKetQua\":\"200\",\"maGiaoD\u0000\u00ff<html>502 Bad Gateway</html>";

    private final int requestedPort;
    private final Clock clock;
    private final Duration tokenLifetime;
    private final List<GatewayEndpoints> endpointSets;
    private final int maxRequestBytes;
    private final SimulatedSessions sessions;
    private final SubmissionReview review;
    private final SimulatorFaults faults = new SimulatorFaults();
    private final SimulatedCardDesk cards;
    private final JsonMapper json = JsonMapper.builder().build();
    private final List<ReceivedRequest> received = new CopyOnWriteArrayList<>();
    private final AtomicLong transactions = new AtomicLong();
    private final AtomicInteger logins = new AtomicInteger();

    private HttpServer server;
    private ExecutorService executor;

    private GatewaySimulator(Builder builder) {
        this.requestedPort = builder.port;
        this.clock = builder.clock;
        this.tokenLifetime = builder.tokenLifetime;
        this.endpointSets = List.copyOf(builder.endpointSets);
        this.maxRequestBytes = builder.maxRequestBytes;
        this.sessions = new SimulatedSessions(builder.accounts, builder.clock, builder.tokenLifetime);
        this.review = new SubmissionReview(builder.signatureCheck, builder.inspector, builder.maxFileBytes);
        this.cards = new SimulatedCardDesk(json);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Binds the loopback port and starts answering. */
    public synchronized GatewaySimulator start() {
        if (server != null) {
            throw new IllegalStateException("the simulator is already running");
        }
        try {
            HttpServer created = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), requestedPort), 0);
            AtomicInteger threadNumber = new AtomicInteger();
            executor = Executors.newCachedThreadPool(task -> {
                Thread thread = new Thread(task, "gateway-simulator-" + threadNumber.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
            created.setExecutor(executor);
            created.createContext("/", this::handle);
            created.start();
            server = created;
            LOG.info("Gateway simulator listening on {}", baseUrl());
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind the gateway simulator to port " + requestedPort, e);
        }
    }

    /** Stops answering, interrupts calls still sleeping (latency, timeouts) and frees the port. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.stop(0);
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("Gateway simulator threads did not stop within 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server = null;
        executor = null;
    }

    @Override
    public void close() {
        stop();
    }

    /** {@code http://127.0.0.1:<port>}, for {@code GatewaySettings}. */
    public synchronized URI baseUrl() {
        if (server == null) {
            throw new IllegalStateException("the simulator is not running");
        }
        InetSocketAddress address = server.getAddress();
        return URI.create("http://" + address.getAddress().getHostAddress() + ":" + address.getPort());
    }

    public SimulatorFaults faults() {
        return faults;
    }

    /** The card-check answer table. */
    public SimulatedCardDesk cards() {
        return cards;
    }

    /** Every call received so far, oldest first. */
    public List<ReceivedRequest> requests() {
        return List.copyOf(received);
    }

    /** Number of successful logins. */
    public int loginCount() {
        return logins.get();
    }

    /** How many times a dossier containing {@code maLk} was accepted. */
    public int acceptedDossiers(String maLk) {
        return acceptedDossierCountsByMaLk().getOrDefault(maLk, 0);
    }

    /** Accepted dossiers per MA_LK (read from XML1): a value above 1 is a duplicate submission. */
    public Map<String, Integer> acceptedDossierCountsByMaLk() {
        return acceptedCounts(ReceivedRequest.Kind.DOSSIER);
    }

    /** Accepted check-ins per MA_LK. */
    public Map<String, Integer> acceptedCheckInCountsByMaLk() {
        return acceptedCounts(ReceivedRequest.Kind.CHECK_IN);
    }

    /** Makes every issued session expired: the next data call with an old token is answered 401. */
    public void expireAllTokens() {
        sessions.expireAll();
    }

    /** Forgets the recorded calls. */
    public void clearRequests() {
        received.clear();
    }

    private Map<String, Integer> acceptedCounts(ReceivedRequest.Kind kind) {
        Map<String, Integer> counts = new TreeMap<>();
        for (ReceivedRequest request : received) {
            if (request.kind() == kind && request.accepted()) {
                request.maLk().forEach(lk -> counts.merge(lk, 1, Integer::sum));
            }
        }
        return counts;
    }

    // ---------------------------------------------------------------------------------------------- HTTP handling

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            ReceivedRequest.Kind kind = kindOf(path);
            byte[] body = readBody(exchange.getRequestBody());
            Call call = new Call(exchange, kind, path);
            if (body == null) {
                call.answer(413, codeReply("1001", text("simulator.file.tooLarge", "?", String.valueOf(maxRequestBytes))));
                return;
            }
            if (!"POST".equals(exchange.getRequestMethod())) {
                call.answerRaw(405, "text/plain", "Method Not Allowed");
                return;
            }
            sleep(faults.latency());
            switch (kind) {
                case TOKEN -> token(call, body);
                case CHECK_IN, DOSSIER -> submission(call, body);
                case CARD_CHECK -> cardCheck(call, body);
                default -> call.answerRaw(404, "text/plain", "Not Found");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("Gateway simulator failed on {}", exchange.getRequestURI().getPath(), e);
            throw e;
        }
    }

    private ReceivedRequest.Kind kindOf(String path) {
        for (GatewayEndpoints endpoints : endpointSets) {
            if (endpoints.tokenPath().equals(path)) {
                return ReceivedRequest.Kind.TOKEN;
            }
            if (endpoints.checkInPath().equals(path)) {
                return ReceivedRequest.Kind.CHECK_IN;
            }
            if (endpoints.dossierPath().equals(path)) {
                return ReceivedRequest.Kind.DOSSIER;
            }
            if (endpoints.cardCheckPath().equals(path)) {
                return ReceivedRequest.Kind.CARD_CHECK;
            }
        }
        return ReceivedRequest.Kind.UNKNOWN;
    }

    private void token(Call call, byte[] body) throws IOException, InterruptedException {
        Map<String, String> form = parseForm(new String(body, StandardCharsets.UTF_8));
        call.username = form == null ? null : form.get("username");
        Optional<SimulatorFaults.Fault> fault = faults.takeForLogin();
        if (fault.isPresent() && call.fault(fault.get())) {
            return;
        }
        Optional<SimulatedSessions.Session> session = form == null ? Optional.empty()
                : sessions.login(form.get("username"), form.get("password"));
        if (session.isEmpty()) {
            ObjectNode reply = codeReply("401", text("simulator.login.refused"));
            reply.putNull("APIKey");
            call.answer(200, reply);
            return;
        }
        logins.incrementAndGet();
        ObjectNode reply = json.createObjectNode();
        reply.put("maKetQua", "200");
        ObjectNode apiKey = reply.putObject("APIKey");
        apiKey.put("access_token", session.get().accessToken());
        apiKey.put("id_token", session.get().idToken());
        apiKey.put("token_type", "Bearer");
        apiKey.put("username", session.get().username());
        apiKey.put("expires_in", session.get().expiresAt().toString());
        call.answer(200, reply);
    }

    private void submission(Call call, byte[] body) throws IOException, InterruptedException {
        Optional<SimulatorFaults.Fault> fault = faults.takeForData();
        if (fault.isPresent() && call.fault(fault.get())) {
            return;
        }
        var headers = call.exchange.getRequestHeaders();
        Optional<GatewayAccount> account = sessions.authenticate(headers.getFirst("accessToken"),
                headers.getFirst("tokenId"), headers.getFirst("passwordHash"));
        if (account.isEmpty()) {
            call.answer(401, codeReply("401", text("simulator.session.refused")));
            return;
        }
        String contentType = headers.getFirst("Content-Type");
        Map<String, String> form = contentType != null && contentType.startsWith("application/x-www-form-urlencoded")
                ? parseForm(new String(body, StandardCharsets.UTF_8)) : null;
        if (form == null) {
            call.answer(200, codeReply("205", text("simulator.param.form")));
            return;
        }
        call.username = form.get("username");
        call.loaiHoSo = form.get("loaiHoSo");
        call.maCskcb = form.get("maCSKCB");
        SubmissionReview.Review result = review.review(call.kind, account.get(), form);
        if (!result.accepted()) {
            call.answer(200, codeReply(result.rejection().maKetQua(), result.rejection().thongDiep()));
            return;
        }
        call.maLk = result.maLk();
        ObjectNode reply = codeReply("200", text("simulator.accepted"));
        reply.put("maGiaoDich", nextTransaction());
        reply.put("thoiGianTiepNhan", ZonedDateTime.now(clock.withZone(VIETNAM)).format(RECEIVED_AT));
        call.answer(200, reply);
    }

    private void cardCheck(Call call, byte[] body) throws IOException, InterruptedException {
        Optional<SimulatorFaults.Fault> fault = faults.takeForData();
        if (fault.isPresent() && call.fault(fault.get())) {
            return;
        }
        Map<String, String> query = parseForm(Objects.requireNonNullElse(call.exchange.getRequestURI().getRawQuery(), ""));
        Optional<GatewayAccount> account = query == null ? Optional.empty()
                : sessions.authenticate(query.get("token"), query.get("id_token"), query.get("password"));
        if (account.isEmpty() || !account.get().username().equals(query.get("username"))) {
            call.answer(401, codeReply("401", text("simulator.session.refused")));
            return;
        }
        call.username = account.get().username();
        call.maCskcb = account.get().maCskcb();
        JsonNode request;
        try {
            request = json.readTree(new String(body, StandardCharsets.UTF_8));
        } catch (JacksonException notJson) {
            request = null;
        }
        if (request == null || !request.isObject()) {
            call.answer(200, codeReply("205", text("card.205")));
            return;
        }
        call.answer(200, cards.answer(request));
    }

    private String nextTransaction() {
        return "SIM" + ZonedDateTime.now(clock.withZone(VIETNAM)).format(RECEIVED_AT)
                + String.format("%06d", transactions.incrementAndGet());
    }

    private ObjectNode codeReply(String maKetQua, String thongDiep) {
        ObjectNode reply = json.createObjectNode();
        reply.put("maKetQua", maKetQua);
        reply.put("thongDiep", thongDiep);
        return reply;
    }

    private static String text(String key, Object... args) {
        return GatewayMessages.standard().text(GatewayMessages.VIETNAMESE, key, args);
    }

    /** Form or query string fields; {@code null} when the encoding is broken or a field repeats. */
    static Map<String, String> parseForm(String encoded) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (encoded.isEmpty()) {
            return fields;
        }
        try {
            for (String pair : encoded.split("&", -1)) {
                int equals = pair.indexOf('=');
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                if (fields.put(name, value) != null) {
                    return null;
                }
            }
        } catch (IllegalArgumentException badEscape) {
            return null;
        }
        return fields;
    }

    /** The request body, or {@code null} when it exceeds the limit. */
    private byte[] readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(maxRequestBytes + 1);
        if (body.length > maxRequestBytes) {
            in.transferTo(OutputStream.nullOutputStream());
            return null;
        }
        return body;
    }

    private static void sleep(Duration duration) throws InterruptedException {
        if (!duration.isZero()) {
            Thread.sleep(duration.toMillis());
        }
    }

    /** One call being answered; records itself when the answer is sent. */
    private final class Call {
        private final HttpExchange exchange;
        private final ReceivedRequest.Kind kind;
        private final String path;
        private SimulatorFaults.Fault injected;
        private String username;
        private String loaiHoSo;
        private String maCskcb;
        private List<String> maLk = new ArrayList<>();

        Call(HttpExchange exchange, ReceivedRequest.Kind kind, String path) {
            this.exchange = exchange;
            this.kind = kind;
            this.path = path;
        }

        /** Applies {@code fault}; true when the call has been answered by it. */
        boolean fault(SimulatorFaults.Fault fault) throws IOException, InterruptedException {
            injected = fault;
            switch (fault) {
                case HTTP_500 -> {
                    answerRaw(500, "text/html; charset=utf-8",
                            "<html><body><h1>500 Internal Server Error</h1></body></html>");
                    return true;
                }
                case GARBAGE -> {
                    answerRaw(200, JSON_TYPE, GARBAGE_BODY);
                    return true;
                }
                case EXPIRED_TOKEN -> {
                    if (kind == ReceivedRequest.Kind.TOKEN) {
                        ObjectNode reply = codeReply("401", text("simulator.login.refused"));
                        reply.putNull("APIKey");
                        answer(200, reply);
                    } else {
                        answer(401, codeReply("401", text("simulator.session.expired")));
                    }
                    return true;
                }
                case TIMEOUT -> {
                    sleep(faults.timeoutDelay());
                    return false; // then answered normally, possibly to a client that has gone
                }
                default -> throw new IllegalStateException("unknown fault " + fault);
            }
        }

        void answer(int status, ObjectNode reply) throws IOException {
            record(status, field(reply, "maKetQua"), field(reply, "maGiaoDich"), field(reply, "thongDiep"));
            send(status, JSON_TYPE, json.writeValueAsBytes(reply));
        }

        void answerRaw(int status, String contentType, String body) throws IOException {
            record(status, null, null, null);
            send(status, contentType, body.getBytes(StandardCharsets.UTF_8));
        }

        private void record(int status, String maKetQua, String maGiaoDich, String thongDiep) {
            received.add(new ReceivedRequest(clock.instant(), kind, path, username, loaiHoSo, maCskcb, maLk, injected,
                    status, maKetQua, maGiaoDich, thongDiep));
        }

        private void send(int status, String contentType, byte[] bytes) throws IOException {
            exchange.getResponseHeaders().set("Content-Type", contentType);
            try {
                exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
                exchange.getResponseBody().write(bytes);
            } catch (IOException clientGone) {
                // the client gave up (e.g. its read timeout passed during a TIMEOUT fault); the call stays recorded
                LOG.debug("Gateway simulator could not deliver the answer to {}: {}", path, clientGone.getMessage());
            }
        }

        private String field(ObjectNode reply, String field) {
            JsonNode value = reply.get(field);
            return value == null || value.isNull() ? null : value.asString();
        }
    }

    /** Configuration of a simulator. */
    public static final class Builder {
        private final Map<String, GatewayAccount> accounts = new HashMap<>();
        private int port;
        private Clock clock = Clock.systemUTC();
        private Duration tokenLifetime = Duration.ofMinutes(60);
        private final List<GatewayEndpoints> endpointSets = new ArrayList<>(
                List.of(GatewayEndpoints.qd3176(), GatewayEndpoints.qd4750()));
        private DossierInspector inspector = new TotalsDossierInspector();
        private SignatureCheck signatureCheck = new XmlDsigSignatureCheck();
        private int maxRequestBytes = 64 << 20;
        private int maxFileBytes = 40 << 20;

        private Builder() {
        }

        /** An account the simulator accepts (username, password, facility). */
        public Builder account(GatewayAccount account) {
            accounts.put(account.username(), account);
            return this;
        }

        /** TCP port on 127.0.0.1; 0 (default) picks a free one. */
        public Builder port(int newPort) {
            if (newPort < 0 || newPort > 65535) {
                throw new IllegalArgumentException("port must be 0..65535");
            }
            this.port = newPort;
            return this;
        }

        /** Clock for token expiry and reception times. */
        public Builder clock(Clock newClock) {
            this.clock = Objects.requireNonNull(newClock, "clock");
            return this;
        }

        public Builder tokenLifetime(Duration lifetime) {
            if (lifetime.isNegative() || lifetime.isZero()) {
                throw new IllegalArgumentException("tokenLifetime must be positive");
            }
            this.tokenLifetime = lifetime;
            return this;
        }

        /** Replaces the path sets answered (default: QĐ 3176 and QĐ 4750 names). */
        public Builder endpoints(GatewayEndpoints... sets) {
            if (sets.length == 0) {
                throw new IllegalArgumentException("at least one endpoint set");
            }
            endpointSets.clear();
            endpointSets.addAll(List.of(sets));
            return this;
        }

        public Builder inspector(DossierInspector newInspector) {
            this.inspector = Objects.requireNonNull(newInspector, "inspector");
            return this;
        }

        public Builder signatureCheck(SignatureCheck newCheck) {
            this.signatureCheck = Objects.requireNonNull(newCheck, "signatureCheck");
            return this;
        }

        /** Largest decoded file accepted before answering 1001 (default 40 MB). */
        public Builder maxFileBytes(int bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("maxFileBytes must be positive");
            }
            this.maxFileBytes = bytes;
            return this;
        }

        public GatewaySimulator build() {
            if (accounts.isEmpty()) {
                throw new IllegalStateException("the simulator needs at least one account");
            }
            return new GatewaySimulator(this);
        }
    }
}
