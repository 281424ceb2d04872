package vn.his.core.reference;

import java.util.List;
import java.util.Map;

/**
 * One record of a reference CSV file: its values in header order, with the file name and the line where the
 * record starts, so that a typed row can refuse it with a precise location.
 */
public final class CsvRow {

    private final String source;
    private final long line;
    private final Map<String, Integer> columnIndex;
    private final List<String> values;

    CsvRow(String source, long line, Map<String, Integer> columnIndex, List<String> values) {
        this.source = source;
        this.line = line;
        this.columnIndex = columnIndex;
        this.values = List.copyOf(values);
    }

    /** Builds a row outside a file (tests, tools); {@code header} and {@code values} must have the same size. */
    public static CsvRow of(String source, long line, List<String> header, List<String> values) {
        if (header.size() != values.size()) {
            throw new IllegalArgumentException("header has " + header.size() + " columns, values " + values.size());
        }
        return new CsvRow(source, line, ReferenceCsv.indexHeader(source, header), values);
    }

    public String source() {
        return source;
    }

    public long line() {
        return line;
    }

    public List<String> values() {
        return values;
    }

    public int size() {
        return values.size();
    }

    /** The value of {@code column}; refused when the file has no such column. */
    public String get(String column) {
        Integer index = columnIndex.get(column);
        if (index == null) {
            throw refuse("no column '" + column + "' in the header " + columnIndex.keySet());
        }
        return values.get(index);
    }

    /** An exception naming this row's file and line. */
    public ReferenceDataException refuse(String reason) {
        return new ReferenceDataException(source, line, reason);
    }

    @Override
    public String toString() {
        return source + ":" + line + " " + values;
    }
}
