package vn.his.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import vn.his.web.testsupport.MovableClock;

/** The lockout rules without Spring: threshold, window, expiry, reset on success, per-address counting. */
class LoginThrottleTest {

    static final Instant T0 = Instant.parse("2026-11-24T01:00:00Z");

    final MovableClock clock = new MovableClock(T0);
    final LoginThrottle throttle = new LoginThrottle(clock, 5, 8, Duration.ofMinutes(15), Duration.ofMinutes(15));

    void fail(String user, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(user, address);
        }
    }

    @Test
    void fourFailuresDoNotLockTheFifthLocksForFifteenMinutes() {
        fail("an", "10.0.0.1", 4);
        assertThat(throttle.lockedUntil("an", "10.0.0.1")).isEmpty();
        fail("an", "10.0.0.1", 1);
        assertThat(throttle.lockedUntil("an", "10.0.0.1")).contains(T0.plus(Duration.ofMinutes(15)));
        assertThat(throttle.lockedUntil("AN ", "10.0.0.9")).as("user name case and spaces do not matter")
                .contains(T0.plus(Duration.ofMinutes(15)));
        assertThat(throttle.lockedUntil("binh", "10.0.0.1")).as("another user from the same address").isEmpty();
        assertThat(throttle.remaining(T0.plus(Duration.ofMinutes(15)))).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        fail("an", null, 4);
        clock.advance(Duration.ofMinutes(15));
        fail("an", null, 1);
        assertThat(throttle.lockedUntil("an", null)).isEmpty();
        clock.advance(Duration.ofMinutes(1));
        fail("an", null, 3);
        assertThat(throttle.lockedUntil("an", null)).isEmpty();
        fail("an", null, 1); // five within the last 15 minutes
        assertThat(throttle.lockedUntil("an", null)).contains(clock.instant().plus(Duration.ofMinutes(15)));
    }

    @Test
    void theLockExpiresAndFailuresWhileLockedDoNotExtendIt() {
        fail("an", null, 5);
        Instant until = T0.plus(Duration.ofMinutes(15));
        clock.advance(Duration.ofMinutes(10));
        fail("an", null, 3);
        assertThat(throttle.lockedUntil("an", null)).contains(until);
        clock.advance(Duration.ofMinutes(5));
        assertThat(throttle.lockedUntil("an", null)).isEmpty();
        fail("an", null, 4);
        assertThat(throttle.lockedUntil("an", null)).as("a fresh count after the lock").isEmpty();
    }

    @Test
    void aSuccessResetsTheCount() {
        fail("an", null, 4);
        throttle.recordSuccess("an");
        fail("an", null, 4);
        assertThat(throttle.lockedUntil("an", null)).isEmpty();
        fail("an", null, 1);
        assertThat(throttle.lockedUntil("an", null)).isPresent();
    }

    @Test
    void manyUserNamesFromOneAddressLockThatAddress() {
        for (int i = 0; i < 8; i++) {
            fail("user" + i, "10.0.0.7", 1);
        }
        assertThat(throttle.lockedUntil("someone-else", "10.0.0.7")).contains(T0.plus(Duration.ofMinutes(15)));
        assertThat(throttle.lockedUntil("someone-else", "10.0.0.8")).isEmpty();
    }

    @Test
    void staleCountersAreForgottenWhenManyNamesAreTracked() {
        LoginThrottle wide = new LoginThrottle(clock, 5, 1_000_000, Duration.ofMinutes(15), Duration.ofMinutes(15));
        fail(wide, "locked", 5);
        for (int i = 0; i < LoginThrottle.PRUNE_AT; i++) {
            wide.recordFailure("spray" + i, null);
        }
        clock.advance(Duration.ofMinutes(14));
        wide.recordFailure("late", null);
        assertThat(wide.tracked()).as("nothing stale yet").isGreaterThan(LoginThrottle.PRUNE_AT);
        clock.advance(Duration.ofMinutes(2));
        wide.recordFailure("later", null);
        assertThat(wide.tracked()).as("only the last two failures remain").isEqualTo(2);
    }

    static void fail(LoginThrottle t, String user, int times) {
        for (int i = 0; i < times; i++) {
            t.recordFailure(user, null);
        }
    }

    @Test
    void settingsMustBePositive() {
        assertThatThrownBy(() -> new LoginThrottle(clock, 0, 5, Duration.ofMinutes(1), Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
