package vn.his.core.reference;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One code of the ICD-10 list of QĐ 4469/QĐ-BYT (2020), file {@code icd10-qd4469-2020.csv}. The code is written
 * as the XML 130 data set expects it (MA_BENH_CHINH, MA_BENH_KT: {@code A00.0}), without the dagger or asterisk
 * of the printed list; that sign is kept in {@link #mark()}. Three-character categories are codes too (the list
 * has rows for them). The chapter and the main group are given as code ranges ({@code A00-B99}, {@code A00-A09}).
 */
public record Icd10Row(String code, String nameVi, String nameEn, String chapterCode, String groupCode, Mark mark) {

    public static final List<String> COLUMNS = List.of("code", "name_vi", "name_en", "chapter_code", "group_code",
            "dagger_asterisk");

    /** Category {@code A00}, subcategory {@code A00.0}, and the fifth-character codes of chapter XIII ({@code M01.00}). */
    static final Pattern CODE = Pattern.compile("[A-Z][0-9]{2}(\\.[0-9]{1,2})?");
    static final Pattern RANGE = Pattern.compile("[A-Z][0-9]{2}-[A-Z][0-9]{2}");

    /**
     * The dagger-asterisk convention of ICD-10: a dagger marks the code of the underlying disease, an asterisk the
     * code of its manifestation in an organ (WHO rules use the dagger code as the main condition).
     */
    public enum Mark {
        NONE(""), DAGGER("dagger"), ASTERISK("asterisk");

        private final String csvValue;

        Mark(String csvValue) {
            this.csvValue = csvValue;
        }

        public String csvValue() {
            return csvValue;
        }

        static Mark fromCsv(CsvRow row, String value) {
            for (Mark mark : values()) {
                if (mark.csvValue.equals(value)) {
                    return mark;
                }
            }
            throw row.refuse("dagger_asterisk '" + value + "' is not empty, 'dagger' or 'asterisk'");
        }
    }

    public Icd10Row {
        RowChecks.require(CODE.matcher(code).matches(), "not an ICD-10 code: " + code);
        RowChecks.require(RANGE.matcher(chapterCode).matches(), "not a chapter range: " + chapterCode);
        RowChecks.require(RANGE.matcher(groupCode).matches(), "not a group range: " + groupCode);
        RowChecks.require(!nameVi.isBlank(), "ICD-10 code " + code + " needs a Vietnamese name");
        RowChecks.require(mark != null, "mark must not be null, use Mark.NONE");
    }

    /** Reads and validates one CSV record; refuses it with its file and line. */
    public static Icd10Row fromCsv(CsvRow row) {
        return new Icd10Row(
                RowChecks.matching(row, "code", CODE, "an ICD-10 code like A00 or A00.0 or M01.00"),
                RowChecks.text(row, "name_vi"),
                RowChecks.optionalText(row, "name_en"),
                RowChecks.matching(row, "chapter_code", RANGE, "a code range like A00-B99"),
                RowChecks.matching(row, "group_code", RANGE, "a code range like A00-A09"),
                Mark.fromCsv(row, row.get("dagger_asterisk")));
    }

    /** The three-character category the code belongs to ({@code A00} for {@code A00.0}). */
    public String category() {
        return code.substring(0, 3);
    }

    /** The values in the order of {@link #COLUMNS}. */
    public List<String> toCsv() {
        return Arrays.asList(code, nameVi, nameEn, chapterCode, groupCode, mark.csvValue());
    }
}
