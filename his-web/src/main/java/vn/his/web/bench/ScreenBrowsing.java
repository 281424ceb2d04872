package vn.his.web.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code screens} mode's iteration: a receptionist signed in with the form (own cookie session, CSRF token of the
 * login page) finds a patient by card number, opens the patient, opens one of their encounters and its cost statement
 * (bảng kê), mixed with two API calls (the encounter and the same search as JSON, HTTP Basic). A refused page (any
 * non-2xx, a redirect to the sign-in page included) is counted and ends the iteration.
 */
final class ScreenBrowsing implements LoadDriver.Iteration {

    static final String SEARCH = "GET /reception?cardNumber= (page)";
    static final String PATIENT = "GET /reception/patients/{id} (page)";
    static final String ENCOUNTER = "GET /reception/encounters/{id} (page)";
    static final String STATEMENT = "GET /encounters/{id}/cost-statement (page)";
    static final String API_ENCOUNTER = "GET /api/v1/encounters/{id}";
    static final String API_SEARCH = "GET /api/v1/patients?cardNumber=";
    static final String WHOLE = "browse (4 pages + 2 API calls)";
    static final List<String> KINDS = List.of(SEARCH, PATIENT, ENCOUNTER, STATEMENT, API_ENCOUNTER, API_SEARCH, WHOLE);

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final BenchClient client;
    private final List<DemoFacilityData.Visit> visits;
    private final Latencies latencies;

    ScreenBrowsing(BenchClient client, DemoFacilityData data, Latencies latencies) {
        this.client = client;
        this.visits = data.visitsWithCard();
        this.latencies = latencies;
    }

    /** Signs in with the form: the login page's CSRF token, then the post; the session cookie stays in the client. */
    void signIn(String user, String password) {
        BenchClient.Reply login = client.page("sign-in", "/login");
        Matcher m = CSRF.matcher(login.body());
        if (login.status() != 200 || !m.find()) {
            throw new IllegalStateException("GET /login answered " + login.status() + " without a CSRF token");
        }
        BenchClient.Reply posted = client.form("sign-in", "/login", "username=" + encode(user) + "&password="
                + encode(password) + "&_csrf=" + encode(m.group(1)));
        if (posted.status() != 302 || posted.location() == null || posted.location().contains("error")) {
            throw new IllegalStateException("signing in as " + user + " with the form failed: " + posted.status()
                    + " → " + posted.location());
        }
    }

    @Override
    public void run() {
        DemoFacilityData.Visit v = visits.get(ThreadLocalRandom.current().nextInt(visits.size()));
        long start = System.nanoTime();
        String card = encode(v.cardNumber());
        boolean done = EncounterRecording.ok(client.page(SEARCH, "/reception?cardNumber=" + card))
                && EncounterRecording.ok(client.page(PATIENT, "/reception/patients/" + v.patientId()))
                && EncounterRecording.ok(client.page(ENCOUNTER, "/reception/encounters/" + v.encounterId()))
                && EncounterRecording.ok(client.api(API_ENCOUNTER, "GET", "/api/v1/encounters/" + v.encounterId(),
                        null))
                && EncounterRecording.ok(client.page(STATEMENT, "/encounters/" + v.encounterId() + "/cost-statement"))
                && EncounterRecording.ok(client.api(API_SEARCH, "GET", "/api/v1/patients?cardNumber=" + card, null));
        if (done) {
            latencies.whole(WHOLE, start, System.nanoTime());
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
