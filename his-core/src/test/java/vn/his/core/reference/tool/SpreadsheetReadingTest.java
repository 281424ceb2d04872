package vn.his.core.reference.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.his.core.reference.AdminUnitRow;
import vn.his.core.reference.Icd10Row;
import vn.his.core.reference.Icd9Row;
import vn.his.core.reference.ReferenceDataException;

/** The sheet readers on small workbooks built in memory with the layout of the official files. */
class SpreadsheetReadingTest {

    private static final List<String> ICD10_HEADER = List.of("STT CHƯƠNG", "MÃ CHƯƠNG", "CHAPTER NAME", "TÊN CHƯƠNG",
            "MÃ NHÓM CHÍNH", "MAIN GROUP NAME I", "TÊN NHÓM CHÍNH", "MÃ LOẠI", "MÃ BỆNH", "MÃ BỆNH KHÔNG DẤU",
            "DISEASE NAME", "TÊN BỆNH");

    private static void put(Sheet sheet, int rowIndex, List<?> values) {
        Row row = sheet.createRow(rowIndex);
        for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            if (value instanceof Number number) {
                row.createCell(c).setCellValue(number.doubleValue());
            } else if (value != null) {
                row.createCell(c).setCellValue((String) value);
            }
        }
    }

    private static List<String> icd10(String printed, String plain, String en, String vi) {
        return List.of("I", "A00-B99", "Infectious", "Nhiễm trùng", "A15-A19", "Tuberculosis", "Lao",
                printed.substring(0, 3), printed, plain, en, vi);
    }

    private static Workbook icd10Workbook(List<List<String>> rows) {
        Workbook workbook = new XSSFWorkbook();
        workbook.createSheet("Other");
        Sheet sheet = workbook.createSheet("ICD10");
        put(sheet, 0, List.of("Phụ lục 1: Danh mục mã bệnh"));
        put(sheet, 1, List.of("(Ban hành kèm theo Quyết định ...)"));
        put(sheet, 2, ICD10_HEADER);
        for (int i = 0; i < rows.size(); i++) {
            put(sheet, 3 + i, rows.get(i));
        }
        return workbook;
    }

    @Test
    void icd10FindsHeaderBelowTitlesStripsSignsAndKeepsOneRowPerCode() throws IOException {
        try (Workbook workbook = icd10Workbook(List.of(
                icd10("A17.0†", "A170", "Tuberculous meningitis", "Lao màng não"),
                icd10("A17", "A17", "Tuberculosis of nervous system", "Lao hệ thần kinh"),
                icd10("A17†", "A17", "Tuberculosis of nervous system (marked)", "Lao hệ thần kinh (có dấu)"),
                icd10("A15", "A15", "Respiratory tuberculosis", "Lao  hô\u00a0hấp "),
                icd10("A15", "A15", "Respiratory tuberculosis again", "Lao hô hấp lần hai"),
                icd10("A17.1*", "A171", "Meningeal tuberculoma", "U lao màng não")))) {
            Icd10Sheet.Result result = Icd10Sheet.read(workbook);
            assertThat(result.sheetRows()).isEqualTo(6);
            assertThat(result.duplicatesDropped()).isEqualTo(2);
            assertThat(result.rows()).extracting(Icd10Row::code).containsExactly("A15", "A17", "A17.0", "A17.1");
            assertThat(result.rows().get(0).nameVi()).isEqualTo("Lao hô hấp"); // first row kept, text cleaned
            assertThat(result.rows().get(1).nameEn()).isEqualTo("Tuberculosis of nervous system (marked)");
            assertThat(result.rows()).extracting(Icd10Row::mark).containsExactly(
                    Icd10Row.Mark.NONE, Icd10Row.Mark.DAGGER, Icd10Row.Mark.DAGGER, Icd10Row.Mark.ASTERISK);
            assertThat(result.rows().get(2).chapterCode()).isEqualTo("A00-B99");
            assertThat(result.rows().get(2).groupCode()).isEqualTo("A15-A19");
        }
    }

    @Test
    void icd10RefusesCodeNotMatchingItsUndottedForm() throws IOException {
        try (Workbook workbook = icd10Workbook(List.of(icd10("A17.0", "A171", "x", "y")))) {
            assertThatThrownBy(() -> Icd10Sheet.read(workbook))
                    .isInstanceOf(ReferenceDataException.class)
                    .hasMessage("icd10-qd4469-2020.xlsx!ICD10:4: MÃ BỆNH 'A17.0' does not match MÃ BỆNH KHÔNG DẤU 'A171'");
        }
    }

    @Test
    void icd10RefusesBothSignsForOneCodeAndMalformedCodes() throws IOException {
        try (Workbook workbook = icd10Workbook(List.of(icd10("A17†", "A17", "x", "y"), icd10("A17*", "A17", "x", "y")))) {
            assertThatThrownBy(() -> Icd10Sheet.read(workbook))
                    .hasMessage("icd10-qd4469-2020.xlsx!ICD10:5: code A17 is listed with both a dagger and an asterisk");
        }
        try (Workbook workbook = icd10Workbook(List.of(icd10("A17.0+", "A170+", "x", "y")))) {
            assertThatThrownBy(() -> Icd10Sheet.read(workbook))
                    .hasMessage("icd10-qd4469-2020.xlsx!ICD10:4: not an ICD-10 code: A17.0+");
        }
    }

    @Test
    void icd10RefusesWorkbookWithoutTheSheetOrHeader() throws IOException {
        try (Workbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Sheet1");
            assertThatThrownBy(() -> Icd10Sheet.read(workbook))
                    .isInstanceOf(ReferenceDataException.class)
                    .hasMessage("icd10-qd4469-2020.xlsx:0: has no sheet named 'ICD10'");
        }
        try (Workbook workbook = new XSSFWorkbook()) {
            put(workbook.createSheet("ICD10"), 0, List.of("MÃ BỆNH", "TÊN BỆNH"));
            assertThatThrownBy(() -> Icd10Sheet.read(workbook))
                    .hasMessageStartingWith("icd10-qd4469-2020.xlsx:0: no header row with the columns");
        }
    }

    private static Workbook adminWorkbook(List<List<?>> rows) {
        Workbook workbook = new XSSFWorkbook();
        Sheet sheet = workbook.createSheet("Sheet1");
        put(sheet, 0, List.of("id", "tentinh", "matinh", "tenhuyen", "mahuyen", "tenxa", "maxa", "cap", "tentienganh"));
        for (int i = 0; i < rows.size(); i++) {
            put(sheet, 1 + i, rows.get(i));
        }
        return workbook;
    }

    @Test
    void adminUnitsKeepLeadingZerosSortAndKeepDistrictsWithoutCommunes() throws IOException {
        try (Workbook workbook = adminWorkbook(List.of(
                List.of("x", "Tỉnh Nghệ An", "40", "Thành phố Vinh", "412", "Phường Lê Lợi", "16669", "Phường", ""),
                List.of("x", "Thành phố Hải Phòng", "31", "Huyện Bạch Long Vĩ", "318", "", "", "Huyện", ""),
                List.of("x", "Thành phố Hà Nội", "01", "Quận Ba Đình", "001", "Phường  Phúc Xá", "00001", "Phường", "")))) {
            List<AdminUnitRow> units = AdminUnitsSheet.read(workbook);
            assertThat(units).extracting(AdminUnitRow::communeCode).containsExactly("00001", "", "16669");
            assertThat(units.get(0).communeName()).isEqualTo("Phường Phúc Xá");
            assertThat(units.get(1).hasCommune()).isFalse();
            assertThat(units.get(1).communeLevel()).isEmpty();
        }
    }

    @Test
    void adminUnitsRefuseCodesStoredAsNumbersAndInconsistentNames() throws IOException {
        List<Object> numeric = new java.util.ArrayList<>(List.of("x", "Thành phố Hà Nội", 1, "Quận Ba Đình", "001", "Phường Phúc Xá", "00001", "Phường", ""));
        try (Workbook workbook = adminWorkbook(List.of(numeric))) {
            assertThatThrownBy(() -> AdminUnitsSheet.read(workbook))
                    .isInstanceOf(ReferenceDataException.class)
                    .hasMessageStartingWith("admin-units-2024-06-11.xlsx!Sheet1:2: matinh is stored as NUMERIC (1), not as text");
        }
        try (Workbook workbook = adminWorkbook(List.of(
                List.of("x", "Thành phố Hà Nội", "01", "Quận Ba Đình", "001", "Phường Phúc Xá", "00001", "Phường", ""),
                List.of("x", "Hà Nội", "01", "Quận Ba Đình", "001", "Phường Trúc Bạch", "00004", "Phường", "")))) {
            assertThatThrownBy(() -> AdminUnitsSheet.read(workbook))
                    .hasMessage("admin-units-2024-06-11.xlsx!Sheet1:3: province 01 is named 'Hà Nội' here and 'Thành phố Hà Nội' above");
        }
        try (Workbook workbook = adminWorkbook(List.of(
                List.of("x", "Thành phố Hà Nội", "01", "Quận Ba Đình", "001", "Phường Phúc Xá", "00001", "Phường", ""),
                List.of("x", "Thành phố Hà Nội", "01", "Quận Ba Đình", "001", "Phường Phúc Xá", "00001", "Phường", "")))) {
            assertThatThrownBy(() -> AdminUnitsSheet.read(workbook))
                    .hasMessage("admin-units-2024-06-11.xlsx!Sheet1:3: commune 00001 is listed twice");
        }
    }

    private static Workbook icd9Workbook(List<List<String>> rows) {
        Workbook workbook = new XSSFWorkbook();
        Sheet sheet = workbook.createSheet("Sheet0");
        put(sheet, 0, List.of("Phụ lục 3: Danh mục chuyển đổi"));
        put(sheet, 2, List.of("Mã tương đương", "Tên 21", "Mã ICD-9", "Tên ICD-9"));
        for (int i = 0; i < rows.size(); i++) {
            put(sheet, 3 + i, rows.get(i));
        }
        return workbook;
    }

    @Test
    void icd9KeepsDistinctCodesWithTheMostUsedWording() throws IOException {
        try (Workbook workbook = icd9Workbook(List.of(
                List.of("01.0115.0297", "Siêu âm", "88.73", "Siêu âm chẩn đoán ở vị trí khác của ngực"),
                List.of("01.0001.0001", "Không có mã", "", ""),
                List.of("03.0001.0001", "a", "86.28", "Cắt lọc, không rạch rộng"),
                List.of("03.0002.0001", "b", "86.28", "Cắt lọc, rạch rộng"),
                List.of("03.0003.0001", "c", "86.28", "Cắt lọc, rạch rộng"),
                List.of("03.0004.0001", "d", "00.09", "Siêu âm điều trị khác")))) {
            Icd9Sheet.Result result = Icd9Sheet.read(workbook);
            assertThat(result.sheetRows()).isEqualTo(6);
            assertThat(result.rowsWithoutCode()).isEqualTo(1);
            assertThat(result.codesWithSeveralNames()).containsExactly("86.28");
            assertThat(result.rows()).containsExactly(
                    new Icd9Row("00.09", "Siêu âm điều trị khác", ""),
                    new Icd9Row("86.28", "Cắt lọc, rạch rộng", ""),
                    new Icd9Row("88.73", "Siêu âm chẩn đoán ở vị trí khác của ngực", ""));
        }
    }

    @Test
    void icd9TieKeepsTheFirstWordingAndRefusesBadCodes() throws IOException {
        try (Workbook workbook = icd9Workbook(List.of(
                List.of("a", "a", "86.28", "Thứ nhất"),
                List.of("b", "b", "86.28", "Thứ hai")))) {
            assertThat(Icd9Sheet.read(workbook).rows()).containsExactly(new Icd9Row("86.28", "Thứ nhất", ""));
        }
        try (Workbook workbook = icd9Workbook(List.of(List.of("a", "a", "8628", "Tên")))) {
            assertThatThrownBy(() -> Icd9Sheet.read(workbook))
                    .hasMessage("icd9cm-vol3-qd4440-2020.xlsx!Sheet0:4: not an ICD-9-CM procedure code: 8628");
        }
        try (Workbook workbook = icd9Workbook(List.of(List.of("a", "a", "", "Tên không mã")))) {
            assertThatThrownBy(() -> Icd9Sheet.read(workbook))
                    .hasMessage("icd9cm-vol3-qd4440-2020.xlsx!Sheet0:4: Tên ICD-9 'Tên không mã' is given without a Mã ICD-9");
        }
    }
}
