package vn.his.core.reference.tool;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes RFC 4180 CSV the way the reference files are committed: UTF-8 without byte-order mark, a header row,
 * LF line ends (also after the last record), fields quoted only when they hold a comma, a quote or a line break,
 * quotes doubled.
 */
final class CsvWriter {

    private CsvWriter() {
    }

    static void write(Path file, List<String> header, List<List<String>> records) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writeRecord(out, header);
            for (List<String> record : records) {
                if (record.size() != header.size()) {
                    throw new IllegalArgumentException("record " + record + " has " + record.size()
                            + " fields, the header " + header.size());
                }
                writeRecord(out, record);
            }
        }
    }

    static void writeRecord(Appendable out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        out.append('\n');
    }

    static String field(String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
