package vn.his.core.reference.tool;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

import vn.his.core.reference.Icd10Row;
import vn.his.core.reference.Icd10Row.Mark;

/**
 * Reads sheet {@code ICD10} of the QĐ 4469/QĐ-BYT (2020) workbook (appendix 1: the ICD-10 list). The header row
 * lies below two title lines; columns used: {@code MÃ CHƯƠNG} (chapter range), {@code MÃ NHÓM CHÍNH} (main group
 * range), {@code MÃ BỆNH} (code as printed, with a trailing dagger or asterisk), {@code MÃ BỆNH KHÔNG DẤU} (the same
 * code without dot and sign, used as a cross-check), {@code DISEASE NAME}, {@code TÊN BỆNH}. The other sheets of
 * the workbook (DRG and main-diagnosis lists) are not read.
 *
 * <p>The sheet lists some three-character categories twice: once as the category heading without sign and once
 * as the codable row with its dagger or asterisk (and {@code J13} twice identically). One row per code is kept:
 * the row with a sign wins over the row without; otherwise the first row in sheet order. Two different signs
 * for one code are refused.
 */
final class Icd10Sheet {

    static final String FILE = "icd10-qd4469-2020.xlsx";
    static final String SHEET = "ICD10";

    private static final String CHAPTER = "MÃ CHƯƠNG";
    private static final String GROUP = "MÃ NHÓM CHÍNH";
    private static final String CODE = "MÃ BỆNH";
    private static final String CODE_PLAIN = "MÃ BỆNH KHÔNG DẤU";
    private static final String NAME_EN = "DISEASE NAME";
    private static final String NAME_VI = "TÊN BỆNH";

    private Icd10Sheet() {
    }

    record Result(List<Icd10Row> rows, int sheetRows, int duplicatesDropped) {
    }

    static Result read(Workbook workbook) {
        SheetTable table = SheetTable.find(workbook, FILE, SHEET, List.of(CHAPTER, GROUP, CODE, CODE_PLAIN, NAME_EN, NAME_VI));
        Map<String, Icd10Row> byCode = new LinkedHashMap<>();
        int sheetRows = 0;
        int duplicates = 0;
        for (Row row : table.dataRows()) {
            sheetRows++;
            String printed = table.code(row, CODE);
            if (printed.isEmpty()) {
                throw table.refuse(row, CODE + " is empty");
            }
            Mark mark = Mark.NONE;
            String code = printed;
            if (printed.endsWith("\u2020")) {
                mark = Mark.DAGGER;
                code = printed.substring(0, printed.length() - 1);
            } else if (printed.endsWith("*")) {
                mark = Mark.ASTERISK;
                code = printed.substring(0, printed.length() - 1);
            }
            String plain = table.code(row, CODE_PLAIN);
            if (!code.replace(".", "").equals(plain)) {
                throw table.refuse(row, CODE + " '" + printed + "' does not match " + CODE_PLAIN + " '" + plain + "'");
            }
            Icd10Row candidate;
            try {
                candidate = new Icd10Row(code, table.text(row, NAME_VI), table.text(row, NAME_EN),
                        table.code(row, CHAPTER), table.code(row, GROUP), mark);
            } catch (IllegalArgumentException e) {
                throw table.refuse(row, e.getMessage());
            }
            Icd10Row kept = byCode.get(code);
            if (kept == null) {
                byCode.put(code, candidate);
                continue;
            }
            duplicates++;
            if (kept.mark() == Mark.NONE && mark != Mark.NONE) {
                byCode.put(code, candidate);
            } else if (kept.mark() != Mark.NONE && mark != Mark.NONE && kept.mark() != mark) {
                throw table.refuse(row, "code " + code + " is listed with both a dagger and an asterisk");
            }
        }
        List<Icd10Row> rows = new ArrayList<>(byCode.values());
        rows.sort((a, b) -> a.code().compareTo(b.code()));
        return new Result(rows, sheetRows, duplicates);
    }
}
