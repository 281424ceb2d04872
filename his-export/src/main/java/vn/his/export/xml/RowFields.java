package vn.his.export.xml;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import vn.his.core.common.DomainException;

/**
 * Reads the fields of a table-row record by element name. The records of this package name each component after
 * its element: {@code maLk} ↔ {@code MA_LK}, {@code tNguonkhacNsnn} ↔ {@code T_NGUONKHAC_NSNN} (underscore-separated
 * parts, first one lower case, the others capitalised). Shared by the writer, the assessor and the reader so that
 * adding a table needs no code that lists its fields again.
 */
public final class RowFields {

    /** The reflective layout of each row type, read once: every claim builds and reads dozens of rows. */
    private static final ClassValue<Layout> LAYOUTS = new ClassValue<>() {
        @Override
        protected Layout computeValue(Class<?> type) {
            return Layout.of(type);
        }
    };

    private RowFields() {
    }

    /**
     * Components, element names and canonical constructor of a row type.
     *
     * @param components   the record components in declaration (= official element) order
     * @param elementNames their element names, same order
     * @param elements     the same names as a set, for membership checks
     * @param constructor  the canonical constructor
     */
    public record Layout(List<RecordComponent> components, List<String> elementNames, Set<String> elements,
                         Constructor<?> constructor) {

        private static Layout of(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            if (components == null) {
                throw new IllegalArgumentException(type.getName() + " is not a record");
            }
            List<String> names = Arrays.stream(components).map(c -> elementName(c.getName())).toList();
            try {
                Constructor<?> constructor = type.getDeclaredConstructor(
                        Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
                return new Layout(List.of(components), names, Set.copyOf(names), constructor);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("No canonical constructor in " + type.getSimpleName(), e);
            }
        }

        /** Calls the canonical constructor; a domain refusal inside it is rethrown as is. */
        public <R> R newInstance(Class<R> type, Object[] args) {
            try {
                return type.cast(constructor.newInstance(args));
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot build " + type.getSimpleName(), e);
            }
        }
    }

    /** The cached layout of a row type. */
    public static Layout layout(Class<? extends Record> type) {
        return LAYOUTS.get(type);
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
        return layout(type).elementNames();
    }

    /** The row's values keyed by element name, in element order ({@code null} for "not applicable"). */
    public static Map<String, Object> values(Record row) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (RecordComponent c : layout(row.getClass()).components()) {
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
        Layout layout = layout(type);
        for (String element : texts.keySet()) {
            if (!layout.elements().contains(element)) {
                throw new DomainException("export.read.unknownElement", element, type.getSimpleName());
            }
        }
        List<RecordComponent> components = layout.components();
        Object[] args = new Object[components.size()];
        for (int i = 0; i < args.length; i++) {
            String element = layout.elementNames().get(i);
            args[i] = parse(components.get(i).getType(), element, texts.get(element));
        }
        return layout.newInstance(type, args);
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
