package vn.his.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.his.web.testsupport.WebFixtures;
import vn.his.web.testsupport.WebTest;

/**
 * The security headers of the screens, Swagger UI, the REST API and FHIR; pages without inline scripts, styles or
 * handlers (the policy refuses them); a new session id at form sign-in (session fixation).
 */
@WebTest
class SecurityHeadersDbTest {

    /** An inline script or style, a style attribute or an event-handler attribute, anywhere in a page. */
    private static final Pattern INLINE = Pattern.compile(
            "<script(?![^>]*\\bsrc=)[^>]*>|<style\\b|\\sstyle=\"|\\son[a-z]+=\"|javascript:", Pattern.CASE_INSENSITIVE);

    @LocalServerPort
    int port;

    @Autowired
    WebFixtures fixtures;

    WebFixtures.World w;

    @BeforeEach
    void setUp() {
        w = fixtures.world();
    }

    HttpResponse<String> get(String user, String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (user + ":" + WebFixtures.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        b.header("Accept", accept);
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static void assertCommonHeaders(HttpHeaders h) {
        assertThat(h.firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(h.firstValue("Permissions-Policy")).hasValue("camera=(), microphone=(), geolocation=()");
        assertThat(h.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(h.firstValue("X-Frame-Options")).hasValue("DENY");
        // plain HTTP: HSTS is only sent on HTTPS requests
        assertThat(h.firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void pagesHaveTheStrictPolicyAndNoInlineScriptsOrStyles() throws Exception {
        String[][] pages = {{"clinician-a", "/"}, {"clinician-a", "/reception"},
                {"clinician-a", "/reception/encounters/" + w.a().encounterId()},
                {"clinician-a", "/reception/patients/" + w.patientId()}, {"clinician-a", "/reception/register"},
                {"clerk-a", "/settlement"}, // the cost statement: CostStatementPageDbTest
                {"admin", "/admin/users"}, {null, "/login"}};
        for (String[] p : pages) {
            HttpResponse<String> page = get(p[0], p[1], "text/html");
            assertThat(page.statusCode()).as(p[1]).isEqualTo(200);
            assertThat(page.headers().allValues("Content-Security-Policy")).as(p[1])
                    .containsExactly(SecurityHeaders.SCREENS_POLICY);
            assertCommonHeaders(page.headers());
            Matcher inline = INLINE.matcher(page.body());
            assertThat(inline.find()).as(p[1] + (inline.find(0) ? ": " + inline.group() : "")).isFalse();
        }
        assertThat(SecurityHeaders.SCREENS_POLICY).contains("script-src 'self';", "style-src 'self';")
                .doesNotContain("unsafe");
        // the scripts and styles moved out of the pages are served to anyone (the login page uses his.css)
        for (String file : new String[] {"/reception.js", "/statement.js", "/statement.css", "/settlement.css",
                "/officer.css", "/reports.css", "/admin.css"}) {
            assertThat(get(null, file, "*/*").statusCode()).as(file).isEqualTo(200);
        }
    }

    @Test
    void swaggerUiLoadsUnderItsOwnPolicy() throws Exception {
        HttpResponse<String> ui = get(null, "/swagger-ui/index.html", "text/html");
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-ui-bundle.js", "swagger-initializer.js");
        assertThat(ui.headers().allValues("Content-Security-Policy")).containsExactly(SecurityHeaders.SWAGGER_UI_POLICY);
        assertCommonHeaders(ui.headers());
        // everything the page loads is a file of this application, allowed by script-src / style-src 'self'
        for (String file : new String[] {"swagger-ui-bundle.js", "swagger-ui-standalone-preset.js",
                "swagger-initializer.js", "swagger-ui.css", "index.css"}) {
            assertThat(get(null, "/swagger-ui/" + file, "*/*").statusCode()).as(file).isEqualTo(200);
        }
        assertThat(get(null, "/swagger-ui.html", "text/html").headers().allValues("Content-Security-Policy"))
                .containsExactly(SecurityHeaders.SWAGGER_UI_POLICY);
    }

    @Test
    void theApiAndFhirAnswerWithTheApiPolicy() throws Exception {
        HttpResponse<String> api = get("clinician-a", "/api/v1/encounters/" + w.a().encounterId(), "application/json");
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.headers().allValues("Content-Security-Policy")).containsExactly(SecurityHeaders.API_POLICY);
        assertCommonHeaders(api.headers());

        HttpResponse<String> refused = get(null, "/api/v1/encounters/" + w.a().encounterId(), "application/json");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().allValues("Content-Security-Policy")).containsExactly(SecurityHeaders.API_POLICY);

        HttpResponse<String> metadata = get(null, "/fhir/metadata", "application/fhir+json");
        assertThat(metadata.statusCode()).isEqualTo(200);
        assertThat(metadata.headers().allValues("Content-Security-Policy")).containsExactly(SecurityHeaders.API_POLICY);
        assertCommonHeaders(metadata.headers());
    }

    @Test
    void formSignInGivesANewSessionIdAndTheOldOneStaysSignedOut() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        HttpResponse<String> form = browser.send(HttpRequest.newBuilder(uri("/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(form.statusCode()).isEqualTo(200);
        String before = sessionId(cookies);
        assertThat(before).as("the login form's CSRF token lives in a session").isNotNull();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
        assertThat(token.find()).isTrue();

        String body = "username=clerk-a&password=" + URLEncoder.encode(WebFixtures.PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signIn = browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        String after = sessionId(cookies);
        assertThat(after).isNotNull().isNotEqualTo(before);

        assertThat(withSession(after).statusCode()).isEqualTo(200);
        HttpResponse<String> old = withSession(before);
        assertThat(old.statusCode()).isEqualTo(302);
        assertThat(old.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String sessionId(CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    /** The home page asked with only this session cookie (a browser holding that id). */
    private HttpResponse<String> withSession(String id) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/")).header("Cookie", "JSESSIONID=" + id)
                .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
