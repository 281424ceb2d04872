package vn.his.export.claim;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
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
        if (!RowFields.elementNames(type).contains(element)) {
            throw new IllegalArgumentException(type.getSimpleName() + " has no element " + element);
        }
        values.put(element, value);
        return this;
    }

    R build() {
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            Object value = values.get(RowFields.elementName(components[i].getName()));
            if (value != null && !components[i].getType().isInstance(value)) {
                throw new IllegalArgumentException(type.getSimpleName() + "." + components[i].getName() + " expects "
                        + components[i].getType().getSimpleName() + ", got " + value.getClass().getSimpleName());
            }
            args[i] = value;
        }
        try {
            return type.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new)).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build " + type.getSimpleName(), e);
        }
    }
}
