package vn.his.core.reference.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.his.core.reference.ReferenceDataException;
import vn.his.core.reference.ReferenceFile;

class CatalogSpreadsheetConverterTest {

    /** Tests run in the module folder (his-core/); the repository root is found above it. */
    private static final Path ROOT = CatalogSpreadsheetConverter.repositoryRoot(Path.of("").toAbsolutePath());

    @Test
    void findsTheRepositoryRootFromTheModuleFolder() {
        assertThat(ROOT.resolve("his-core")).isDirectory();
        assertThat(ROOT.resolve("db/reference")).isDirectory();
        assertThat(CatalogSpreadsheetConverter.repositoryRoot(ROOT.resolve("his-core/src"))).isEqualTo(ROOT);
    }

    /**
     * Regenerates the CSV files from the official spreadsheets in {@code shared/} beside the repository (present on
     * developer machines and in CI) and requires the committed files to be byte-identical. Skipped only when that
     * folder is absent.
     */
    @Test
    void regeneratingFromTheOfficialSpreadsheetsGivesTheCommittedFilesByteForByte(@TempDir Path output) throws IOException {
        Path catalogs = ROOT.getParent().resolve("shared/reference/catalogs");
        assumeTrue(Files.isDirectory(catalogs), "no official spreadsheets at " + catalogs);

        List<CatalogSpreadsheetConverter.Output> outputs = CatalogSpreadsheetConverter.convert(catalogs, output);

        assertThat(outputs).extracting(CatalogSpreadsheetConverter.Output::fileName).containsExactly(
                ReferenceFile.ADMIN_UNITS_2024.fileName(), ReferenceFile.ICD10_QD4469.fileName(),
                ReferenceFile.ICD9CM_QD4440.fileName());
        for (CatalogSpreadsheetConverter.Output out : outputs) {
            System.out.println(out.fileName() + ": " + out.rows() + " rows (" + out.note() + ")");
            byte[] regenerated = Files.readAllBytes(output.resolve(out.fileName()));
            byte[] committed = Files.readAllBytes(ROOT.resolve("db/reference").resolve(out.fileName()));
            assertThat(firstDifference(regenerated, committed)).as(out.fileName()).isEmpty();
        }
        assertThat(output.resolve(ReferenceFile.PROVINCES_2025.fileName())).doesNotExist();
    }

    /** Empty when the bytes are equal, else the first differing line of both (a byte dump would be megabytes). */
    private static String firstDifference(byte[] regenerated, byte[] committed) {
        int at = Arrays.mismatch(regenerated, committed);
        if (at < 0) {
            return "";
        }
        String a = new String(regenerated, StandardCharsets.UTF_8);
        String b = new String(committed, StandardCharsets.UTF_8);
        int charAt = 0;
        while (charAt < Math.min(a.length(), b.length()) && a.charAt(charAt) == b.charAt(charAt)) {
            charAt++;
        }
        int lineStart = a.lastIndexOf('\n', charAt - 1) + 1;
        long lineNumber = a.substring(0, lineStart).chars().filter(c -> c == '\n').count() + 1;
        return "byte " + at + ", line " + lineNumber + ": regenerated '" + line(a, lineStart) + "' but committed '"
                + line(b, lineStart) + "' (sizes " + regenerated.length + " and " + committed.length + ")";
    }

    private static String line(String text, int start) {
        if (start >= text.length()) {
            return "<end of file>";
        }
        int end = text.indexOf('\n', start);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    @Test
    void refusesAMissingSpreadsheet(@TempDir Path empty) {
        assertThatThrownBy(() -> CatalogSpreadsheetConverter.convert(empty, empty.resolve("out")))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessageEndingWith("admin-units-2024-06-11.xlsx:0: spreadsheet not found");
    }
}
