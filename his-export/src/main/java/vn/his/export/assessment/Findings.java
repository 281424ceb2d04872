package vn.his.export.assessment;

import java.util.Arrays;
import java.util.List;

/** Shorthand for building findings. */
final class Findings {

    private Findings() {
    }

    static Finding error(String ruleId, TableRow row, String field, Object... args) {
        return of(Severity.ERROR, ruleId, row.table(), field, row.stt(), args);
    }

    static Finding warning(String ruleId, TableRow row, String field, Object... args) {
        return of(Severity.WARNING, ruleId, row.table(), field, row.stt(), args);
    }

    static Finding of(Severity severity, String ruleId, String table, String field, Integer stt, Object... args) {
        List<String> texts = Arrays.stream(args).map(a -> a == null ? "" : a instanceof java.math.BigDecimal d
                ? d.toPlainString() : a.toString()).toList();
        return new Finding(severity, table, field, stt, ruleId, texts);
    }
}
