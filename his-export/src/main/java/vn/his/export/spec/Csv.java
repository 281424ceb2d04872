package vn.his.export.spec;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Minimal RFC 4180 CSV (comma, double-quote quoting, LF line ends) for the reference files under
 * {@code db/reference/xml130}. Written here because the files are small and the format is fixed; reading
 * refuses malformed quoting instead of guessing.
 */
public final class Csv {

    private Csv() {
    }

    /** All records of the text, each a list of fields; a trailing empty line is ignored. */
    public static List<List<String>> read(Reader reader) {
        try {
            List<List<String>> records = new ArrayList<>();
            List<String> record = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean fieldStarted = false;
            int c;
            while ((c = reader.read()) != -1) {
                char ch = (char) c;
                if (quoted) {
                    if (ch == '"') {
                        int next = reader.read();
                        if (next == '"') {
                            field.append('"');
                        } else {
                            quoted = false;
                            if (next == -1) {
                                break;
                            }
                            if (next != ',' && next != '\n' && next != '\r') {
                                throw new IllegalArgumentException("Malformed CSV: text after closing quote in record "
                                        + (records.size() + 1));
                            }
                            ch = (char) next;
                            // fall through to the separator handling below
                            if (handleSeparator(ch, record, field, records)) {
                                record = new ArrayList<>();
                            }
                            fieldStarted = false;
                        }
                    } else {
                        field.append(ch);
                    }
                    continue;
                }
                if (ch == '"' && !fieldStarted && field.isEmpty()) {
                    quoted = true;
                    fieldStarted = true;
                } else if (ch == ',' || ch == '\n' || ch == '\r') {
                    if (handleSeparator(ch, record, field, records)) {
                        record = new ArrayList<>();
                    }
                    fieldStarted = false;
                } else {
                    field.append(ch);
                    fieldStarted = true;
                }
            }
            if (quoted) {
                throw new IllegalArgumentException("Malformed CSV: unterminated quoted field");
            }
            if (fieldStarted || !field.isEmpty() || !record.isEmpty()) {
                record.add(field.toString());
                records.add(record);
            }
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns true when the separator ended the record. */
    private static boolean handleSeparator(char ch, List<String> record, StringBuilder field, List<List<String>> records) {
        if (ch == ',') {
            record.add(field.toString());
            field.setLength(0);
            return false;
        }
        if (ch == '\r') {
            return false; // CR of CRLF: the LF ends the record
        }
        if (record.isEmpty() && field.isEmpty()) {
            return false; // empty line
        }
        record.add(field.toString());
        field.setLength(0);
        records.add(record);
        return true;
    }

    /** Writes the records with LF line ends, quoting fields that need it. */
    public static void write(Writer writer, List<List<String>> records) {
        try {
            for (List<String> record : records) {
                for (int i = 0; i < record.size(); i++) {
                    if (i > 0) {
                        writer.write(',');
                    }
                    writer.write(quote(record.get(i)));
                }
                writer.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String quote(String value) {
        String text = value == null ? "" : value;
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
