package vn.his.export.spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.his.core.common.DomainException;

/**
 * The XML 130 field specifications as data: which fields, in which order, with which rules, for table T on
 * date D. Loads {@code versions.csv}, the baseline tables of the first version ({@code qd4750/<TABLE>.csv},
 * regenerated from the official spreadsheets by {@link AppendixConverter}) and {@code patches.csv}
 * (changes of later decisions, applied cumulatively) from the classpath, under {@code db/reference/xml130/}.
 */
public final class SchemaCatalog {

    public static final String DEFAULT_ROOT = "db/reference/xml130/";

    /** Every table of the standard, check-in first (XML12 is keyed on the portal by assessment bodies). */
    public static final List<String> TABLES = List.of("XML0", "XML1", "XML2", "XML3", "XML4", "XML5", "XML6", "XML7",
            "XML8", "XML9", "XML10", "XML11", "XML12", "XML13", "XML14", "XML15");

    private final List<SchemaVersion> versions;
    private final Map<String, Map<String, TableSpec>> tablesByVersion;

    private SchemaCatalog(List<SchemaVersion> versions, Map<String, Map<String, TableSpec>> tablesByVersion) {
        this.versions = List.copyOf(versions);
        this.tablesByVersion = tablesByVersion;
    }

    /** The catalogue shipped in the his-core jar ({@code db/} on the classpath). */
    public static SchemaCatalog loadFromClasspath() {
        return load(SchemaCatalog.class.getClassLoader(), DEFAULT_ROOT);
    }

    public static SchemaCatalog load(ClassLoader loader, String root) {
        List<SchemaVersion> versions = readVersions(loader, root + "versions.csv");
        Map<String, Map<String, TableSpec>> byVersion = new LinkedHashMap<>();
        SchemaVersion base = versions.get(0);
        Map<String, TableSpec> current = new LinkedHashMap<>();
        for (String table : TABLES) {
            String path = root + base.id().toLowerCase(java.util.Locale.ROOT) + "/" + table + ".csv";
            try (InputStream in = loader.getResourceAsStream(path)) {
                if (in != null) {
                    current.put(table, new TableSpec(table, base.id(), SpecCsv.read(reader(in), path)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(path, e);
            }
        }
        if (current.isEmpty()) {
            throw new IllegalStateException("No table specification found under " + root + base.id().toLowerCase(java.util.Locale.ROOT));
        }
        byVersion.put(base.id(), Map.copyOf(current));
        List<SpecPatch> patches = readPatches(loader, root + "patches.csv");
        for (SchemaVersion version : versions.subList(1, versions.size())) {
            Map<String, TableSpec> next = new LinkedHashMap<>();
            for (Map.Entry<String, TableSpec> e : current.entrySet()) {
                List<FieldSpec> fields = e.getValue().fields();
                for (SpecPatch patch : patches) {
                    if (patch.version().equals(version.id()) && patch.table().equals(e.getKey())) {
                        fields = patch.applyTo(fields);
                    }
                }
                next.put(e.getKey(), new TableSpec(e.getKey(), version.id(), fields));
            }
            byVersion.put(version.id(), Map.copyOf(next));
            current = next;
        }
        for (SpecPatch patch : patches) {
            if (!byVersion.containsKey(patch.version()) || patch.version().equals(base.id())) {
                throw new IllegalStateException("patches.csv names version " + patch.version()
                        + " which is not a later version of versions.csv");
            }
        }
        return new SchemaCatalog(versions, byVersion);
    }

    public List<SchemaVersion> versions() {
        return versions;
    }

    /** The version in force on {@code date}; refuses dates before the first version. */
    public SchemaVersion versionOn(LocalDate date) {
        return versions.stream().filter(v -> v.appliesOn(date)).findFirst()
                .orElseThrow(() -> new DomainException("export.schema.noVersionOnDate", date));
    }

    public SchemaVersion version(String id) {
        return versions.stream().filter(v -> v.id().equals(id)).findFirst()
                .orElseThrow(() -> new DomainException("export.schema.unknownVersion", id));
    }

    public TableSpec table(String table, LocalDate date) {
        return table(table, versionOn(date).id());
    }

    public TableSpec table(String table, String versionId) {
        Map<String, TableSpec> tables = tablesByVersion.get(version(versionId).id());
        TableSpec spec = tables.get(table);
        if (spec == null) {
            throw new DomainException("export.schema.unknownTable", table, versionId);
        }
        return spec;
    }

    /** Table codes that have a specification under the version, in standard order. */
    public List<String> tables(String versionId) {
        Map<String, TableSpec> tables = tablesByVersion.get(version(versionId).id());
        return TABLES.stream().filter(tables::containsKey).toList();
    }

    private static List<SchemaVersion> readVersions(ClassLoader loader, String path) {
        List<List<String>> records = readCsv(loader, path);
        List<String> header = List.of("version", "decision", "valid_from", "valid_to", "changes");
        if (records.isEmpty() || !records.get(0).equals(header)) {
            throw new IllegalStateException(path + ": header must be " + String.join(",", header));
        }
        List<SchemaVersion> versions = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> r = records.get(i);
            if (r.size() != header.size()) {
                throw new IllegalStateException(path + " line " + (i + 1) + ": expected " + header.size() + " columns");
            }
            try {
                versions.add(new SchemaVersion(r.get(0), r.get(1), LocalDate.parse(r.get(2)),
                        r.get(3).isBlank() ? null : LocalDate.parse(r.get(3)), r.get(4)));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw new IllegalStateException(path + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        versions.sort(Comparator.comparing(SchemaVersion::validFrom));
        for (int i = 0; i < versions.size(); i++) {
            SchemaVersion v = versions.get(i);
            boolean last = i == versions.size() - 1;
            if (!last && (v.validTo() == null || !v.validTo().plusDays(1).equals(versions.get(i + 1).validFrom()))) {
                throw new IllegalStateException(path + ": version " + v.id() + " must end the day before "
                        + versions.get(i + 1).id() + " starts");
            }
        }
        if (versions.isEmpty()) {
            throw new IllegalStateException(path + ": no version");
        }
        return versions;
    }

    private static List<SpecPatch> readPatches(ClassLoader loader, String path) {
        List<List<String>> records = readCsv(loader, path);
        List<String> header = List.of("version", "table", "action", "element", "value", "note");
        if (records.isEmpty() || !records.get(0).equals(header)) {
            throw new IllegalStateException(path + ": header must be " + String.join(",", header));
        }
        List<SpecPatch> patches = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> r = records.get(i);
            if (r.size() != header.size()) {
                throw new IllegalStateException(path + " line " + (i + 1) + ": expected " + header.size() + " columns");
            }
            patches.add(new SpecPatch(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), r.get(5)));
        }
        return patches;
    }

    private static List<List<String>> readCsv(ClassLoader loader, String path) {
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + path);
            }
            return Csv.read(reader(in));
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
    }

    private static Reader reader(InputStream in) {
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
