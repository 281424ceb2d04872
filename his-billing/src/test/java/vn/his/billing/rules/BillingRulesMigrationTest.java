package vn.his.billing.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import com.mysql.cj.jdbc.MysqlDataSource;

import vn.his.billing.RuleFixtures;

/** Migration V20261123_20 runs on H2 (MySQL mode) and, when it answers, on MariaDB, and loads the same rules. */
class BillingRulesMigrationTest {

    private static final String SCRATCH = "billing_scratch";

    @Test
    void migratesOnH2AndTheLoadedRulesAreTheDocumentedOnes() throws SQLException {
        DataSource dataSource = RuleFixtures.newH2();
        RuleFixtures.migrate(dataSource);
        assertRowCounts(dataSource);
        assertDocumentedRules(new JdbcRuleBookLoader(dataSource).load());
    }

    @Test
    void migratesOnMariaDbWhenItRuns() throws SQLException {
        Assumptions.assumeTrue(portOpen("127.0.0.1", 3306), "no MariaDB/MySQL on 127.0.0.1:3306");
        String base = "jdbc:mysql://127.0.0.1:3306/";
        try (Connection admin = DriverManager.getConnection(base + "?user=root&password=");
             Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + SCRATCH);
            statement.execute("CREATE DATABASE " + SCRATCH + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        try {
            MysqlDataSource dataSource = new MysqlDataSource();
            dataSource.setURL(base + SCRATCH + "?characterEncoding=UTF-8");
            dataSource.setUser("root");
            dataSource.setPassword("");
            RuleFixtures.migrate(dataSource);
            assertRowCounts(dataSource);
            RuleBook rules = new JdbcRuleBookLoader(dataSource).load();
            assertDocumentedRules(rules);
            assertThat(rules.visitObjects(LocalDate.of(2026, 7, 1)).get(0).descriptionVi())
                    .isEqualTo("Khám tại nơi đăng ký ban đầu");
        } finally {
            try (Connection admin = DriverManager.getConnection(base + "?user=root&password=");
                 Statement statement = admin.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + SCRATCH);
            }
        }
    }

    private static boolean portOpen(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static void assertRowCounts(DataSource dataSource) throws SQLException {
        assertThat(count(dataSource, "billing_base_salary")).isEqualTo(8);
        assertThat(count(dataSource, "billing_benefit_level")).isEqualTo(5);
        assertThat(count(dataSource, "billing_benefit_override")).isEqualTo(2);
        assertThat(count(dataSource, "billing_threshold")).isEqualTo(3);
        assertThat(count(dataSource, "billing_service_rate")).isEqualTo(13);
        assertThat(count(dataSource, "billing_full_benefit_level")).isEqualTo(1);
        assertThat(count(dataSource, "billing_visit_object WHERE valid_from >= '2025-01-01'")).isEqualTo(30);
        try (Connection c = dataSource.getConnection();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM billing_visit_object WHERE valid_to IS NULL"
                     + " AND valid_from >= '2025-01-01' AND (source IS NULL OR source = '')")) {
            rs.next();
            assertThat(rs.getInt(1)).as("every row cites its source").isZero();
        }
    }

