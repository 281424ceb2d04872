package vn.his.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.his.core.testsupport.DatabaseTest;

/**
 * The context starting at all proves the Flyway migrations ran and Hibernate's {@code validate} accepted every
 * mapping against them; this test checks that Flyway really applied every script and that text is stored in UTF-8.
 */
@DatabaseTest
class MigrationsValidateTest {

    @Autowired
    Flyway flyway;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyMigrationApplied() {
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.info().applied()).isNotEmpty();
    }

    @Test
    void vietnameseTextSurvivesARoundTrip() {
        jdbc.update("INSERT INTO code_sequence (name, next_value) VALUES (?, 1)", "Nguyễn Thị Ánh Tuyết ư ơ đ");
        assertThat(jdbc.queryForObject("SELECT name FROM code_sequence WHERE name LIKE 'Nguy%'", String.class))
                .isEqualTo("Nguyễn Thị Ánh Tuyết ư ơ đ");
    }
}
