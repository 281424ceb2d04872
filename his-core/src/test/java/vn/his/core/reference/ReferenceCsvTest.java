package vn.his.core.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class ReferenceCsvTest {

    private static InputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<CsvRow> readAll(String text) {
        try (Stream<CsvRow> rows = ReferenceCsv.open(utf8(text), "t.csv").stream()) {
            return rows.toList();
        }
    }

    @Test
    void readsHeaderAndPlainRecords() {
        List<CsvRow> rows = readAll("a,b,c\n1,2,3\n4,5,6\n");
        assertThat(rows).extracting(CsvRow::values).containsExactly(List.of("1", "2", "3"), List.of("4", "5", "6"));
        assertThat(rows).extracting(CsvRow::line).containsExactly(2L, 3L);
        assertThat(rows.get(1).get("b")).isEqualTo("5");
        assertThat(rows.get(0).source()).isEqualTo("t.csv");
    }

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaks() {
        List<CsvRow> rows = readAll("code,name\n"
                + "A00,\"Bệnh tả, không đặc hiệu\"\n"
                + "A01,\"say \"\"hi\"\"\"\n"
                + "A02,\"two\nlines\r\nand crlf\"\n"
                + "A03,\"\"\n"
                + "A04,last\n");
        assertThat(rows).extracting(r -> r.get("name")).containsExactly(
                "Bệnh tả, không đặc hiệu", "say \"hi\"", "two\nlines\r\nand crlf", "", "last");
        // the field of line 4 holds two line breaks, so the next record starts on line 7
        assertThat(rows).extracting(CsvRow::line).containsExactly(2L, 3L, 4L, 7L, 8L);
    }

    @Test
    void acceptsCrLfLineEndsEmptyFieldsAndNoFinalLineBreak() {
        List<CsvRow> rows = readAll("a,b,c\r\n,,\r\nx,,z");
        assertThat(rows).extracting(CsvRow::values).containsExactly(List.of("", "", ""), List.of("x", "", "z"));
    }

    @Test
    void headerOnlyFileHasNoRecords() {
        try (ReferenceCsv csv = ReferenceCsv.open(utf8("a,b\n"), "t.csv")) {
            assertThat(csv.header()).containsExactly("a", "b");
            assertThat(csv.hasNext()).isFalse();
            assertThatThrownBy(csv::next).isInstanceOf(java.util.NoSuchElementException.class);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void refusesEmptyInputAsMissingHeader() {
        assertThatThrownBy(() -> ReferenceCsv.open(utf8(""), "empty.csv"))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessage("empty.csv:1: empty file: the header row is missing");
    }

    @Test
    void refusesByteOrderMark() {
        assertThatThrownBy(() -> ReferenceCsv.open(utf8("\uFEFFa,b\n1,2\n"), "bom.csv"))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessageContaining("bom.csv:1:").hasMessageContaining("byte-order mark");
    }

    @Test
    void refusesWrongFieldCountNamingFileAndLine() {
        assertThatThrownBy(() -> readAll("a,b\n1,2\n3,4,5\n"))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessage("t.csv:3: has 3 field(s), the header has 2")
                .satisfies(e -> {
                    ReferenceDataException r = (ReferenceDataException) e;
                    assertThat(r.source()).isEqualTo("t.csv");
                    assertThat(r.line()).isEqualTo(3);
                });
        assertThatThrownBy(() -> readAll("a,b\n1\n")).hasMessage("t.csv:2: has 1 field(s), the header has 2");
    }

    @Test
    void refusesBlankLine() {
        assertThatThrownBy(() -> readAll("a,b\n1,2\n\n3,4\n"))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessage("t.csv:3: has 1 field(s), the header has 2 (blank line)");
    }

    @Test
    void lineNumbersCountLineBreaksInsideQuotedFieldsWhenRefusing() {
        assertThatThrownBy(() -> readAll("a,b\n1,\"x\ny\"\n3\n"))
                .hasMessage("t.csv:4: has 1 field(s), the header has 2");
    }

    @Test
    void refusesQuoteInsideUnquotedField() {
        assertThatThrownBy(() -> readAll("a,b\n1,ab\"c\n"))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessageStartingWith("t.csv:2: quote inside an unquoted field");
    }

    @Test
    void refusesTextAfterClosingQuote() {
        assertThatThrownBy(() -> readAll("a,b\n1,\"ab\"c\n"))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessage("t.csv:2: unexpected character 'c' after a closing quote");
    }

    @Test
    void refusesUnterminatedQuoteNamingTheLineWhereItOpened() {
        assertThatThrownBy(() -> readAll("a,b\n1,2\n3,\"open\nand\nnever closed\n"))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessage("t.csv:3: quoted field is not closed before the end of the file");
    }

    @Test
    void refusesLoneCarriageReturn() {
        assertThatThrownBy(() -> readAll("a,b\n1,2\r3,4\n"))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessage("t.csv:2: carriage return not followed by a line feed");
    }

    @Test
    void refusesBytesThatAreNotUtf8() {
        byte[] latin1 = "a,b\n1,2\n3,Hu\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> {
            try (Stream<CsvRow> rows = ReferenceCsv.open(new ByteArrayInputStream(latin1), "latin1.csv").stream()) {
                rows.forEach(r -> { });
            }
        }).isInstanceOf(ReferenceDataException.class)
                .hasMessageStartingWith("latin1.csv:3: is not valid UTF-8");
    }

    @Test
    void refusesDuplicateOrBlankHeaderNames() {
        assertThatThrownBy(() -> readAll("a,b,a\n1,2,3\n"))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessage("t.csv:1: header column 'a' appears twice");
        assertThatThrownBy(() -> readAll("a,,c\n1,2,3\n"))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessage("t.csv:1: header column 2 has no name");
    }

    @Test
    void refusesHeaderDifferentFromExpected() {
        assertThatThrownBy(() -> ReferenceCsv.open(utf8("code,name\nA,B\n"), "x.csv", List.of("code", "name_vi")))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessage("x.csv:1: header [code, name] differs from the expected [code, name_vi]");
    }

    @Test
    void closesTheInputWhenTheHeaderIsRefused() {
        AtomicBoolean closed = new AtomicBoolean();
        InputStream input = new ByteArrayInputStream("code,name\n".getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed.set(true);
            }
        };
        assertThatThrownBy(() -> ReferenceCsv.open(input, "x.csv", List.of("code"))).isInstanceOf(ReferenceDataException.class);
        assertThat(closed).isTrue();
    }

    @Test
    void refusesUnknownColumnNameWithLocation() {
        CsvRow row = readAll("a,b\n1,2\n").get(0);
        assertThatThrownBy(() -> row.get("c"))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessage("t.csv:2: no column 'c' in the header [a, b]");
    }

    @Test
    void readsLazilyRecordByRecord() throws IOException {
        // an endless input: a reader that held everything in memory would never return
        InputStream endless = new InputStream() {
            private final byte[] header = "n,square\n".getBytes(StandardCharsets.US_ASCII);
            private int position;
            private long n;
            private byte[] current = header;

            @Override
            public int read() {
                if (position == current.length) {
                    n++;
                    current = (n + "," + (n * n) + "\n").getBytes(StandardCharsets.US_ASCII);
                    position = 0;
                }
                return current[position++];
            }
        };
        try (ReferenceCsv csv = ReferenceCsv.open(endless, "endless.csv")) {
            List<String> firstThree = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                firstThree.add(csv.next().get("square"));
            }
            assertThat(firstThree).containsExactly("1", "4", "9");
        }
    }

    @Test
    void closingTheStreamClosesTheInput() {
        AtomicBoolean closed = new AtomicBoolean();
        InputStream input = new ByteArrayInputStream("a\n1\n".getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed.set(true);
            }
        };
        try (Stream<CsvRow> rows = ReferenceCsv.open(input, "c.csv").stream()) {
            assertThat(rows.count()).isEqualTo(1);
        }
        assertThat(closed).isTrue();
    }
}
