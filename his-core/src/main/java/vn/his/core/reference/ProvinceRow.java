package vn.his.core.reference;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One province of the list valid from 2025-07-01 (QĐ 19/2025/QĐ-TTg: 34 provinces, no district level), file
 * {@code provinces-2025-07-01.csv}. {@link #mergedFromCodes()} lists the codes of the 63-province list that were
 * merged into it, its own old code included; a province that did not change lists only its own code.
 */
public record ProvinceRow(String provinceCode, String provinceName, LocalDate validFrom, List<String> mergedFromCodes) {

    public static final List<String> COLUMNS = List.of("province_code", "province_name", "valid_from", "merged_from_codes");

    private static final Pattern MERGED_FROM = Pattern.compile("[0-9]{2}(;[0-9]{2})*");

    public ProvinceRow {
        RowChecks.require(AdminUnitRow.PROVINCE_CODE.matcher(provinceCode).matches(), "province code must be 2 digits: " + provinceCode);
        RowChecks.require(!provinceName.isBlank(), "province " + provinceCode + " needs a name");
        RowChecks.require(validFrom != null, "valid from must be given");
        mergedFromCodes = List.copyOf(mergedFromCodes);
        RowChecks.require(!mergedFromCodes.isEmpty(), "province " + provinceCode + " needs at least one old code");
        RowChecks.require(new HashSet<>(mergedFromCodes).size() == mergedFromCodes.size(),
                "province " + provinceCode + " lists an old code twice: " + mergedFromCodes);
        for (String old : mergedFromCodes) {
            RowChecks.require(AdminUnitRow.PROVINCE_CODE.matcher(old).matches(), "old province code must be 2 digits: " + old);
        }
    }

    /** Reads and validates one CSV record; refuses it with its file and line. */
    public static ProvinceRow fromCsv(CsvRow row) {
        String code = RowChecks.matching(row, "province_code", AdminUnitRow.PROVINCE_CODE, "2 digits");
        String name = RowChecks.text(row, "province_name");
        LocalDate validFrom;
        try {
            validFrom = LocalDate.parse(row.get("valid_from"));
        } catch (DateTimeParseException e) {
            throw row.refuse("valid_from '" + row.get("valid_from") + "' is not a date like 2025-07-01");
        }
        String merged = RowChecks.matching(row, "merged_from_codes", MERGED_FROM, "2-digit codes separated by ';'");
        List<String> codes = List.of(merged.split(";"));
        if (new HashSet<>(codes).size() != codes.size()) {
            throw row.refuse("merged_from_codes '" + merged + "' lists a code twice");
        }
        return new ProvinceRow(code, name, validFrom, codes);
    }

    /** The values in the order of {@link #COLUMNS}. */
    public List<String> toCsv() {
        return List.of(provinceCode, provinceName, validFrom.toString(), String.join(";", mergedFromCodes));
    }
}
