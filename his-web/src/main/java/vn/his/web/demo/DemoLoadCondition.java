package vn.his.web.demo;

/**
 * When the demo province is loaded: {@code auto} (default) only into the embedded H2 database, {@code true} also into
 * MySQL/MariaDB, {@code false} never; and only into a database that holds no facility yet.
 */
public final class DemoLoadCondition {

    private DemoLoadCondition() {
    }

    public static boolean shouldLoad(String setting, String jdbcUrl, long facilityCount) {
        if (facilityCount > 0) {
            return false;
        }
        return switch (setting == null ? "auto" : setting.strip().toLowerCase()) {
            case "true" -> true;
            case "false" -> false;
            case "auto" -> jdbcUrl != null && jdbcUrl.startsWith("jdbc:h2:");
            default -> throw new IllegalArgumentException("his.demo.load must be auto, true or false, not " + setting);
        };
    }
}
