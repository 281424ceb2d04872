package vn.his.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.zaxxer.hikari.HikariDataSource;

import vn.his.web.testsupport.WebTest;

/**
 * The pool of the interactive application gives up on a connection after 5 s (application.properties), so a stuck or
 * unreachable database answers 503 within seconds rather than after Hikari's default 30 s.
 */
@WebTest
class DatabasePoolSettingsDbTest {

    @Autowired DataSource dataSource;

    @Test
    void aRequestWaitsAtMostFiveSecondsForAPooledConnection() {
        HikariDataSource pool = (HikariDataSource) dataSource;
        assertThat(pool.getConnectionTimeout()).isEqualTo(5_000);
        assertThat(pool.getValidationTimeout()).isEqualTo(2_000);
        // more connections than request threads (32) plus the outbox's Quartz threads: no request can starve
        assertThat(pool.getMaximumPoolSize()).isEqualTo(40);
        assertThat(pool.getMinimumIdle()).isEqualTo(2);
    }
}
