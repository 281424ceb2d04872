package vn.his.export.claim;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.his.export.xml.RowFields;

/**
 * Builds a table-row record by element name (MA_LK, T_BHTT…), so the assembler reads like the field lists of
 * QĐ 4750; unknown elements and values of the wrong type are refused, unset elements stay {@code null} (written as
 * empty elements).
 */
final class Row<R extends Record> {

    private final Class<R> type;
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Row(Class<R> type) {
        this.type = type;
    }

    static <R extends Record> Row<R> of(Class<R> type) {
        return new Row<>(type);
    }

    Row<R> set(String element, Object value) {
        if (!RowFields.layout(type).elements().contains(element)) {
            throw new IllegalArgumentException(type.getSimpleName() + " has no element " + element);
        }
        values.put(element, value);
        return this;
    }

    R build() {
        RowFields.Layout layout = RowFields.layout(type);
        List<RecordComponent> components = layout.components();
        Object[] args = new Object[components.size()];
        for (int i = 0; i < args.length; i++) {
            RecordComponent component = components.get(i);
            Object value = values.get(layout.elementNames().get(i));
            if (value != null && !component.getType().isInstance(value)) {
                throw new IllegalArgumentException(type.getSimpleName() + "." + component.getName() + " expects "
                        + component.getType().getSimpleName() + ", got " + value.getClass().getSimpleName());
            }
            args[i] = value;
        }
        return layout.newInstance(type, args);
    }
}
