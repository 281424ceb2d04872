package vn.his.core.reference.tool;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

import vn.his.core.reference.Icd9Row;

/**
 * Reads the QĐ 4440/QĐ-BYT (2020) workbook (appendix 3: the crosswalk from the ministry's technique codes to
 * ICD-9-CM volume 3). Each row is a technique; columns used: {@code Mã ICD-9} and {@code Tên ICD-9}. A technique
 * without an ICD-9-CM code is skipped; the distinct codes make the catalogue. The workbook has no English names.
 *
 * <p>A code is named the same on almost every row; where the rows disagree (86.28 has two wordings) the wording
 * used by the most rows is kept, ties going to the first in sheet order.
 */
final class Icd9Sheet {

    static final String FILE = "icd9cm-vol3-qd4440-2020.xlsx";

    private static final String CODE = "Mã ICD-9";
    private static final String NAME = "Tên ICD-9";

    private Icd9Sheet() {
    }

    record Result(List<Icd9Row> rows, int sheetRows, int rowsWithoutCode, List<String> codesWithSeveralNames) {
    }

    static Result read(Workbook workbook) {
        SheetTable table = SheetTable.find(workbook, FILE, null, List.of(CODE, NAME));
        Map<String, Map<String, Integer>> namesByCode = new LinkedHashMap<>();
        int sheetRows = 0;
        int withoutCode = 0;
        for (Row row : table.dataRows()) {
            sheetRows++;
            String code = table.code(row, CODE);
            String name = table.text(row, NAME);
            if (code.isEmpty()) {
                if (!name.isEmpty()) {
                    throw table.refuse(row, NAME + " '" + name + "' is given without a " + CODE);
                }
                withoutCode++;
                continue;
            }
            try {
                new Icd9Row(code, name, ""); // validates the code and the name with the row's location
            } catch (IllegalArgumentException e) {
                throw table.refuse(row, e.getMessage());
            }
            namesByCode.computeIfAbsent(code, c -> new LinkedHashMap<>()).merge(name, 1, Integer::sum);
        }
        List<Icd9Row> rows = new ArrayList<>();
        List<String> several = new ArrayList<>();
        namesByCode.forEach((code, names) -> {
            if (names.size() > 1) {
                several.add(code);
            }
            String chosen = null;
            int best = 0;
            for (Map.Entry<String, Integer> name : names.entrySet()) {
                if (name.getValue() > best) { // strictly more: ties keep the first wording seen
                    chosen = name.getKey();
                    best = name.getValue();
                }
            }
            rows.add(new Icd9Row(code, chosen, ""));
        });
        rows.sort((a, b) -> a.code().compareTo(b.code()));
        several.sort(null);
        return new Result(rows, sheetRows, withoutCode, several);
    }
}
