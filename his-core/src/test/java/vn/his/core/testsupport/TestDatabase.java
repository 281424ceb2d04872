package vn.his.core.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * Which database a test JVM runs against. Surefire runs every test on H2 (MySQL mode, the embedded default); a second
 * execution runs the tests tagged {@code db} with {@code -Dhis.test.db=mariadb} against a real MySQL/MariaDB server
 * (HIS_TEST_DB_URL, default jdbc:mysql://127.0.0.1:3306/), in a database the tests create and drop first.
 * With HIS_TEST_MYSQL=required an unreachable server is a failure; otherwise those tests are skipped.
 */
public final class TestDatabase {

    public static final String MODE_PROPERTY = "his.test.db";
    private static final String DEFAULT_SERVER_URL = "jdbc:mysql://127.0.0.1:3306/";
    private static final java.util.List<String> createdDatabases = new java.util.concurrent.CopyOnWriteArrayList<>();

    private TestDatabase() {
    }

    public static boolean isMariaDb() {
        return "mariadb".equalsIgnoreCase(System.getProperty(MODE_PROPERTY, "h2"));
    }

    public static boolean mariaDbRequired() {
        return "required".equalsIgnoreCase(env("HIS_TEST_MYSQL", "optional"));
    }

    /** Server URL without a database name, always ending with '/'. */
    public static String serverUrl() {
        String url = env("HIS_TEST_DB_URL", DEFAULT_SERVER_URL);
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        int slash = base.indexOf('/', "jdbc:mysql://".length());
        return slash < 0 ? base + "/" : base.substring(0, slash + 1);
    }

    public static String user() {
        return env("HIS_TEST_DB_USER", "root");
    }

    public static String password() {
        return env("HIS_TEST_DB_PASSWORD", "");
    }

    /** Null when the server answers, otherwise why not. */
    public static String mariaDbUnavailableReason() {
        try (Connection ignored = DriverManager.getConnection(serverUrl() + "?connectTimeout=3000", user(), password())) {
            return null;
        } catch (SQLException e) {
            return "MySQL/MariaDB at " + serverUrl() + " does not answer: " + e.getMessage();
        }
    }

    /** Spring datasource properties for the current mode; a fresh database per application context. */
    public static Map<String, Object> datasourceProperties() {
        if (!isMariaDb()) {
            String name = "his_" + UUID.randomUUID().toString().replace("-", "");
            return Map.of(
                    "spring.datasource.url", "jdbc:h2:mem:" + name
                            + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=256",
                    "spring.datasource.username", "sa",
                    "spring.datasource.password", "");
        }
        String database = createFreshDatabase();
        return Map.of(
                "spring.datasource.url", serverUrl() + database
                        + "?useUnicode=true&characterEncoding=UTF-8&connectionTimeZone=LOCAL&rewriteBatchedStatements=true",
                "spring.datasource.username", user(),
                "spring.datasource.password", password());
    }

    private static synchronized String createFreshDatabase() {
        long now = System.currentTimeMillis() / 1000;
        String name = "his_test_" + now + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        try (Connection c = DriverManager.getConnection(serverUrl(), user(), password());
             Statement s = c.createStatement()) {
            if (createdDatabases.isEmpty()) {
                dropStaleDatabases(s, now);
                Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::dropOwnDatabases, "drop-test-databases"));
            }
            s.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            createdDatabases.add(name);
            return name;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database on " + serverUrl(), e);
        }
    }

    /** Leftovers of test runs that died more than two hours ago; a run going on beside this one keeps its own. */
    private static void dropStaleDatabases(Statement s, long now) throws SQLException {
        var old = new java.util.ArrayList<String>();
        try (var rs = s.executeQuery("SHOW DATABASES LIKE 'his\\_test\\_%'")) {
            while (rs.next()) {
                old.add(rs.getString(1));
            }
        }
        for (String o : old) {
            String[] parts = o.split("_");
            boolean stale = parts.length < 4 || !parts[2].matches("\\d+") || now - Long.parseLong(parts[2]) > 7200;
            if (stale) {
                s.execute("DROP DATABASE IF EXISTS `" + o + "`");
            }
        }
    }

    private static void dropOwnDatabases() {
        try (Connection c = DriverManager.getConnection(serverUrl(), user(), password());
             Statement s = c.createStatement()) {
            for (String name : createdDatabases) {
                s.execute("DROP DATABASE IF EXISTS `" + name + "`");
            }
        } catch (SQLException e) {
            // the JVM is exiting; the next run drops what is left once it is two hours old
            System.err.println("Could not drop test databases " + createdDatabases + ": " + e.getMessage());
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
