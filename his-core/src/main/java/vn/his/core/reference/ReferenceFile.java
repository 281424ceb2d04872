package vn.his.core.reference;

import java.io.InputStream;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The reference CSV files committed under {@code db/reference/} and shipped in the core jar under the same
 * classpath folder, each with its columns and its typed row. See {@code db/reference/README.md} for sources.
 *
 * @param <T> the typed row of the file
 */
public final class ReferenceFile<T> {

    /** Classpath folder of the files (the repository folder {@code db/reference/}). */
    public static final String CLASSPATH_FOLDER = "db/reference/";

    /** Administrative units (province, district, commune) in force until 2025-06-30; snapshot of 2024-06-11. */
    public static final ReferenceFile<AdminUnitRow> ADMIN_UNITS_2024 =
            new ReferenceFile<>("admin-units-2024-06-11.csv", AdminUnitRow.COLUMNS, AdminUnitRow::fromCsv);

    /** The 34 provinces valid from 2025-07-01 (QĐ 19/2025/QĐ-TTg) with the old codes merged into each. */
    public static final ReferenceFile<ProvinceRow> PROVINCES_2025 =
            new ReferenceFile<>("provinces-2025-07-01.csv", ProvinceRow.COLUMNS, ProvinceRow::fromCsv);

    /** ICD-10 of QĐ 4469/QĐ-BYT (2020). */
    public static final ReferenceFile<Icd10Row> ICD10_QD4469 =
            new ReferenceFile<>("icd10-qd4469-2020.csv", Icd10Row.COLUMNS, Icd10Row::fromCsv);

    /** ICD-9-CM volume 3 (procedures) of QĐ 4440/QĐ-BYT (2020). */
    public static final ReferenceFile<Icd9Row> ICD9CM_QD4440 =
            new ReferenceFile<>("icd9cm-qd4440-2020.csv", Icd9Row.COLUMNS, Icd9Row::fromCsv);

    private final String fileName;
    private final List<String> columns;
    private final Function<CsvRow, T> rowReader;

    private ReferenceFile(String fileName, List<String> columns, Function<CsvRow, T> rowReader) {
        this.fileName = fileName;
        this.columns = columns;
        this.rowReader = rowReader;
    }

    public static List<ReferenceFile<?>> all() {
        return List.of(ADMIN_UNITS_2024, PROVINCES_2025, ICD10_QD4469, ICD9CM_QD4440);
    }

    public String fileName() {
        return fileName;
    }

    /** The classpath resource, e.g. {@code db/reference/icd10-qd4469-2020.csv}. */
    public String resource() {
        return CLASSPATH_FOLDER + fileName;
    }

    public List<String> columns() {
        return columns;
    }

    /**
     * Streams the typed rows of {@code input} (named {@code source} in messages), refusing a wrong header or any
     * bad row. Close the stream (try-with-resources) to close the input.
     */
    public Stream<T> read(InputStream input, String source) {
        ReferenceCsv csv = ReferenceCsv.open(input, source, columns);
        return csv.stream().map(rowReader);
    }

    /** Streams the typed rows of the file shipped on the classpath. Close the stream. */
    public Stream<T> readFromClasspath() {
        InputStream input = ReferenceFile.class.getClassLoader().getResourceAsStream(resource());
        if (input == null) {
            throw new ReferenceDataException(resource(), 0, "not found on the classpath");
        }
        return read(input, resource()); // a refused header closes the input
    }

    @Override
    public String toString() {
        return resource();
    }
}
