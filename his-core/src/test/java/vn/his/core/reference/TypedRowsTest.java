package vn.his.core.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class TypedRowsTest {

    private static CsvRow row(List<String> header, String... values) {
        return CsvRow.of("f.csv", 7, header, List.of(values));
    }

    private static CsvRow admin(String... values) {
        return row(AdminUnitRow.COLUMNS, values);
    }

    @Test
    void adminUnitRowKeepsLeadingZeros() {
        AdminUnitRow unit = AdminUnitRow.fromCsv(admin("01", "Thành phố Hà Nội", "001", "Quận Ba Đình", "00001", "Phường Phúc Xá", "Phường"));
        assertThat(unit.provinceCode()).isEqualTo("01");
        assertThat(unit.districtCode()).isEqualTo("001");
        assertThat(unit.communeCode()).isEqualTo("00001");
        assertThat(unit.hasCommune()).isTrue();
        assertThat(unit.toCsv()).containsExactly("01", "Thành phố Hà Nội", "001", "Quận Ba Đình", "00001", "Phường Phúc Xá", "Phường");
    }

    @Test
    void adminUnitRowAcceptsDistrictWithoutCommune() {
        AdminUnitRow unit = AdminUnitRow.fromCsv(admin("31", "Thành phố Hải Phòng", "318", "Huyện Bạch Long Vĩ", "", "", ""));
        assertThat(unit.hasCommune()).isFalse();
    }

    @Test
    void adminUnitRowRefusesBadCodesWithFileAndLine() {
        assertThatThrownBy(() -> AdminUnitRow.fromCsv(admin("1", "Hà Nội", "001", "Ba Đình", "00001", "Phúc Xá", "Phường")))
                .isInstanceOf(ReferenceDataException.class).hasMessage("f.csv:7: province_code '1' is not 2 digits");
        assertThatThrownBy(() -> AdminUnitRow.fromCsv(admin("01", "Hà Nội", "01", "Ba Đình", "00001", "Phúc Xá", "Phường")))
                .hasMessage("f.csv:7: district_code '01' is not 3 digits");
        assertThatThrownBy(() -> AdminUnitRow.fromCsv(admin("01", "Hà Nội", "001", "Ba Đình", "1", "Phúc Xá", "Phường")))
                .hasMessage("f.csv:7: commune_code '1' is not 5 digits");
        assertThatThrownBy(() -> AdminUnitRow.fromCsv(admin("01", "Hà Nội", "001", "Ba Đình", "00001", "Phúc Xá", "")))
                .hasMessage("f.csv:7: commune 00001 needs a commune_name and a commune_level");
        assertThatThrownBy(() -> AdminUnitRow.fromCsv(admin("01", "Hà Nội", "001", "Ba Đình", "", "Phúc Xá", "")))
                .hasMessage("f.csv:7: commune_name and commune_level must be empty when commune_code is");
        assertThatThrownBy(() -> AdminUnitRow.fromCsv(admin("01", "", "001", "Ba Đình", "00001", "Phúc Xá", "Phường")))
                .hasMessage("f.csv:7: province_name is empty");
        assertThatThrownBy(() -> AdminUnitRow.fromCsv(admin("01", "Hà Nội ", "001", "Ba Đình", "00001", "Phúc Xá", "Phường")))
                .hasMessage("f.csv:7: province_name 'Hà Nội ' has leading or trailing spaces");
    }

    @Test
    void icd10RowAcceptsCategoriesSubcategoriesAndFifthCharacters() {
        for (String code : List.of("A00", "A00.0", "M01.00", "U84.9")) {
            Icd10Row icd = Icd10Row.fromCsv(row(Icd10Row.COLUMNS, code, "Tên", "Name", "A00-B99", "A00-A09", ""));
            assertThat(icd.code()).isEqualTo(code);
            assertThat(icd.category()).isEqualTo(code.substring(0, 3));
            assertThat(icd.mark()).isEqualTo(Icd10Row.Mark.NONE);
        }
        assertThat(Icd10Row.fromCsv(row(Icd10Row.COLUMNS, "A17", "Lao hệ thần kinh", "", "A00-B99", "A15-A19", "dagger")).mark())
                .isEqualTo(Icd10Row.Mark.DAGGER);
    }

    @Test
    void icd10RowRefusesMalformedCodes() {
        for (String code : List.of("A0", "a00", "A00.", "A000", "A00.123", "A00.0†", "A00.0*", "00.0", " A00")) {
            assertThatThrownBy(() -> Icd10Row.fromCsv(row(Icd10Row.COLUMNS, code, "Tên", "Name", "A00-B99", "A00-A09", "")))
                    .as(code)
                    .isInstanceOf(ReferenceDataException.class)
                    .hasMessageStartingWith("f.csv:7: code '" + code + "' is not an ICD-10 code");
        }
        assertThatThrownBy(() -> Icd10Row.fromCsv(row(Icd10Row.COLUMNS, "A00", "Tên", "Name", "I", "A00-A09", "")))
                .hasMessageStartingWith("f.csv:7: chapter_code 'I' is not a code range");
        assertThatThrownBy(() -> Icd10Row.fromCsv(row(Icd10Row.COLUMNS, "A00", "Tên", "Name", "A00-B99", "A00-A09", "†")))
                .hasMessage("f.csv:7: dagger_asterisk '†' is not empty, 'dagger' or 'asterisk'");
        assertThatThrownBy(() -> Icd10Row.fromCsv(row(Icd10Row.COLUMNS, "A00", "", "Name", "A00-B99", "A00-A09", "")))
                .hasMessage("f.csv:7: name_vi is empty");
    }

    @Test
    void icd9RowAcceptsDigitsWithOptionalDot() {
        for (String code : List.of("00", "88.7", "88.73", "00.09")) {
            assertThat(Icd9Row.fromCsv(row(Icd9Row.COLUMNS, code, "Tên", "")).code()).isEqualTo(code);
        }
        for (String code : List.of("8", "887", "88.", "88.731", "A8.7", "88,7")) {
            assertThatThrownBy(() -> Icd9Row.fromCsv(row(Icd9Row.COLUMNS, code, "Tên", "")))
                    .as(code)
                    .isInstanceOf(ReferenceDataException.class)
                    .hasMessageStartingWith("f.csv:7: code '" + code + "' is not an ICD-9-CM procedure code");
        }
    }

    @Test
    void provinceRowParsesDateAndMergedCodes() {
        ProvinceRow province = ProvinceRow.fromCsv(row(ProvinceRow.COLUMNS, "24", "Tỉnh Bắc Ninh", "2025-07-01", "24;27"));
        assertThat(province.validFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(province.mergedFromCodes()).containsExactly("24", "27");
        assertThat(province.toCsv()).containsExactly("24", "Tỉnh Bắc Ninh", "2025-07-01", "24;27");
    }

    @Test
    void provinceRowRefusesBadValues() {
        assertThatThrownBy(() -> ProvinceRow.fromCsv(row(ProvinceRow.COLUMNS, "24", "Tỉnh Bắc Ninh", "01/07/2025", "24")))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessage("f.csv:7: valid_from '01/07/2025' is not a date like 2025-07-01");
        for (String merged : List.of("", "24;", "24,27", "2;27", "24;;27")) {
            assertThatThrownBy(() -> ProvinceRow.fromCsv(row(ProvinceRow.COLUMNS, "24", "Tỉnh Bắc Ninh", "2025-07-01", merged)))
                    .as(merged)
                    .hasMessageStartingWith("f.csv:7: merged_from_codes '" + merged + "' is not 2-digit codes");
        }
        assertThatThrownBy(() -> ProvinceRow.fromCsv(row(ProvinceRow.COLUMNS, "24", "Tỉnh Bắc Ninh", "2025-07-01", "24;24")))
                .hasMessage("f.csv:7: merged_from_codes '24;24' lists a code twice");
        assertThatThrownBy(() -> ProvinceRow.fromCsv(row(ProvinceRow.COLUMNS, "240", "Tỉnh Bắc Ninh", "2025-07-01", "24")))
                .hasMessage("f.csv:7: province_code '240' is not 2 digits");
    }

    @Test
    void rowsBuiltInCodeAreValidatedToo() {
        assertThatThrownBy(() -> new Icd10Row("A0", "x", "", "A00-B99", "A00-A09", Icd10Row.Mark.NONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AdminUnitRow("01", "x", "001", "y", "00001", "z", ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProvinceRow("01", "x", LocalDate.of(2025, 7, 1), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
