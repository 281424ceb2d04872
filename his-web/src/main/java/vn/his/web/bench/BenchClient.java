package vn.his.web.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One simulated client: its own {@link HttpClient} (HTTP/1.1, its own connections and, for the screens, its own cookie
 * session), HTTP Basic credentials for {@code /api}, and the {@link Latencies} every call is recorded into.
 */
final class BenchClient {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    record Reply(int status, String body, String location) {
        boolean ok() {
            return status >= 200 && status <= 299;
        }

        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    private final HttpClient http;
    private final URI base;
    private final String basic;
    private final Latencies latencies;
    private final Duration think;

    BenchClient(URI base, String user, String password, Latencies latencies) {
        this(base, user, password, latencies, Duration.ZERO);
    }

    /** A client that pauses before each call, uniformly 0.5–1.5 × {@code think} (not counted in the call's time). */
    BenchClient(URI base, String user, String password, Latencies latencies, Duration think) {
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
        this.base = base;
        this.basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        this.latencies = latencies;
        this.think = think;
    }

    /** A JSON call to {@code /api} with HTTP Basic. */
    Reply api(String kind, String method, String path, Object body) {
        HttpRequest.Builder b = request(path).header("Authorization", basic).header("Accept", "application/json");
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        return send(kind, b.build());
    }

    /** A page with the client's session cookie, as a browser asks for it. */
    Reply page(String kind, String path) {
        return send(kind, request(path).header("Accept", "text/html,application/xhtml+xml").GET().build());
    }

    /** A form post with the session cookie. */
    Reply form(String kind, String path, String urlEncoded) {
        return send(kind, request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(urlEncoded)).build());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT);
    }

    private Reply send(String kind, HttpRequest request) {
        try {
            if (!think.isZero()) {
                long millis = think.toMillis();
                Thread.sleep(millis / 2 + ThreadLocalRandom.current().nextLong(millis + 1));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(Latencies.NO_ANSWER, "interrupted", null);
        }
        long start = System.nanoTime();
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            latencies.request(kind, start, System.nanoTime(), r.statusCode());
            return new Reply(r.statusCode(), r.body(), r.headers().firstValue("Location").orElse(null));
        } catch (IOException e) {
            latencies.request(kind, start, System.nanoTime(), Latencies.NO_ANSWER);
            return new Reply(Latencies.NO_ANSWER, e.toString(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(Latencies.NO_ANSWER, "interrupted", null);
        }
    }
}
