package vn.his.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.his.core.common.ClinicalTime;
import vn.his.web.testsupport.MovableClock;
import vn.his.web.testsupport.WebTest;

/**
 * Lockout through the real filter chains (issue 5): five wrong passwords, then the right one is refused until the
 * lock ends, for form login (Vietnamese message with the end time) and for HTTP Basic on /api (429 problem+json with
 * Retry-After). Own users and its own Spring context (the moved clock), so the other tests' users are not locked.
 */
@WebTest
@AutoConfigureMockMvc
class LoginThrottleDbTest {

    static final String PASSWORD = "throttle-password-1";
    // 01:00 UTC = 08:00 in Viet Nam; the lock ends 15 minutes later
    static final Instant START = Instant.parse("2026-11-24T01:00:00Z");

    @TestConfiguration
    static class MovedTime {
        @Bean
        Clock loginThrottleClock() {
            return new MovableClock(START);
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    Clock loginThrottleClock;
    @Autowired
    HisUserRepository users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    ClinicalTime time;

    void user(String name) {
        users.save(new HisUser(name, encoder.encode(PASSWORD), name, null, EnumSet.of(Role.ADMIN), time.now()));
    }

    MovableClock clock() {
        return (MovableClock) loginThrottleClock;
    }

    MvcResult signIn(String name, String password, MockHttpSession session) throws Exception {
        return mvc.perform(post("/login").param("username", name).param("password", password).with(csrf())
                .session(session)).andReturn();
    }

    @Test
    void formLoginIsLockedAfterFiveWrongPasswordsAndOpensAgainWhenTheLockEnds() throws Exception {
        user("throttle-form");
        MockHttpSession session = new MockHttpSession();
        for (int i = 0; i < 5; i++) {
            assertThat(signIn("throttle-form", "wrong-" + i, session).getResponse().getRedirectedUrl())
                    .isEqualTo("/login?error");
        }
        MvcResult refused = signIn("throttle-form", PASSWORD, session);
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        String page = mvc.perform(get("/login").param("error", "").param("lang", "vi").session(session)).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("Tài khoản tạm thời bị khoá").contains("08:15 24/11/2026")
                .doesNotContain("Sai tên đăng nhập hoặc mật khẩu");

        clock().advance(Duration.ofMinutes(15));
        MvcResult accepted = signIn("throttle-form", PASSWORD, new MockHttpSession());
        assertThat(accepted.getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void basicAuthOnTheApiAnswers429ProblemJsonWhileLocked() throws Exception {
        user("throttle-api");
        String path = "/api/v1/encounters/999999999";
        int before = mvc.perform(get(path).with(httpBasic("throttle-api", PASSWORD))).andReturn().getResponse()
                .getStatus();
        assertThat(before).isNotIn(401, 429);
        for (int i = 0; i < 5; i++) {
            assertThat(mvc.perform(get(path).with(httpBasic("throttle-api", "wrong-" + i))).andReturn().getResponse()
                    .getStatus()).isEqualTo(401);
        }
        var locked = mvc.perform(get(path).header("Accept-Language", "vi")
                .with(httpBasic("throttle-api", PASSWORD))).andReturn().getResponse();
        assertThat(locked.getStatus()).isEqualTo(429);
        assertThat(locked.getContentType()).startsWith("application/problem+json");
        assertThat(locked.getHeader("Retry-After")).isNotNull();
        assertThat(Long.parseLong(locked.getHeader("Retry-After"))).isBetween(1L, 15 * 60L);
        assertThat(locked.getContentAsString()).contains("\"status\":429").contains("tạm thời bị khoá");

        clock().advance(Duration.ofMinutes(16));
        int after = mvc.perform(get(path).with(httpBasic("throttle-api", PASSWORD))).andReturn().getResponse()
                .getStatus();
        assertThat(after).isEqualTo(before);
    }
}
