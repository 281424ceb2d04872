package vn.his.core.reference;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One commune of the administrative-unit list in force until 2025-06-30 (codes of QĐ 124/2004/QĐ-TTg as kept by
 * the statistics office; file {@code admin-units-2024-06-11.csv}), with its district and province.
 *
 * <p>A few island districts have no commune-level unit (Bạch Long Vĩ, Cồn Cỏ, Hoàng Sa, Lý Sơn, Côn Đảo in the
 * 2024 list): their row has an empty commune code, name and level, see {@link #hasCommune()}.
 */
public record AdminUnitRow(String provinceCode, String provinceName, String districtCode, String districtName,
                           String communeCode, String communeName, String communeLevel) {

    public static final List<String> COLUMNS = List.of("province_code", "province_name", "district_code",
            "district_name", "commune_code", "commune_name", "commune_level");

    static final Pattern PROVINCE_CODE = Pattern.compile("[0-9]{2}");
    static final Pattern DISTRICT_CODE = Pattern.compile("[0-9]{3}");
    static final Pattern COMMUNE_CODE = Pattern.compile("[0-9]{5}");

    public AdminUnitRow {
        RowChecks.require(PROVINCE_CODE.matcher(provinceCode).matches(), "province code must be 2 digits: " + provinceCode);
        RowChecks.require(DISTRICT_CODE.matcher(districtCode).matches(), "district code must be 3 digits: " + districtCode);
        RowChecks.require(communeCode.isEmpty() || COMMUNE_CODE.matcher(communeCode).matches(),
                "commune code must be 5 digits or empty: " + communeCode);
        RowChecks.require(!provinceName.isBlank() && !districtName.isBlank(), "province and district need names");
        RowChecks.require(communeCode.isEmpty() == communeName.isEmpty() && communeCode.isEmpty() == communeLevel.isEmpty(),
                "commune code, name and level are given together or not at all: " + communeCode);
    }

    /** Reads and validates one CSV record; refuses it with its file and line. */
    public static AdminUnitRow fromCsv(CsvRow row) {
        String province = RowChecks.matching(row, "province_code", PROVINCE_CODE, "2 digits");
        String district = RowChecks.matching(row, "district_code", DISTRICT_CODE, "3 digits");
        String commune = row.get("commune_code");
        String communeName = RowChecks.optionalText(row, "commune_name");
        String level = RowChecks.optionalText(row, "commune_level");
        if (commune.isEmpty()) {
            if (!communeName.isEmpty() || !level.isEmpty()) {
                throw row.refuse("commune_name and commune_level must be empty when commune_code is");
            }
        } else {
            RowChecks.matching(row, "commune_code", COMMUNE_CODE, "5 digits");
            if (communeName.isEmpty() || level.isEmpty()) {
                throw row.refuse("commune " + commune + " needs a commune_name and a commune_level");
            }
        }
        return new AdminUnitRow(province, RowChecks.text(row, "province_name"), district,
                RowChecks.text(row, "district_name"), commune, communeName, level);
    }

    /** False for a district that has no commune-level unit. */
    public boolean hasCommune() {
        return !communeCode.isEmpty();
    }

    /** The values in the order of {@link #COLUMNS}. */
    public List<String> toCsv() {
        return Arrays.asList(provinceCode, provinceName, districtCode, districtName, communeCode, communeName, communeLevel);
    }
}
