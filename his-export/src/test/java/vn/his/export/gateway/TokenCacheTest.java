package vn.his.export.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import vn.his.export.gateway.support.MutableClock;

@Timeout(30)
class TokenCacheTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T01:00:00Z"));
    private final TokenCache cache = new TokenCache(clock, Duration.ofSeconds(60));

    private AccessToken token(String name, Duration lifetime) {
        return new AccessToken("access-" + name, "id-" + name, "Bearer", "u", clock.instant().plus(lifetime));
    }

    @Test
    void reusesTheSessionUntilTheMarginBeforeExpiry() {
        AtomicInteger logins = new AtomicInteger();
        AccessToken first = cache.obtain("k", () -> token("a" + logins.incrementAndGet(), Duration.ofMinutes(10)));

        clock.advance(Duration.ofMinutes(8).plusSeconds(59));
        assertThat(cache.obtain("k", () -> token("b" + logins.incrementAndGet(), Duration.ofMinutes(10)))).isSameAs(first);

        clock.advance(Duration.ofSeconds(1)); // now exactly 60 s before expiry: renew
        AccessToken second = cache.obtain("k", () -> token("c" + logins.incrementAndGet(), Duration.ofMinutes(10)));
        assertThat(second).isNotSameAs(first);
        assertThat(logins).hasValue(2);
    }

    @Test
    void aFreshSessionShorterThanTheMarginIsUsedOnceButNotKept() {
        AccessToken shortLived = cache.obtain("k", () -> token("short", Duration.ofSeconds(30)));
        assertThat(shortLived.accessToken()).isEqualTo("access-short");
        assertThat(cache.valid("k")).isEmpty();
    }

    @Test
    void invalidateDropsOnlyTheSessionItWasGiven() {
        AccessToken old = cache.obtain("k", () -> token("old", Duration.ofMinutes(10)));
        cache.invalidate("k", old);
        AccessToken renewed = cache.obtain("k", () -> token("new", Duration.ofMinutes(10)));

        cache.invalidate("k", old); // a late caller still holding the old session must not drop the new one
        assertThat(cache.valid("k")).contains(renewed);
    }

    @Test
    void sessionsAreKeptPerKey() {
        cache.obtain("a", () -> token("a", Duration.ofMinutes(10)));
        cache.obtain("b", () -> token("b", Duration.ofMinutes(10)));
        assertThat(cache.valid("a").orElseThrow().accessToken()).isEqualTo("access-a");
        assertThat(cache.valid("b").orElseThrow().accessToken()).isEqualTo("access-b");
    }

    @Test
    void concurrentCallersShareOneLogin() throws Exception {
        AtomicInteger logins = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<AccessToken>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return cache.obtain("k", () -> token("t" + logins.incrementAndGet(), Duration.ofMinutes(10)));
                }));
            }
            start.countDown();
            for (Future<AccessToken> result : results) {
                assertThat(result.get(10, TimeUnit.SECONDS).accessToken()).isEqualTo("access-t1");
            }
            assertThat(logins).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void refusesANegativeMargin() {
        assertThatThrownBy(() -> new TokenCache(clock, Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tokenToStringHidesTheTokens() {
        assertThat(token("secret", Duration.ofMinutes(1)).toString()).doesNotContain("access-secret", "id-secret");
    }
}
