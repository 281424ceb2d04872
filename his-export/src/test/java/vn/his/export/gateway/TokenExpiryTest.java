package vn.his.export.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class TokenExpiryTest {

    private static final Instant NOW = Instant.parse("2026-11-23T01:00:00Z");
    private static final Duration FALLBACK = Duration.ofMinutes(60);

    @Test
    void isoDateTimesWithAndWithoutOffset() {
        assertThat(TokenExpiry.parse("2026-11-23T02:00:00Z", NOW, FALLBACK)).isEqualTo("2026-11-23T02:00:00Z");
        assertThat(TokenExpiry.parse("2026-11-23T09:00:00+07:00", NOW, FALLBACK)).isEqualTo("2026-11-23T02:00:00Z");
        // no offset: UTC, as CV 1245 §I.1.3 says
        assertThat(TokenExpiry.parse("2026-11-23T02:00:00", NOW, FALLBACK)).isEqualTo("2026-11-23T02:00:00Z");
        assertThat(TokenExpiry.parse("2026-11-23 02:00:00.123", NOW, FALLBACK)).isEqualTo("2026-11-23T02:00:00.123Z");
        assertThat(TokenExpiry.parse("23/11/2026 02:00:00", NOW, FALLBACK)).isEqualTo("2026-11-23T02:00:00Z");
    }

    @Test
    void numbersAreEpochSecondsEpochMillisOrLifetimeSeconds() {
        long epochSeconds = Instant.parse("2026-11-23T02:00:00Z").getEpochSecond();
        assertThat(TokenExpiry.parse(String.valueOf(epochSeconds), NOW, FALLBACK)).isEqualTo("2026-11-23T02:00:00Z");
        assertThat(TokenExpiry.parse(String.valueOf(epochSeconds * 1000), NOW, FALLBACK)).isEqualTo("2026-11-23T02:00:00Z");
        assertThat(TokenExpiry.parse("3600", NOW, FALLBACK)).isEqualTo("2026-11-23T02:00:00Z");
    }

    @Test
    void missingOrUnreadableGivesTheFallbackLifetime() {
        Instant fallback = NOW.plus(FALLBACK);
        assertThat(TokenExpiry.parse(null, NOW, FALLBACK)).isEqualTo(fallback);
        assertThat(TokenExpiry.parse("  ", NOW, FALLBACK)).isEqualTo(fallback);
        assertThat(TokenExpiry.parse("next tuesday", NOW, FALLBACK)).isEqualTo(fallback);
        assertThat(TokenExpiry.parse("2026-13-45T99:00:00", NOW, FALLBACK)).isEqualTo(fallback);
    }
}
