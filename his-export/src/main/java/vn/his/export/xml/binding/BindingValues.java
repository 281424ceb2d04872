package vn.his.export.xml.binding;

import java.util.List;
import java.util.Map;

/** What every binding does with the element texts of a row: absent means empty, and a single-record table has one. */
final class BindingValues {

    private BindingValues() {
    }

    /** The text of {@code element}, empty when the row has none (every element is emitted, QĐ 4750 skeletons). */
    static String text(Map<String, String> values, String element) {
        String value = values.get(element);
        return value == null ? "" : value;
    }

    /** The one record of a single-record table (XML1, XML7, XML8, XML13, XML14). */
    static Map<String, String> singleRecord(List<Map<String, String>> rows, String table) {
        if (rows.size() != 1) {
            throw new IllegalArgumentException(table + " holds exactly one record, got " + rows.size());
        }
        return rows.get(0);
    }
}
