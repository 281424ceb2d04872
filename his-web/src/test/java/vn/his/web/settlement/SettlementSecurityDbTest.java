package vn.his.web.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.his.web.testsupport.HttpTester;
import vn.his.web.testsupport.HttpTester.Reply;
import vn.his.web.testsupport.WebFixtures;
import vn.his.web.testsupport.WebTest;

/**
 * Every settlement endpoint: 401 anonymous, 403 for another facility's clerk, 403 for a role that may not change
 * (clinician, insurance officer) or not read (clinician), 400 problem+json for a bad body, 404 for an unknown encounter.
 */
@WebTest
class SettlementSecurityDbTest {

    static final long UNKNOWN = 987_654_321L;

    @LocalServerPort
    int port;

    @Autowired
    WebFixtures fixtures;

    HttpTester http;
    WebFixtures.World w;
    long finished;

    @BeforeEach
    void setUp() {
        http = new HttpTester(port);
        w = fixtures.world();
        finished = new FinishedVisits(http, w).finished("clinician-a", w.a());
    }

    record Call(String method, String path, String body) {
    }

    java.util.List<Call> reads(long id) {
        return java.util.List.of(new Call("GET", "/api/v1/encounters/" + id + "/settlement/preview", null),
                new Call("GET", "/api/v1/encounters/" + id + "/settlement/versions", null),
                new Call("GET", "/api/v1/encounters/" + id + "/settlement/versions/1", null));
    }

    java.util.List<Call> changes(long id) {
        return java.util.List.of(new Call("POST", "/api/v1/encounters/" + id + "/settlement",
                        "{\"payment\":{\"method\":\"CASH\"}}"),
                new Call("POST", "/api/v1/encounters/" + id + "/payments", "{\"method\":\"CASH\"}"),
                new Call("POST", "/api/v1/encounters/" + id + "/corrections", "{\"reason\":\"Sai\"}"));
    }

    Reply call(String user, Call c) {
        return http.send(user, c.method(), c.path(), c.body());
    }

    void assertProblem(Reply r, int status, String what) {
        assertThat(r.status()).as(what + " " + r.body()).isEqualTo(status);
        assertThat(r.contentType()).as(what).startsWith("application/problem+json");
    }

    @Test
    void anotherFacilitysClerkIsRefusedEverywhere() {
        for (Call c : reads(finished)) {
            assertProblem(call("clerk-b", c), 403, c.path());
        }
        for (Call c : changes(finished)) {
            assertProblem(call("clerk-b", c), 403, c.path());
        }
        // an insurance officer of another province neither
        assertProblem(call("officer-38", reads(finished).get(0)), 403, "officer-38");
    }

    @Test
    void rolesThatMayNotChangeAreRefused() {
        for (Call c : changes(finished)) {
            assertProblem(call("clinician-a", c), 403, "clinician " + c.path());
            assertProblem(call("officer-40", c), 403, "officer " + c.path());
        }
        for (Call c : reads(finished)) {
            assertProblem(call("clinician-a", c), 403, "clinician " + c.path());
        }
        assertProblem(http.get("clinician-a", "/api/v1/settlements/worklist"), 403, "clinician worklist");
        // the officer reads the province's bills
        assertThat(call("officer-40", reads(finished).get(0)).status()).isEqualTo(200);
        assertThat(http.get("officer-40", "/api/v1/settlements/worklist").status()).isEqualTo(200);
    }

    @Test
    void anonymousCallsAreUnauthorized() {
        assertThat(http.get(null, "/api/v1/settlements/worklist").status()).isEqualTo(401);
        assertThat(call(null, changes(finished).get(0)).status()).isEqualTo(401);
    }

    @Test
    void badBodiesAreProblemsWithFieldDetails() {
        String path = "/api/v1/encounters/" + finished;
        Reply method = http.send("clerk-a", "POST", path + "/settlement", "{\"payment\":{\"method\":\"CHEQUE\"}}");
        assertProblem(method, 400, "unknown method");
        Reply noMethod = http.send("clerk-a", "POST", path + "/settlement", "{\"payment\":{\"reference\":\"x\"}}");
        assertProblem(noMethod, 400, "missing method");
        assertThat(noMethod.json().get("errors").get(0).get("field").asString()).isEqualTo("payment.method");
        Reply halfOverride = http.send("clerk-a", "POST", path + "/settlement",
                "{\"override\":{\"visitObject\":\"1.1\"}}");
        assertProblem(halfOverride, 400, "override without reason");
        assertThat(halfOverride.json().get("errors").get(0).get("field").asString()).isEqualTo("override.reason");
        Reply blank = http.send("clerk-a", "POST", path + "/corrections", "{\"reason\":\" \"}");
        assertProblem(blank, 400, "blank reason");
        assertThat(blank.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        assertProblem(http.send("clerk-a", "POST", path + "/payments", "{not json"), 400, "malformed");
        assertProblem(http.get("clerk-a", path + "/settlement/preview?visitObject=1.1"), 400, "preview override");
        assertProblem(http.get("clerk-a", "/api/v1/settlements/worklist?status=NOPE"), 400, "status");
        assertProblem(http.get("clerk-a", "/api/v1/settlements/worklist?page=-1"), 400, "page");
        // nothing was settled by the refused calls
        assertThat(http.get("clerk-a", path + "/settlement/versions").json()).isEmpty();
    }

    @Test
    void anUnknownEncounterIsNotFound() {
        for (Call c : reads(UNKNOWN)) {
            assertProblem(call("clerk-a", c), 404, c.path());
        }
        for (Call c : changes(UNKNOWN)) {
            assertProblem(call("clerk-a", c), 404, c.path());
        }
    }
}
