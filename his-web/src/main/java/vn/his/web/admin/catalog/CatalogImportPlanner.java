package vn.his.web.admin.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import vn.his.core.common.DomainException;
import vn.his.core.encounter.OrderKind;
import vn.his.web.admin.catalog.CatalogFileReader.RawRow;
import vn.his.web.admin.catalog.CatalogImportPlan.Planned;
import vn.his.web.admin.catalog.CatalogImportPlan.Reason;
import vn.his.web.admin.catalog.CatalogImportPlan.Refused;

/**
 * Judges the rows of a catalogue file against a facility's stored catalogue (plain Java, no database): each row is a
 * price period of a drug, service or supply (kind, code, first day). A row whose period is stored with other values
 * changes it; a new period is added, and closes the stored open-ended period of the same code the day before it
 * starts; a row refused says why (unknown kind or cost group, bad price, bad date, missing value, duplicate in the
 * file, overlapping period). See the README for the columns.
 */
public final class CatalogImportPlanner {

    /** Accepted columns (header names, any order, case and spaces ignored). */
    public static final String[] COLUMNS = {"LOAI", "MA", "TEN", "NHOM", "DON_VI", "DON_GIA_BV", "DON_GIA_BH",
            "TYLE_TT_BH", "PHAM_VI", "TU_NGAY", "DEN_NGAY", "HOAT_CHAT", "HAM_LUONG", "DUONG_DUNG", "DANG_BAO_CHE",
            "SO_DANG_KY", "TT_THAU"};
    static final List<String> REQUIRED = List.of("LOAI", "MA", "TEN", "NHOM", "DON_VI", "DON_GIA_BV", "TU_NGAY");

    /** The kind column's words (Vietnamese, as on the BHXH portal's catalogue names) and the enum names. */
    static final Map<String, OrderKind> KINDS = Map.ofEntries(
            Map.entry("THUOC", OrderKind.DRUG), Map.entry("MAU", OrderKind.BLOOD),
            Map.entry("DICH_VU", OrderKind.SERVICE), Map.entry("DVKT", OrderKind.SERVICE),
            Map.entry("GIUONG", OrderKind.BED), Map.entry("VAT_TU", OrderKind.SUPPLY),
            Map.entry("VTYT", OrderKind.SUPPLY), Map.entry("VAN_CHUYEN", OrderKind.TRANSPORT),
            Map.entry("DRUG", OrderKind.DRUG), Map.entry("BLOOD", OrderKind.BLOOD),
            Map.entry("SERVICE", OrderKind.SERVICE), Map.entry("BED", OrderKind.BED),
            Map.entry("SUPPLY", OrderKind.SUPPLY), Map.entry("TRANSPORT", OrderKind.TRANSPORT));

    private static final Pattern MONEY = Pattern.compile("\\d{1,15}(\\.\\d{1,3})?");
    private static final Pattern INTEGER = Pattern.compile("\\d{1,3}");
    private static final Pattern NO_SPACE = Pattern.compile("\\S+");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private CatalogImportPlanner() {
    }

    /**
     * @param rows   the file's rows
     * @param stored the facility's stored catalogue rows
     */
    public static CatalogImportPlan plan(List<RawRow> rows, List<ItemValues> stored) {
        if (!rows.isEmpty()) {
            List<String> missing = REQUIRED.stream().filter(c -> !rows.get(0).cells().containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw new DomainException("admin.catalog.file.columns", String.join(", ", missing));
            }
        }
        Map<String, ItemValues> periods = new LinkedHashMap<>(); // current state: stored rows as the plan changes them
        stored.forEach(s -> periods.put(s.key(), s));
        Map<String, ItemValues> byKeyStored = new HashMap<>(periods);
        Map<String, Long> firstLine = new HashMap<>();
        Map<Long, ItemValues> closed = new LinkedHashMap<>();
        List<Planned> added = new ArrayList<>();
        List<Planned> changed = new ArrayList<>();
        List<Refused> refused = new ArrayList<>();
        int unchanged = 0;
        for (RawRow row : rows) {
            List<Reason> reasons = new ArrayList<>();
            ItemValues v = values(row, reasons);
            if (v != null && reasons.isEmpty()) {
                Long first = firstLine.putIfAbsent(v.key(), row.line());
                if (first != null) {
                    reasons.add(reason("admin.catalog.row.duplicate", first));
                }
            }
            ItemValues closes = null;
            if (v != null && reasons.isEmpty()) {
                for (ItemValues p : periods.values()) {
                    if (p.kind() != v.kind() || !p.code().equals(v.code()) || p.validFrom().equals(v.validFrom())) {
                        continue;
                    }
                    if (p.validFrom().isBefore(v.validFrom())) {
                        if (p.validTo() == null && p.id() != null && closes == null) {
                            closes = p; // the stored open period ends the day before the new one
                        } else if (p.validTo() == null || !p.validTo().isBefore(v.validFrom())) {
                            reasons.add(reason("admin.catalog.row.overlap", day(p.validFrom()), day(p.validTo())));
                        }
                    } else if (v.validTo() == null || !v.validTo().isBefore(p.validFrom())) {
                        reasons.add(reason("admin.catalog.row.overlap", day(p.validFrom()), day(p.validTo())));
                    }
                }
            }
            if (!reasons.isEmpty()) {
                refused.add(new Refused(row.line(), row.get("MA"), reasons));
                continue;
            }
            ItemValues before = byKeyStored.get(v.key());
            if (before != null) {
                ItemValues next = v.withId(before.id());
                if (before.sameAs(next)) {
                    unchanged++;
                } else {
                    changed.add(new Planned(row.line(), next, before));
                    periods.put(next.key(), next);
                }
            } else {
                added.add(new Planned(row.line(), v, null));
                periods.put(v.key(), v);
            }
            if (closes != null) {
                ItemValues c = closes.closedOn(v.validFrom().minusDays(1));
                closed.put(c.id(), c);
                periods.put(c.key(), c);
            }
        }
        return new CatalogImportPlan(List.copyOf(added), List.copyOf(changed), List.copyOf(closed.values()),
                unchanged, List.copyOf(refused));
    }

