package vn.his.export.testing;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import vn.his.export.xml.RowFields;

/** Builds and changes table-row records by element name, for tests. */
public final class Rows {

    private Rows() {
    }

    /** A record with the given element values, every other component null; refuses unknown elements. */
    public static <R extends Record> R of(Class<R> type, Map<String, ?> values) {
        RecordComponent[] components = type.getRecordComponents();
        for (String element : values.keySet()) {
            if (!RowFields.elementNames(type).contains(element)) {
                throw new IllegalArgumentException(type.getSimpleName() + " has no element " + element);
            }
        }
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            args[i] = values.get(RowFields.elementName(components[i].getName()));
        }
        try {
            return type.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new)).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy of the record with one element changed. */
    @SuppressWarnings("unchecked")
    public static <R extends Record> R with(R row, String element, Object value) {
        Map<String, Object> values = new LinkedHashMap<>(RowFields.values(row));
        if (!values.containsKey(element)) {
            throw new IllegalArgumentException(row.getClass().getSimpleName() + " has no element " + element);
        }
        values.put(element, value);
        return of((Class<R>) row.getClass(), values);
    }
}
