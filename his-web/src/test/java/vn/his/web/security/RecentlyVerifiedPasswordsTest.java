package vn.his.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.his.web.testsupport.MovableClock;

class RecentlyVerifiedPasswordsTest {

    /** bcrypt that counts its comparisons. */
    private static final class CountingEncoder implements PasswordEncoder {
        private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        final AtomicInteger checks = new AtomicInteger();

        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    }

    private final CountingEncoder bcrypt = new CountingEncoder();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-23T08:00:00Z"));
    private final RecentlyVerifiedPasswords passwords =
            new RecentlyVerifiedPasswords(bcrypt, Duration.ofMinutes(5), 2, clock);

    @Test
    void aVerifiedPasswordIsNotHashedAgainUntilItsEntryExpires() {
        String stored = bcrypt.encode("mật-khẩu-hệ-thống-1");
        assertThat(passwords.matches("mật-khẩu-hệ-thống-1", stored)).isTrue();
        assertThat(passwords.matches("mật-khẩu-hệ-thống-1", stored)).isTrue();
        assertThat(bcrypt.checks).hasValue(1);

        clock.advance(Duration.ofMinutes(5));
        assertThat(passwords.matches("mật-khẩu-hệ-thống-1", stored)).isTrue();
        assertThat(bcrypt.checks).hasValue(2);
    }

    @Test
    void wrongPasswordsAreAlwaysCheckedAndNeverRemembered() {
        String stored = bcrypt.encode("right-password-123");
        assertThat(passwords.matches("wrong-password-123", stored)).isFalse();
        assertThat(passwords.matches("wrong-password-123", stored)).isFalse();
        assertThat(bcrypt.checks).hasValue(2);
        assertThat(passwords.matches("right-password-123", stored)).isTrue();
        assertThat(passwords.matches("wrong-password-123", stored)).isFalse();
        assertThat(bcrypt.checks).hasValue(4);
    }

    @Test
    void aChangedPasswordDoesNotMatchTheEntryOfTheOldOne() {
        String before = bcrypt.encode("old-password-123");
        assertThat(passwords.matches("old-password-123", before)).isTrue();
        String after = bcrypt.encode("new-password-456");
        assertThat(passwords.matches("old-password-123", after)).isFalse();
        assertThat(passwords.matches("new-password-456", after)).isTrue();
    }

    @Test
    void theOldestEntryGoesWhenTheCapacityIsReached() {
        String a = bcrypt.encode("password-a-123");
        String b = bcrypt.encode("password-b-123");
        String c = bcrypt.encode("password-c-123");
        passwords.matches("password-a-123", a);
        passwords.matches("password-b-123", b);
        passwords.matches("password-c-123", c);
        int before = bcrypt.checks.get();
        assertThat(passwords.matches("password-c-123", c)).isTrue();
        assertThat(bcrypt.checks).hasValue(before);
        assertThat(passwords.matches("password-a-123", a)).isTrue();
        assertThat(bcrypt.checks).hasValue(before + 1);
    }
}