    private static int count(DataSource dataSource, String tableAndWhere) throws SQLException {
        try (Connection c = dataSource.getConnection();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + tableAndWhere)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void assertDocumentedRules(RuleBook rules) {
        // bhyt-rules §2.3
        assertThat(rules.baseSalary(LocalDate.of(2019, 7, 1))).isEqualByComparingTo("1490000");
        assertThat(rules.baseSalary(LocalDate.of(2024, 6, 30))).isEqualByComparingTo("1800000");
        assertThat(rules.baseSalary(LocalDate.of(2026, 6, 30))).isEqualByComparingTo("2340000");
        assertThat(rules.baseSalary(LocalDate.of(2026, 7, 1))).isEqualByComparingTo("2530000");
        // bhyt-rules §2.2 threshold table
        assertThat(rules.thresholdAmount(ThresholdKind.VISIT_FULL_BENEFIT, LocalDate.of(2026, 1, 1)))
                .isEqualByComparingTo("351000");
        assertThat(rules.thresholdAmount(ThresholdKind.VISIT_FULL_BENEFIT, LocalDate.of(2026, 7, 1)))
                .isEqualByComparingTo("379500");
        assertThat(rules.thresholdAmount(ThresholdKind.FIVE_YEAR_COPAYMENT, LocalDate.of(2026, 7, 1)))
                .isEqualByComparingTo("15180000");
        assertThat(rules.thresholdAmount(ThresholdKind.SUPPLY_CEILING, LocalDate.of(2026, 7, 1)))
                .isEqualByComparingTo("113850000");
        // bhyt-rules §1.2 and the dated override
        assertThat(rules.benefit("CN", 3, LocalDate.of(2025, 12, 31)).percent()).isEqualByComparingTo("95");
        BenefitEntitlement cn2026 = rules.benefit("CN", 3, LocalDate.of(2026, 1, 1));
        assertThat(cn2026.effectiveDigit()).isEqualTo(2);
        assertThat(cn2026.percent()).isEqualByComparingTo("100");
        assertThat(cn2026.overrideApplied()).isTrue();
        assertThat(cn2026.groupMatchesDigit()).isTrue();
        assertThat(rules.benefit("LH", 4, LocalDate.of(2026, 1, 1)).effectiveDigit()).isEqualTo(2);
        assertThat(rules.benefit("DN", 4, LocalDate.of(2026, 1, 1)).percent()).isEqualByComparingTo("80");
        assertThat(rules.benefit("TE", 1, LocalDate.of(2026, 1, 1)).ratioLimitsApply()).isFalse();
        assertThat(rules.benefit("QN", 5, LocalDate.of(2026, 1, 1)).paysOutOfScope()).isTrue();
        assertThat(rules.benefit("QN", 5, LocalDate.of(2026, 1, 1)).percent()).isEqualByComparingTo("100");
        assertThat(rules.benefit("DN", 1, LocalDate.of(2026, 1, 1)).groupMatchesDigit()).isFalse();
        // QĐ 3276 PL1: 27 codes in table order, with dated factors
        List<VisitObjectRule> table2026 = rules.visitObjects(LocalDate.of(2026, 7, 1));
        assertThat(table2026.stream().map(VisitObjectRule::code).distinct().toList()).containsExactly(
                "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.11", "1.12", "1.13", "1.14", "1.15", "1.16",
                "1.17", "1.18", "2", "3.1", "3.2", "3.3", "3.6", "7", "7.2", "7.3", "7.4", "8", "9", "10");
        assertThat(factor(rules, "1.13", LocalDate.of(2026, 6, 30), EncounterType.OUTPATIENT)).isEqualByComparingTo("0");
        assertThat(factor(rules, "1.13", LocalDate.of(2026, 7, 1), EncounterType.OUTPATIENT)).isEqualByComparingTo("0.5");
        assertThat(factor(rules, "1.14", LocalDate.of(2026, 7, 1), EncounterType.OUTPATIENT)).isEqualByComparingTo("0.5");
        assertThat(factor(rules, "1.18", LocalDate.of(2026, 7, 1), EncounterType.OUTPATIENT)).isEqualByComparingTo("0.5");
        assertThat(factor(rules, "3.1", LocalDate.of(2026, 7, 1), EncounterType.INPATIENT)).isEqualByComparingTo("0.4");
        assertThat(factor(rules, "3.1", LocalDate.of(2026, 7, 1), EncounterType.OUTPATIENT)).isEqualByComparingTo("0");
        assertThat(factor(rules, "3.2", LocalDate.of(2020, 12, 31), EncounterType.INPATIENT)).isEqualByComparingTo("0.6");
        assertThat(factor(rules, "3.2", LocalDate.of(2021, 1, 1), EncounterType.INPATIENT)).isEqualByComparingTo("1");
        // TYLE_TT_DV
        assertThat(rules.servicePercent(ServiceRateKind.EXAM, 1, LocalDate.of(2026, 7, 1))).isEqualByComparingTo("100");
        assertThat(rules.servicePercent(ServiceRateKind.EXAM, 4, LocalDate.of(2026, 7, 1))).isEqualByComparingTo("30");
        assertThat(rules.servicePercent(ServiceRateKind.EXAM, 5, LocalDate.of(2026, 7, 1))).isEqualByComparingTo("10");
        assertThat(rules.servicePercent(ServiceRateKind.EXAM, 9, LocalDate.of(2026, 7, 1))).isEqualByComparingTo("0");
        assertThat(rules.servicePercent(ServiceRateKind.SHARED_BED, 2, LocalDate.of(2026, 7, 1))).isEqualByComparingTo("50");
        assertThat(rules.servicePercent(ServiceRateKind.SHARED_BED, 4, LocalDate.of(2026, 7, 1))).isEqualByComparingTo("33");
        assertThat(rules.servicePercent(ServiceRateKind.ADDITIONAL_SURGERY_SAME_TEAM, 2, LocalDate.of(2026, 7, 1)))
                .isEqualByComparingTo("50");
        assertThat(rules.servicePercent(ServiceRateKind.ADDITIONAL_PROCEDURE, 3, LocalDate.of(2026, 7, 1)))
                .isEqualByComparingTo("80");
        assertThat(rules.fullBenefitAt(null, FormerRoute.COMMUNE, LocalDate.of(2024, 12, 31))).isTrue();
        assertThat(rules.fullBenefitAt(CareLevel.PRIMARY, FormerRoute.COMMUNE, LocalDate.of(2025, 1, 1))).isFalse();
    }

    private static BigDecimal factor(RuleBook rules, String code, LocalDate date, EncounterType type) {
        return rules.visitObjects(date).stream().filter(r -> r.code().equals(code)).map(r -> r.factor(type))
                .filter(java.util.Objects::nonNull).findFirst().orElseThrow();
    }
}
