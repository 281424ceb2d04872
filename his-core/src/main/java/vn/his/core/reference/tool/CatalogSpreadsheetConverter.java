package vn.his.core.reference.tool;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import vn.his.core.reference.AdminUnitRow;
import vn.his.core.reference.Icd10Row;
import vn.his.core.reference.Icd9Row;
import vn.his.core.reference.ReferenceDataException;
import vn.his.core.reference.ReferenceFile;

/**
 * Developer tool, not part of the application: turns the official catalogue spreadsheets into the reference CSV
 * files committed under {@code db/reference/} (see the README there for sources, columns and the exact command).
 *
 * <pre>
 * CatalogSpreadsheetConverter [input-folder [output-folder]]
 * </pre>
 * The input folder holds {@code admin-units-2024-06-11.xlsx}, {@code icd10-qd4469-2020.xlsx} and
 * {@code icd9cm-vol3-qd4440-2020.xlsx}; it defaults to {@code ../shared/reference/catalogs} and the output folder to
 * {@code db/reference}, both relative to the repository root (found by walking up from the working directory to
 * the folder holding {@code pom.xml} and {@code his-core/}). The output is deterministic: same spreadsheets, same
 * bytes. The hand-typed {@code provinces-2025-07-01.csv} is not touched.
 */
public final class CatalogSpreadsheetConverter {

    /** What one output file received. */
    public record Output(String fileName, int rows, String note) {
    }

    public static void main(String[] args) {
        if (args.length > 2 || (args.length == 1 && (args[0].equals("-h") || args[0].equals("--help")))) {
            System.err.println("usage: CatalogSpreadsheetConverter [input-folder [output-folder]]");
            System.err.println("defaults: ../shared/reference/catalogs and db/reference, relative to the repository root");
            System.exit(2);
        }
        try {
            Path input;
            Path output;
            if (args.length == 2) {
                input = Path.of(args[0]);
                output = Path.of(args[1]);
            } else {
                Path root = repositoryRoot(Path.of("").toAbsolutePath());
                input = args.length == 1 ? Path.of(args[0]) : root.resolve("../shared/reference/catalogs").normalize();
                output = root.resolve("db/reference");
            }
            List<Output> outputs = convert(input, output);
            report(System.out, input, output, outputs);
        } catch (IOException | ReferenceDataException e) {
            System.err.println("conversion failed: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Converts the three spreadsheets of {@code inputFolder} into CSV files in {@code outputFolder}. */
    public static List<Output> convert(Path inputFolder, Path outputFolder) throws IOException {
        Files.createDirectories(outputFolder);
        List<Output> outputs = new ArrayList<>();

        List<AdminUnitRow> units = withWorkbook(inputFolder.resolve(AdminUnitsSheet.FILE), AdminUnitsSheet::read);
        write(outputFolder, ReferenceFile.ADMIN_UNITS_2024, records(units, AdminUnitRow::toCsv));
        long districtsWithoutCommunes = units.stream().filter(u -> !u.hasCommune()).count();
        outputs.add(new Output(ReferenceFile.ADMIN_UNITS_2024.fileName(), units.size(),
                units.stream().map(AdminUnitRow::provinceCode).distinct().count() + " provinces, "
                        + units.stream().map(AdminUnitRow::districtCode).distinct().count() + " districts, "
                        + (units.size() - districtsWithoutCommunes) + " communes, "
                        + districtsWithoutCommunes + " districts without communes"));

        Icd10Sheet.Result icd10 = withWorkbook(inputFolder.resolve(Icd10Sheet.FILE), Icd10Sheet::read);
        write(outputFolder, ReferenceFile.ICD10_QD4469, records(icd10.rows(), Icd10Row::toCsv));
        outputs.add(new Output(ReferenceFile.ICD10_QD4469.fileName(), icd10.rows().size(),
                icd10.sheetRows() + " sheet rows, " + icd10.duplicatesDropped() + " repeated codes dropped, "
                        + icd10.rows().stream().filter(r -> r.code().length() == 3).count() + " three-character codes"));

        Icd9Sheet.Result icd9 = withWorkbook(inputFolder.resolve(Icd9Sheet.FILE), Icd9Sheet::read);
        write(outputFolder, ReferenceFile.ICD9CM_QD4440, records(icd9.rows(), Icd9Row::toCsv));
        outputs.add(new Output(ReferenceFile.ICD9CM_QD4440.fileName(), icd9.rows().size(),
                icd9.sheetRows() + " techniques, " + icd9.rowsWithoutCode() + " without an ICD-9-CM code, "
                        + "codes named differently across rows: " + icd9.codesWithSeveralNames()));
        return outputs;
    }

    /** The folder above {@code start} (or {@code start} itself) holding {@code pom.xml} and {@code his-core/}. */
    public static Path repositoryRoot(Path start) {
        for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("his-core"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no repository root (a folder with pom.xml and his-core/) above " + start
                + "; pass the input and output folders as arguments");
    }

    private static <T> T withWorkbook(Path file, Function<Workbook, T> reader) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new ReferenceDataException(file.toString(), 0, "spreadsheet not found");
        }
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            return reader.apply(workbook);
        }
    }

    private static <T> List<List<String>> records(List<T> rows, Function<T, List<String>> toCsv) {
        return rows.stream().map(toCsv).toList();
    }

    private static void write(Path folder, ReferenceFile<?> file, List<List<String>> records) throws IOException {
        CsvWriter.write(folder.resolve(file.fileName()), file.columns(), records);
    }

    private static void report(PrintStream out, Path input, Path output, List<Output> outputs) {
        out.println("Converted " + input + " -> " + output);
        Map<String, String> lines = new LinkedHashMap<>();
        for (Output o : outputs) {
            lines.put(o.fileName(), o.rows() + " rows (" + o.note() + ")");
        }
        lines.forEach((name, line) -> out.println("  " + name + ": " + line));
    }
}
