package vn.his.core.reference;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One procedure code of ICD-9-CM volume 3 as listed by QĐ 4440/QĐ-BYT (2020), file {@code icd9cm-qd4440-2020.csv};
 * the code set of MA_PTTT_QT (XML 130 tables 1 and 3). The official list is Vietnamese only, so {@link #nameEn()}
 * is empty for every row of that file.
 */
public record Icd9Row(String code, String nameVi, String nameEn) {

    public static final List<String> COLUMNS = List.of("code", "name_vi", "name_en");

    /** Two digits, then optionally a dot and one or two digits ({@code 00}, {@code 88.7}, {@code 88.73}). */
    static final Pattern CODE = Pattern.compile("[0-9]{2}(\\.[0-9]{1,2})?");

    public Icd9Row {
        RowChecks.require(CODE.matcher(code).matches(), "not an ICD-9-CM procedure code: " + code);
        RowChecks.require(!nameVi.isBlank(), "ICD-9-CM code " + code + " needs a Vietnamese name");
    }

    /** Reads and validates one CSV record; refuses it with its file and line. */
    public static Icd9Row fromCsv(CsvRow row) {
        return new Icd9Row(
                RowChecks.matching(row, "code", CODE, "an ICD-9-CM procedure code like 88.73"),
                RowChecks.text(row, "name_vi"),
                RowChecks.optionalText(row, "name_en"));
    }

    /** The values in the order of {@link #COLUMNS}. */
    public List<String> toCsv() {
        return Arrays.asList(code, nameVi, nameEn);
    }
}
