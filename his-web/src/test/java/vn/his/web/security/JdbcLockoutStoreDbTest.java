package vn.his.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.his.web.testsupport.MovableClock;
import vn.his.web.testsupport.WebTest;

/**
 * The user-name lockout kept in {@code login_lockout}: two throttles over one database stand for two application
 * nodes (and a restart is a new throttle). Own user names, so the shared context's other tests are not affected.
 */
@WebTest
class JdbcLockoutStoreDbTest {

    static final Instant T0 = Instant.parse("2026-11-24T01:00:00Z");

    @Autowired
    JdbcTemplate jdbc;

    final MovableClock clock = new MovableClock(T0);

    LoginThrottle node() {
        return new LoginThrottle(clock, 5, 1000, Duration.ofMinutes(15), Duration.ofMinutes(15),
                new JdbcLockoutStore(jdbc));
    }

    @Test
    void failuresOnTwoNodesAddUpAndTheLockIsSeenByBoth() {
        LoginThrottle a = node();
        LoginThrottle b = node();
        for (int i = 0; i < 3; i++) {
            a.recordFailure("cross-node", "10.0.0.1");
        }
        b.recordFailure("Cross-Node ", "10.0.0.2");
        assertThat(a.lockedUntil("cross-node", null)).isEmpty();
        b.recordFailure("cross-node", "10.0.0.2"); // the fifth, counted on the other node
        Instant until = T0.plus(Duration.ofMinutes(15));
        assertThat(a.lockedUntil("cross-node", null)).contains(until);
        assertThat(b.lockedUntil("cross-node", null)).contains(until);
        assertThat(node().lockedUntil("cross-node", null)).as("a restarted node remembers").contains(until);
        assertThat(a.lockedAccounts()).anySatisfy(l -> {
            assertThat(l.username()).isEqualTo("cross-node");
            assertThat(l.failures()).isEqualTo(5);
            assertThat(l.lockedUntil()).isEqualTo(until);
        });

        clock.advance(Duration.ofMinutes(5));
        a.recordFailure("cross-node", null); // refused attempts do not lengthen the lock
        assertThat(b.lockedUntil("cross-node", null)).contains(until);

        assertThat(b.unlock("cross-node")).as("an administrator's unlock on node B").isTrue();
        assertThat(a.lockedUntil("cross-node", null)).isEmpty();
        assertThat(a.lockedAccounts()).noneMatch(l -> l.username().equals("cross-node"));
    }

    @Test
    void theWindowAndTheLockExpireAndASuccessResets() {
        LoginThrottle a = node();
        LoginThrottle b = node();
        for (int i = 0; i < 4; i++) {
            a.recordFailure("window-db", null);
        }
        clock.advance(Duration.ofMinutes(15));
        b.recordFailure("window-db", null);
        assertThat(a.lockedUntil("window-db", null)).as("the first four are out of the window").isEmpty();
        for (int i = 0; i < 3; i++) {
            b.recordFailure("window-db", null);
        }
        a.recordSuccess("window-db");
        a.recordFailure("window-db", null);
        assertThat(b.lockedUntil("window-db", null)).as("the success reset the count").isEmpty();
        for (int i = 0; i < 4; i++) {
            b.recordFailure("window-db", null);
        }
        Instant until = clock.instant().plus(Duration.ofMinutes(15));
        assertThat(a.lockedUntil("window-db", null)).contains(until);
        clock.advance(Duration.ofMinutes(15));
        assertThat(a.lockedUntil("window-db", null)).as("the lock ended").isEmpty();
        a.recordFailure("window-db", null);
        assertThat(b.lockedUntil("window-db", null)).as("a fresh count after the lock").isEmpty();
        Integer failures = jdbc.queryForObject("SELECT failures FROM login_lockout WHERE username = 'window-db'",
                Integer.class);
        assertThat(failures).isEqualTo(1);
    }

    @Test
    void theAddressCounterStaysPerNode() {
        LoginThrottle a = new LoginThrottle(clock, 1000, 3, Duration.ofMinutes(15), Duration.ofMinutes(15),
                new JdbcLockoutStore(jdbc));
        LoginThrottle b = new LoginThrottle(clock, 1000, 3, Duration.ofMinutes(15), Duration.ofMinutes(15),
                new JdbcLockoutStore(jdbc));
        for (int i = 0; i < 3; i++) {
            a.recordFailure("spray-db-" + i, "10.9.9.9");
        }
        assertThat(a.lockedUntil("anyone-db", "10.9.9.9")).isPresent();
        assertThat(b.lockedUntil("anyone-db", "10.9.9.9")).as("documented: per-address counts are in memory").isEmpty();
    }

    @Test
    void veryLongNamesStillCount() {
        LoginThrottle a = node();
        String name = "x".repeat(300);
        for (int i = 0; i < 5; i++) {
            a.recordFailure(name, null);
        }
        assertThat(a.lockedUntil(name, null)).isPresent();
    }
}
