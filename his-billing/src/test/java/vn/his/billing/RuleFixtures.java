package vn.his.billing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

import vn.his.billing.rules.JdbcRuleBookLoader;
import vn.his.billing.rules.RuleBook;

/** The rule book as production loads it: the billing migrations run by Flyway on an in-memory H2 (MySQL mode). */
public final class RuleFixtures {

    private static RuleBook rules;

    private RuleFixtures() {
    }

    /** {@code <repo>/db/migration/billing}, found from the module directory surefire runs in. */
    public static Path migrationDirectory() {
        Path here = Path.of("").toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("db/migration/billing");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("db/migration/billing not found above " + here);
    }

    public static DataSource newH2() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:billing_" + UUID.randomUUID()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        return dataSource;
    }

    /** Runs core's and billing's migrations (the settlement tables refer to core's encounter table). */
    public static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("filesystem:" + migrationDirectory().resolveSibling("core"),
                        "filesystem:" + migrationDirectory())
                .load()
                .migrate();
    }

    public static synchronized RuleBook rules() {
        if (rules == null) {
            DataSource dataSource = newH2();
            migrate(dataSource);
            rules = new JdbcRuleBookLoader(dataSource).load();
        }
        return rules;
    }
}
