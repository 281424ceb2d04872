package vn.his.export.spec;

import java.util.Objects;

/**
 * One field (element) of one XML 130 table: its position, name and rules, as one row of
 * {@code db/reference/xml130/qd4750/<TABLE>.csv} (after the patches of later decisions).
 *
 * @param order     position of the element inside its row element, from 1
 * @param element   element name, e.g. {@code MA_LK}
 * @param type      data type of the decision
 * @param maxLength maximum number of characters, or {@code null} when unlimited ("n")
 * @param decimals  number of decimals written (3 for quantities and unit prices, 2 for money), or {@code null}
 * @param required  whether the gateway requires the field
 * @param format    how the text is formed
 * @param note      condition for {@link Requirement#C}, gateway checks and size differences, in Vietnamese
 */
public record FieldSpec(int order, String element, FieldType type, Integer maxLength, Integer decimals,
                        Requirement required, FieldFormat format, String note) {

    public FieldSpec {
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(required, "required");
        Objects.requireNonNull(format, "format");
        note = note == null ? "" : note;
        if (order < 1) {
            throw new IllegalArgumentException("order must be >= 1 for " + element);
        }
        if (!element.matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException("Invalid element name '" + element + "'");
        }
        if (maxLength != null && maxLength < 1) {
            throw new IllegalArgumentException("max_length must be >= 1 for " + element);
        }
        if (decimals != null && (decimals < 0 || decimals > 6)) {
            throw new IllegalArgumentException("decimals out of range for " + element);
        }
    }

    public FieldSpec withOrder(int newOrder) {
        return new FieldSpec(newOrder, element, type, maxLength, decimals, required, format, note);
    }

    public FieldSpec withElement(String newElement) {
        return new FieldSpec(order, newElement, type, maxLength, decimals, required, format, note);
    }

    public FieldSpec withMaxLength(Integer newMaxLength) {
        return new FieldSpec(order, element, type, newMaxLength, decimals, required, format, note);
    }

    public FieldSpec withNote(String newNote) {
        return new FieldSpec(order, element, type, maxLength, decimals, required, format, newNote);
    }
}
