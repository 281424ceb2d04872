package vn.his.export.xml;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.his.core.common.DomainException;

/**
 * Reads the fields of a table-row record by element name. The records of this package name each component after
 * its element: {@code maLk} ↔ {@code MA_LK}, {@code tNguonkhacNsnn} ↔ {@code T_NGUONKHAC_NSNN} (underscore-separated
 * parts, first one lower case, the others capitalised). Shared by the writer, the assessor and the reader so that
 * adding a table needs no code that lists its fields again.
 */
public final class RowFields {

    private RowFields() {
    }

    /** {@code tNguonkhacNsnn} → {@code T_NGUONKHAC_NSNN}. */
    public static String elementName(String componentName) {
        StringBuilder sb = new StringBuilder();
        for (char c : componentName.toCharArray()) {
            if (Character.isUpperCase(c)) {
                sb.append('_');
            }
            sb.append(Character.toUpperCase(c));
        }
        return sb.toString();
    }

    /** {@code T_NGUONKHAC_NSNN} → {@code tNguonkhacNsnn}. */
    public static String componentName(String elementName) {
        String[] parts = elementName.toLowerCase(Locale.ROOT).split("_");
        StringBuilder sb = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            sb.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return sb.toString();
    }

    /** Element names of a row type, in component (= official element) order. */
    public static List<String> elementNames(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(c -> elementName(c.getName())).toList();
    }

    /** The row's values keyed by element name, in element order ({@code null} for "not applicable"). */
    public static Map<String, Object> values(Record row) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (RecordComponent c : row.getClass().getRecordComponents()) {
            try {
                values.put(elementName(c.getName()), c.getAccessor().invoke(row));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("Cannot read " + c.getName() + " of " + row.getClass().getSimpleName(), e);
            }
        }
        return values;
    }

    /**
     * A row record from element texts as read from a file: empty or missing text is {@code null}, numbers are
     * parsed exactly as written. Refuses elements the record does not have and numbers that do not parse.
     */
    public static <R extends Record> R fromText(Class<R> type, Map<String, String> texts) {
        RecordComponent[] components = type.getRecordComponents();
        List<String> known = elementNames(type);
        for (String element : texts.keySet()) {
            if (!known.contains(element)) {
                throw new DomainException("export.read.unknownElement", element, type.getSimpleName());
            }
        }
        Object[] args = new Object[components.length];
        List<Class<?>> types = new ArrayList<>();
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            types.add(c.getType());
            String element = elementName(c.getName());
            String text = texts.get(element);
            args[i] = parse(c.getType(), element, text);
        }
        try {
            Constructor<R> constructor = type.getDeclaredConstructor(types.toArray(Class<?>[]::new));
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build " + type.getSimpleName(), e);
        }
    }

    private static Object parse(Class<?> type, String element, String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            if (type == String.class) {
                return text;
            }
            if (type == BigDecimal.class) {
                return new BigDecimal(text);
            }
            if (type == Integer.class) {
                return Integer.valueOf(text);
            }
        } catch (NumberFormatException e) {
            throw new DomainException("export.read.notANumber", element, text);
        }
        throw new IllegalStateException("Unsupported component type " + type + " for " + element);
    }
}
