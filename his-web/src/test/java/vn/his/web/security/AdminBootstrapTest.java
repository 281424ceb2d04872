package vn.his.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import vn.his.core.common.ClinicalTime;

/** The first administrator of a fresh install comes from HIS_ADMIN_PASSWORD, only when there is no user at all. */
class AdminBootstrapTest {

    final HisUserRepository users = mock(HisUserRepository.class);
    final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    final ClinicalTime time = new ClinicalTime(Clock.fixed(Instant.parse("2026-11-24T01:00:00Z"), ZoneOffset.UTC));

    AdminBootstrap bootstrap(String password) {
        return new AdminBootstrap(users, encoder, mock(TransactionTemplate.class), time, "admin", password);
    }

    @Test
    void createsABcryptAdministratorWithoutFacilityWhenNoUserExists() {
        when(users.count()).thenReturn(0L);
        assertThat(bootstrap("a-long-enough-secret").createIfNoUser()).isTrue();
        ArgumentCaptor<HisUser> saved = ArgumentCaptor.forClass(HisUser.class);
        verify(users).save(saved.capture());
        HisUser admin = saved.getValue();
        assertThat(admin.username()).isEqualTo("admin");
        assertThat(admin.roles()).containsExactly(Role.ADMIN);
        assertThat(admin.facility()).isNull();
        assertThat(admin.passwordHash()).startsWith("{bcrypt}$2");
        assertThat(encoder.matches("a-long-enough-secret", admin.passwordHash())).isTrue();
    }

    @Test
    void doesNothingWhenUsersExistOrNoPasswordIsSet() {
        when(users.count()).thenReturn(3L);
        assertThat(bootstrap("a-long-enough-secret").createIfNoUser()).isFalse();
        when(users.count()).thenReturn(0L);
        assertThat(bootstrap("").createIfNoUser()).isFalse();
        verify(users, never()).save(any());
    }

    @Test
    void refusesAShortPassword() {
        when(users.count()).thenReturn(0L);
        assertThatThrownBy(() -> bootstrap("short").createIfNoUser()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("12");
    }

    @Test
    void everyUserButAnAdministratorBelongsToAFacility() {
        assertThatThrownBy(() -> new HisUser("clerk", "{bcrypt}x", "Clerk", null,
                java.util.EnumSet.of(Role.BILLING_CLERK), time.now())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HisUser("Bad Name", "{bcrypt}x", "x", null,
                java.util.EnumSet.of(Role.ADMIN), time.now())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HisUser("admin2", "plain", "x", null,
                java.util.EnumSet.of(Role.ADMIN), time.now())).isInstanceOf(IllegalArgumentException.class);
    }
}
