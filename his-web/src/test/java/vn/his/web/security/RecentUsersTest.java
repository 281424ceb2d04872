package vn.his.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.his.web.testsupport.MovableClock;

class RecentUsersTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-23T08:00:00Z"));
    private final RecentUsers users = new RecentUsers(Duration.ofSeconds(5), 3, clock);

    static SignedInUser user(String name) {
        return new SignedInUser(7L, name, "$2a$10$hash-of-" + name, "Nguyễn Văn Bảy", 40L, "Bệnh viện huyện", "40",
                Set.of(Role.CLINICIAN), true);
    }

    @Test
    void aUserIsRememberedForTheTtlUnderItsTrimmedLowerCaseName() {
        users.putUserInCache(user("bacsi"));
        assertThat(users.getUserFromCache(" BacSi ")).isNotNull()
                .extracting(u -> u.getPassword()).isEqualTo("$2a$10$hash-of-bacsi");
        clock.advance(Duration.ofMillis(4999));
        assertThat(users.getUserFromCache("bacsi")).isNotNull();
        clock.advance(Duration.ofMillis(1));
        assertThat(users.getUserFromCache("bacsi")).isNull();
    }

    @Test
    void erasingTheCredentialsOfTheUserHandedOutOrPutInLeavesTheRememberedOneWhole() {
        SignedInUser put = user("bacsi");
        users.putUserInCache(put);
        put.eraseCredentials(); // what ProviderManager does to the user it returns after sign-in
        SignedInUser first = (SignedInUser) users.getUserFromCache("bacsi");
        first.eraseCredentials();
        assertThat(users.getUserFromCache("bacsi").getPassword()).isEqualTo("$2a$10$hash-of-bacsi");
    }

    @Test
    void anEvictedUserIsLoadedAgain() {
        users.putUserInCache(user("bacsi"));
        users.removeUserFromCache("BACSI");
        assertThat(users.getUserFromCache("bacsi")).isNull();
    }

    @Test
    void aUserWithoutPasswordOrAZeroTtlIsNotRemembered() {
        SignedInUser erased = user("bacsi");
        erased.eraseCredentials();
        users.putUserInCache(erased);
        assertThat(users.getUserFromCache("bacsi")).isNull();
        RecentUsers off = new RecentUsers(Duration.ZERO, 3, clock);
        off.putUserInCache(user("bacsi"));
        assertThat(off.getUserFromCache("bacsi")).isNull();
    }

    @Test
    void theMemoryStaysWithinItsCapacity() {
        for (String name : new String[] {"a1", "a2", "a3"}) {
            users.putUserInCache(user(name));
        }
        clock.advance(Duration.ofSeconds(6));
        users.putUserInCache(user("a4")); // full: the expired ones go
        assertThat(users.getUserFromCache("a4")).isNotNull();
        users.putUserInCache(user("a5"));
        users.putUserInCache(user("a6"));
        users.putUserInCache(user("a7")); // full of live entries: it starts again
        assertThat(users.getUserFromCache("a4")).isNull();
        assertThat(users.getUserFromCache("a7")).isNotNull();
    }

    @Test
    void negativeSettingsAreRefused() {
        assertThatThrownBy(() -> new RecentUsers(Duration.ofSeconds(-1), 3, clock))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RecentUsers(Duration.ofSeconds(1), -1, clock))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
