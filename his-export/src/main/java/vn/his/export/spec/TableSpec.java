package vn.his.export.spec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The fields of one table (XML0…XML15) in their official order, as valid under one schema version. */
public record TableSpec(String table, String version, List<FieldSpec> fields) {

    public TableSpec {
        fields = List.copyOf(fields);
        Map<String, FieldSpec> seen = new LinkedHashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            FieldSpec field = fields.get(i);
            if (field.order() != i + 1) {
                throw new IllegalArgumentException(table + "/" + version + ": field " + field.element()
                        + " has order " + field.order() + ", expected " + (i + 1));
            }
            if (seen.put(field.element(), field) != null) {
                throw new IllegalArgumentException(table + "/" + version + ": duplicate element " + field.element());
            }
        }
    }

    public List<String> elementNames() {
        return fields.stream().map(FieldSpec::element).toList();
    }

    public Optional<FieldSpec> field(String element) {
        return fields.stream().filter(f -> f.element().equals(element)).findFirst();
    }
}
