package vn.his.core.reference;

import java.util.regex.Pattern;

/** Field checks shared by the typed rows; each refusal names the file, the line and the column. */
final class RowChecks {

    private RowChecks() {
    }

    /** The value of {@code column}, which must match {@code format} (described as {@code expected}). */
    static String matching(CsvRow row, String column, Pattern format, String expected) {
        String value = row.get(column);
        if (!format.matcher(value).matches()) {
            throw row.refuse(column + " '" + value + "' is not " + expected);
        }
        return value;
    }

    /** The value of {@code column}, which must not be blank nor carry leading or trailing spaces. */
    static String text(CsvRow row, String column) {
        String value = row.get(column);
        if (value.isBlank()) {
            throw row.refuse(column + " is empty");
        }
        return trimmed(row, column, value);
    }

    /** The value of {@code column}, which may be empty but carries no leading or trailing spaces. */
    static String optionalText(CsvRow row, String column) {
        return trimmed(row, column, row.get(column));
    }

    private static String trimmed(CsvRow row, String column, String value) {
        if (!value.equals(value.strip())) {
            throw row.refuse(column + " '" + value + "' has leading or trailing spaces");
        }
        return value;
    }

    /** Refuses a row built in code (not read from a file) with a plain argument exception. */
    static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
