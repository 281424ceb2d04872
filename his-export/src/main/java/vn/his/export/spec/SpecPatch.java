package vn.his.export.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One change a later decision makes to the field list of a table (a row of {@code db/reference/xml130/patches.csv}).
 * Actions: {@code rename} (value = new element name, same position and rules), {@code remove},
 * {@code max_length} (value = new maximum, empty for unlimited).
 */
public record SpecPatch(String version, String table, String action, String element, String value, String note) {

    public SpecPatch {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(element, "element");
        value = value == null ? "" : value;
        note = note == null ? "" : note;
        if (!List.of("rename", "remove", "max_length").contains(action)) {
            throw new IllegalArgumentException("Unknown patch action '" + action + "' for " + table + "." + element);
        }
    }

    /** The field list after this change, renumbered from 1. */
    public List<FieldSpec> applyTo(List<FieldSpec> fields) {
        List<FieldSpec> result = new ArrayList<>();
        boolean found = false;
        for (FieldSpec field : fields) {
            if (!field.element().equals(element)) {
                result.add(field);
                continue;
            }
            found = true;
            String annotated = appendNote(field.note());
            switch (action) {
                case "rename" -> result.add(field.withElement(value).withNote(annotated));
                case "remove" -> { /* dropped */ }
                case "max_length" -> result.add(field.withMaxLength(SpecCsv.optionalInt(value)).withNote(annotated));
                default -> throw new IllegalStateException(action);
            }
        }
        if (!found) {
            throw new IllegalStateException("Patch " + version + " " + action + ": " + table + " has no element " + element);
        }
        List<FieldSpec> renumbered = new ArrayList<>();
        for (int i = 0; i < result.size(); i++) {
            renumbered.add(result.get(i).withOrder(i + 1));
        }
        return renumbered;
    }

    private String appendNote(String existing) {
        if (note.isBlank()) {
            return existing;
        }
        return existing.isBlank() ? note : existing + " | " + note;
    }
}
