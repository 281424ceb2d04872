package vn.his.web.officer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import vn.his.export.claim.StoredFinding;

/**
 * The pre-submission findings of a claim version placed where they belong: on a row of a list table (table + STT),
 * on a field of a one-row table (XML1), or with the claim as a whole. Messages in the page's language.
 */
public final class FindingIndex {

    /** A finding as a page shows it. */
    public record Shown(String severity, String table, String field, Integer stt, String ruleId, String message) {
        public boolean error() {
            return "ERROR".equals(severity);
        }
    }

    private final List<Shown> all = new ArrayList<>();
    private final Map<String, List<Shown>> byRow = new LinkedHashMap<>();
    private final Map<String, List<Shown>> byField = new LinkedHashMap<>();

    public FindingIndex(List<StoredFinding> findings, Locale locale) {
        for (StoredFinding f : findings) {
            Shown s = new Shown(f.severity().name(), f.table(), f.field(), f.rowStt(), f.ruleId(), f.message(locale));
            all.add(s);
            if (f.table() != null && f.rowStt() != null) {
                byRow.computeIfAbsent(f.table() + "#" + f.rowStt(), k -> new ArrayList<>()).add(s);
            } else if (f.table() != null && f.field() != null) {
                byField.computeIfAbsent(f.table() + "." + f.field(), k -> new ArrayList<>()).add(s);
            }
        }
    }

    public List<Shown> all() {
        return List.copyOf(all);
    }

    public int count() {
        return all.size();
    }

    /** Findings on row {@code stt} of {@code table} (e.g. XML2 STT 3). */
    public List<Shown> row(String table, Integer stt) {
        return stt == null ? List.of() : byRow.getOrDefault(table + "#" + stt, List.of());
    }

    /** Findings on a field of a table without a row number (XML1.T_TONGCHI_BV). */
    public List<Shown> field(String table, String field) {
        return byField.getOrDefault(table + "." + field, List.of());
    }

    /** Findings that name neither a row nor a field of a table that is shown. */
    public List<Shown> general() {
        return all.stream().filter(s -> s.table() == null || (s.stt() == null && s.field() == null)).toList();
    }

    /** Findings of {@code table} whose row is not in {@code stts} (e.g. a line no longer on the bill). */
    public List<Shown> unplaced(String table, List<Integer> stts) {
        return all.stream().filter(s -> Objects.equals(s.table(), table) && s.stt() != null && !stts.contains(s.stt()))
                .toList();
    }
}