    private static ItemValues values(RawRow row, List<Reason> reasons) {
        OrderKind kind = KINDS.get(row.get("LOAI").toUpperCase(Locale.ROOT).replace(' ', '_'));
        if (kind == null) {
            reasons.add(reason("admin.catalog.row.kind", row.get("LOAI")));
        }
        String code = row.get("MA");
        int maxCode = kind == OrderKind.SERVICE || kind == OrderKind.BED || kind == OrderKind.TRANSPORT ? 50 : 255;
        if (code.isEmpty()) {
            reasons.add(reason("admin.catalog.row.required", "MA"));
        } else if (!NO_SPACE.matcher(code).matches() || code.length() > maxCode) {
            reasons.add(reason("admin.catalog.row.code", code, maxCode));
        }
        String name = text(row, "TEN", 1024, true, reasons);
        String unit = text(row, "DON_VI", 50, true, reasons);
        Integer group = integer(row, "NHOM", 1, 19, reasons);
        if (group != null && kind != null && !kind.allows(group)) {
            reasons.add(reason("admin.catalog.row.costGroup", group, row.get("LOAI")));
        }
        BigDecimal hospital = money(row, "DON_GIA_BV", reasons);
        BigDecimal insurance = row.get("DON_GIA_BH").isEmpty() ? hospital : money(row, "DON_GIA_BH", reasons);
        if (hospital != null && insurance != null && insurance.compareTo(hospital) > 0) {
            reasons.add(reason("admin.catalog.row.insuranceAbove", plain(insurance), plain(hospital)));
        }
        Integer ratio = row.get("TYLE_TT_BH").isEmpty() ? Integer.valueOf(100) : integer(row, "TYLE_TT_BH", 0, 100, reasons);
        Integer scope = row.get("PHAM_VI").isEmpty() ? Integer.valueOf(1) : integer(row, "PHAM_VI", 1, 3, reasons);
        LocalDate from = date(row, "TU_NGAY", true, reasons);
        LocalDate to = date(row, "DEN_NGAY", false, reasons);
        if (from != null && to != null && to.isBefore(from)) {
            reasons.add(reason("admin.catalog.row.dates", day(to), day(from)));
        }
        String route = text(row, "DUONG_DUNG", 4, false, reasons);
        String tender = text(row, "TT_THAU", 100, false, reasons);
        String ingredient = text(row, "HOAT_CHAT", 255, false, reasons);
        String strength = text(row, "HAM_LUONG", 1024, false, reasons);
        String form = text(row, "DANG_BAO_CHE", 1024, false, reasons);
        String registration = text(row, "SO_DANG_KY", 255, false, reasons);
        if (!reasons.isEmpty()) {
            return null;
        }
        return new ItemValues(null, kind, code, name, group, unit, hospital, insurance, ratio, scope, from, to,
                ingredient, strength, route, form, registration, tender);
    }

    private static String text(RawRow row, String column, int max, boolean required, List<Reason> reasons) {
        String v = row.get(column);
        if (v.isEmpty()) {
            if (required) {
                reasons.add(reason("admin.catalog.row.required", column));
            }
            return null;
        }
        if (v.length() > max) {
            reasons.add(reason("admin.catalog.row.tooLong", column, max));
        }
        return v;
    }

    private static Integer integer(RawRow row, String column, int min, int max, List<Reason> reasons) {
        String v = row.get(column);
        if (v.isEmpty()) {
            reasons.add(reason("admin.catalog.row.required", column));
            return null;
        }
        if (!INTEGER.matcher(v).matches() || Integer.parseInt(v) < min || Integer.parseInt(v) > max) {
            reasons.add(reason("admin.catalog.row.integer", column, v, min, max));
            return null;
        }
        return Integer.parseInt(v);
    }

    private static BigDecimal money(RawRow row, String column, List<Reason> reasons) {
        String v = row.get(column).replace(" ", "");
        if (v.isEmpty()) {
            reasons.add(reason("admin.catalog.row.required", column));
            return null;
        }
        if (!MONEY.matcher(v).matches()) {
            reasons.add(reason("admin.catalog.row.price", column, row.get(column)));
            return null;
        }
        return new BigDecimal(v);
    }

    private static LocalDate date(RawRow row, String column, boolean required, List<Reason> reasons) {
        String v = row.get(column);
        if (v.isEmpty()) {
            if (required) {
                reasons.add(reason("admin.catalog.row.required", column));
            }
            return null;
        }
        try {
            return v.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(v) : LocalDate.parse(v, DAY);
        } catch (DateTimeParseException e) {
            reasons.add(reason("admin.catalog.row.date", column, v));
            return null;
        }
    }

    private static Reason reason(String key, Object... args) {
        return new Reason(key, Arrays.asList(args));
    }

    private static String day(LocalDate d) {
        return d == null ? "…" : DAY.format(d);
    }

    private static String plain(BigDecimal b) {
        return b.stripTrailingZeros().toPlainString();
    }
}
