package vn.his.core.reference.tool;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

import vn.his.core.reference.AdminUnitRow;
import vn.his.core.reference.ReferenceDataException;

/**
 * Reads the administrative-unit list (statistics-office export of 2024-06-11, codes of QĐ 124/2004/QĐ-TTg): one
 * row per commune with columns {@code matinh, tentinh, mahuyen, tenhuyen, maxa, tenxa, cap}. Island districts
 * without communes appear once with an empty commune and level {@code Huyện}; they are kept with an empty
 * commune code, name and level. The English name and abbreviation columns are not taken.
 *
 * <p>Refuses a code stored as a number, a province or district code whose name differs between rows, a
 * district listed under two provinces, a commune listed twice, and a district listed both with and without
 * communes.
 */
final class AdminUnitsSheet {

    static final String FILE = "admin-units-2024-06-11.xlsx";

    private static final String PROVINCE_CODE = "matinh";
    private static final String PROVINCE_NAME = "tentinh";
    private static final String DISTRICT_CODE = "mahuyen";
    private static final String DISTRICT_NAME = "tenhuyen";
    private static final String COMMUNE_CODE = "maxa";
    private static final String COMMUNE_NAME = "tenxa";
    private static final String LEVEL = "cap";
    /** The level the sheet gives to a district row that has no commune. */
    private static final String DISTRICT_LEVEL = "Huyện";

    private AdminUnitsSheet() {
    }

    static List<AdminUnitRow> read(Workbook workbook) {
        SheetTable table = SheetTable.find(workbook, FILE, null, List.of(PROVINCE_CODE, PROVINCE_NAME,
                DISTRICT_CODE, DISTRICT_NAME, COMMUNE_CODE, COMMUNE_NAME, LEVEL));
        Map<String, String> provinceNames = new HashMap<>();
        Map<String, String> districtKeys = new HashMap<>();
        Set<String> communes = new HashSet<>();
        Set<String> districtsWithCommunes = new HashSet<>();
        Set<String> districtsWithoutCommunes = new HashSet<>();
        List<AdminUnitRow> units = new ArrayList<>();
        for (Row row : table.dataRows()) {
            String province = table.code(row, PROVINCE_CODE);
            String provinceName = table.text(row, PROVINCE_NAME);
            String district = table.code(row, DISTRICT_CODE);
            String districtName = table.text(row, DISTRICT_NAME);
            String commune = table.code(row, COMMUNE_CODE);
            String communeName = table.text(row, COMMUNE_NAME);
            String level = table.text(row, LEVEL);
            if (commune.isEmpty()) {
                if (!communeName.isEmpty() || !DISTRICT_LEVEL.equals(level)) {
                    throw table.refuse(row, "row without a commune code must be a district (cap '" + DISTRICT_LEVEL
                            + "') without commune name; found name '" + communeName + "', cap '" + level + "'");
                }
                level = "";
                if (!districtsWithoutCommunes.add(district)) {
                    throw table.refuse(row, "district " + district + " is listed twice without a commune");
                }
            } else {
                districtsWithCommunes.add(district);
                if (!communes.add(commune)) {
                    throw table.refuse(row, "commune " + commune + " is listed twice");
                }
            }
            String knownProvince = provinceNames.putIfAbsent(province, provinceName);
            if (knownProvince != null && !knownProvince.equals(provinceName)) {
                throw table.refuse(row, "province " + province + " is named '" + provinceName + "' here and '"
                        + knownProvince + "' above");
            }
            String districtKey = province + " " + districtName;
            String knownDistrict = districtKeys.putIfAbsent(district, districtKey);
            if (knownDistrict != null && !knownDistrict.equals(districtKey)) {
                throw table.refuse(row, "district " + district + " is '" + districtKey + "' here and '"
                        + knownDistrict + "' above (province and name)");
            }
            try {
                units.add(new AdminUnitRow(province, provinceName, district, districtName, commune, communeName, level));
            } catch (IllegalArgumentException e) {
                throw table.refuse(row, e.getMessage());
            }
        }
        districtsWithCommunes.retainAll(districtsWithoutCommunes);
        if (!districtsWithCommunes.isEmpty()) {
            throw new ReferenceDataException(table.source(), 0,
                    "districts listed both with and without communes: " + districtsWithCommunes);
        }
        units.sort(Comparator.comparing(AdminUnitRow::provinceCode)
                .thenComparing(AdminUnitRow::districtCode)
                .thenComparing(AdminUnitRow::communeCode));
        return units;
    }
}
