package vn.his.export.spec;

import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/** Reads and writes one table's field list in the CSV layout of {@code db/reference/xml130/qd4750/<TABLE>.csv}. */
public final class SpecCsv {

    public static final List<String> HEADER =
            List.of("order", "element", "type", "max_length", "decimals", "required", "format", "note");

    private SpecCsv() {
    }

    public static List<FieldSpec> read(Reader reader, String source) {
        List<List<String>> records = Csv.read(reader);
        if (records.isEmpty() || !records.get(0).equals(HEADER)) {
            throw new IllegalStateException(source + ": header must be " + String.join(",", HEADER));
        }
        List<FieldSpec> fields = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> r = records.get(i);
            if (r.size() != HEADER.size()) {
                throw new IllegalStateException(source + " line " + (i + 1) + ": expected " + HEADER.size()
                        + " columns, found " + r.size());
            }
            try {
                fields.add(new FieldSpec(Integer.parseInt(r.get(0)), r.get(1), FieldType.fromCsv(r.get(2)),
                        optionalInt(r.get(3)), optionalInt(r.get(4)), Requirement.fromCsv(r.get(5)),
                        FieldFormat.fromCsv(r.get(6)), r.get(7)));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(source + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return fields;
    }

    public static void write(Writer writer, List<FieldSpec> fields) {
        List<List<String>> records = new ArrayList<>();
        records.add(HEADER);
        for (FieldSpec f : fields) {
            records.add(List.of(Integer.toString(f.order()), f.element(), f.type().csv(),
                    f.maxLength() == null ? "" : f.maxLength().toString(),
                    f.decimals() == null ? "" : f.decimals().toString(),
                    f.required().name(), f.format().csv(), f.note()));
        }
        Csv.write(writer, records);
    }

    static Integer optionalInt(String text) {
        return text.isBlank() ? null : Integer.valueOf(text.trim());
    }
}
