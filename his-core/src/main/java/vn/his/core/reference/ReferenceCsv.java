package vn.his.core.reference;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Strict, streaming reader of the reference CSV files (RFC 4180): UTF-8 without byte-order mark, a header row,
 * fields separated by commas, fields quoted with {@code "} when they hold a comma, a quote (doubled) or a line
 * break; records end with LF or CRLF. Records are read one at a time, so a large catalogue is never held in
 * memory.
 *
 * <p>Refused, with the file name and line: an empty input (no header), a blank or duplicate header name, a header
 * that differs from the expected one, a record whose field count differs from the header's (including a blank
 * line), a quote inside an unquoted field, text after a closing quote, an unterminated quoted field, a carriage
 * return not followed by a line feed, a byte-order mark and bytes that are not UTF-8. A line feed after the last
 * record is optional.
 *
 * <p>Not thread-safe. Close it (or the stream from {@link #stream()}) to close the input.
 */
public final class ReferenceCsv implements Iterator<CsvRow>, Closeable {

    private static final int EOF = -1;

    private final String source;
    private final InputStream input;
    /** Decodes UTF-8 itself (not through a Reader) so that a bad byte is reported on its own line. */
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
    private final CharBuffer chars = CharBuffer.allocate(8192).flip();
    private boolean endOfInput;
    private boolean decoded;
    private CoderResult decodingError;
    /** Physical line (1-based) of the next character to read. */
    private long line = 1;
    private final List<String> header;
    private final Map<String, Integer> columnIndex;
    private CsvRow next;
    private boolean exhausted;

    private ReferenceCsv(InputStream input, String source) {
        this.source = Objects.requireNonNull(source, "source");
        this.input = Objects.requireNonNull(input, "input");
        this.decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        List<String> headerFields = readRecord();
        if (headerFields == null) {
            throw new ReferenceDataException(source, 1, "empty file: the header row is missing");
        }
        if (!headerFields.isEmpty() && headerFields.get(0).startsWith("\uFEFF")) {
            throw new ReferenceDataException(source, 1, "starts with a UTF-8 byte-order mark; save the file without it");
        }
        this.header = List.copyOf(headerFields);
        this.columnIndex = indexHeader(source, header);
    }

    /**
     * Opens {@code input} (named {@code source} in messages) and reads its header row. When the header is refused,
     * the input is closed before the exception is thrown.
     */
    public static ReferenceCsv open(InputStream input, String source) {
        return open(input, source, null);
    }

    /** Opens {@code input} and refuses it (closing it) unless its header is exactly {@code expectedHeader}. */
    public static ReferenceCsv open(InputStream input, String source, List<String> expectedHeader) {
        try {
            ReferenceCsv csv = new ReferenceCsv(input, source);
            if (expectedHeader != null && !csv.header.equals(expectedHeader)) {
                throw new ReferenceDataException(source, 1,
                        "header " + csv.header + " differs from the expected " + expectedHeader);
            }
            return csv;
        } catch (ReferenceDataException refused) {
            try {
                input.close();
            } catch (IOException closeFailure) {
                refused.addSuppressed(closeFailure);
            }
            throw refused;
        }
    }

    static Map<String, Integer> indexHeader(String source, List<String> header) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (name.isBlank()) {
                throw new ReferenceDataException(source, 1, "header column " + (i + 1) + " has no name");
            }
            if (index.putIfAbsent(name, i) != null) {
                throw new ReferenceDataException(source, 1, "header column '" + name + "' appears twice");
            }
        }
        return Collections.unmodifiableMap(index);
    }

    public String source() {
        return source;
    }

    public List<String> header() {
        return header;
    }

    @Override
    public boolean hasNext() {
        if (next == null && !exhausted) {
            long recordLine = line;
            List<String> fields = readRecord();
            if (fields == null) {
                exhausted = true;
            } else if (fields.size() != header.size()) {
                throw new ReferenceDataException(source, recordLine, "has " + fields.size() + " field(s), the header has "
                        + header.size() + (fields.size() == 1 && fields.get(0).isEmpty() ? " (blank line)" : ""));
            } else {
                next = new CsvRow(source, recordLine, columnIndex, fields);
            }
        }
        return next != null;
    }

    @Override
    public CsvRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException(source + ": no more records");
        }
        CsvRow row = next;
        next = null;
        return row;
    }

    /** The remaining records as a sequential stream; closing the stream closes the input. */
    public Stream<CsvRow> stream() {
        Spliterator<CsvRow> spliterator = Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL);
        return StreamSupport.stream(spliterator, false).onClose(this::closeUnchecked);
    }

    @Override
    public void close() throws IOException {
        input.close();
    }

    private void closeUnchecked() {
        try {
            close();
        } catch (IOException e) {
            throw new ReferenceDataException(source, line, "cannot close: " + e.getMessage(), e);
        }
    }

    /** Reads one record, or returns {@code null} at the end of the input. */
    private List<String> readRecord() {
        int c = read();
        if (c == EOF) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        while (true) {
            if (c == '"') {
                long openedOn = line;
                while (true) {
                    c = read();
                    if (c == EOF) {
                        throw new ReferenceDataException(source, openedOn, "quoted field is not closed before the end of the file");
                    }
                    if (c == '"') {
                        c = read();
                        if (c != '"') {
                            break; // closing quote; c is the character after it
                        }
                    } else if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
                if (c != ',' && c != '\n' && c != '\r' && c != EOF) {
                    throw new ReferenceDataException(source, line, "unexpected character '" + (char) c + "' after a closing quote");
                }
            } else {
                while (c != ',' && c != '\n' && c != '\r' && c != EOF) {
                    if (c == '"') {
                        throw new ReferenceDataException(source, line, "quote inside an unquoted field; quote the whole field and double the quote");
                    }
                    field.append((char) c);
                    c = read();
                }
            }
            fields.add(field.toString());
            field.setLength(0);
            if (c == ',') {
                c = read();
                continue;
            }
            if (c == '\r') {
                c = read();
                if (c != '\n') {
                    throw new ReferenceDataException(source, line, "carriage return not followed by a line feed");
                }
            }
            if (c == '\n') {
                line++;
            }
            return fields;
        }
    }

    private int read() {
        if (!chars.hasRemaining()) {
            fill();
            if (!chars.hasRemaining()) {
                return EOF;
            }
        }
        return chars.get();
    }

    /** Decodes the next characters; those before a bad byte are delivered first, the refusal comes after them. */
    private void fill() {
        chars.clear();
        while (chars.position() == 0 && !decoded) {
            if (decodingError != null) {
                throw new ReferenceDataException(source, line, "is not valid UTF-8 (" + decodingError + ")");
            }
            CoderResult result = decoder.decode(bytes, chars, endOfInput);
            if (result.isError()) {
                decodingError = result;
            } else if (result.isUnderflow()) {
                if (endOfInput) {
                    decoder.flush(chars);
                    decoded = true;
                } else {
                    readBytes();
                }
            }
        }
        chars.flip();
    }

    private void readBytes() {
        bytes.compact();
        try {
            int count = input.read(bytes.array(), bytes.position(), bytes.remaining());
            if (count < 0) {
                endOfInput = true;
            } else {
                bytes.position(bytes.position() + count);
            }
        } catch (IOException e) {
            throw new ReferenceDataException(source, line, "cannot be read: " + e.getMessage(), e);
        } finally {
            bytes.flip();
        }
    }
}
