package vn.his.web.testsupport;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Plain HTTP calls against the running test server, as a user (HTTP Basic) or anonymously. */
public final class HttpTester {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    public HttpTester(int port) {
        this.port = port;
    }

    public record Reply(int status, String contentType, String body) {
        public JsonNode json() {
            return JSON.readTree(body);
        }
    }

    public Reply send(String user, String method, String path, String json) {
        return send(user, method, path, json, "application/json", null);
    }

    /** A page as a browser asks for it (Accept: text/html). */
    public Reply page(String user, String path) {
        return send(user, "GET", path, null, null, null, "text/html,application/xhtml+xml");
    }

    public Reply send(String user, String method, String path, String body, String contentType, String language) {
        return send(user, method, path, body, contentType, language, null);
    }

    public Reply send(String user, String method, String path, String body, String contentType, String language,
                      String accept) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            b.header("Content-Type", contentType);
        }
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (user + ":" + WebFixtures.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        if (accept != null) {
            b.header("Accept", accept);
        }
        if (language != null) {
            b.header("Accept-Language", language);
        }
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Reply get(String user, String path) {
        return send(user, "GET", path, null);
    }

    public static String json(Object value) {
        return JSON.writeValueAsString(value);
    }
}
