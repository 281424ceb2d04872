package vn.his.export.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppendixConverterTest {

    @Test
    void convertsASheetWithAmendmentsAndGatewayFlags(@TempDir Path dir) throws Exception {
        Path appendix = dir.resolve("appendix.xlsx");
        Path gateway = dir.resolve("gateway.xlsx");
        workbook(appendix, "Bang 2_Thuoc", List.of("STT", "Chỉ tiêu", "Kiểu dữ liệu theo QĐ130",
                "Kích thước tối đa theo QĐ130", "Diễn giải theo Quyết định số 130/QĐ-BYT", "Đính chính hoặc sửa đổi, bổ sung"),
                List.of(List.of("1", "MA_LK", "Chuỗi", "100", "", ""),
                        List.of("2", "SO_LUONG", "Số", "10", "", ""),
                        List.of("3", "MA_KHOA", "Chuỗi", "15", "", "Tăng kích thước tối đa lên 50 ký tự"),
                        List.of("4", "SO_CCCD", "Số", "15", "", "Đổi kiểu dữ liệu thành chuỗi"),
                        List.of("5", "TT_THAU", "Chuỗi", "50", "", ""),
                        List.of("", "NGAY_TH_YL", "Chuỗi", "12", "", "Bổ sung trường mới: thời điểm thực hiện"),
                        List.of("", "Ghi chú: không phải trường", "", "", "", "")));
        workbook(gateway, "Bang 2_Thuoc", List.of("STT", "Chỉ tiêu", "Kiểu dữ liệu", "Kích thước tối đa", "Diễn giải",
                "Bắt buộc", "VALID"),
                List.of(List.of("1", "MA_LK", "Chuỗi", "100", "", "x", "Như 4210"),
                        List.of("2", "MA_KHOA", "Chuỗi", "15", "", "x", ""),
                        List.of("3", "TT_THAU", "Chuỗi", "50", "", "Bắt buộc trừ mã nhóm 7,17", ""),
                        List.of("4", "NGAY_TH_YL", "Số", "12", "", "", ">= NGAY_YL")));
        Map<String, List<FieldSpec>> tables = AppendixConverter.convert(appendix, gateway);
        List<FieldSpec> fields = tables.get("XML2");
        assertThat(fields).extracting(FieldSpec::element)
                .containsExactly("MA_LK", "SO_LUONG", "MA_KHOA", "SO_CCCD", "TT_THAU", "NGAY_TH_YL");
        assertThat(fields.get(0).required()).isEqualTo(Requirement.Y);
        assertThat(fields.get(1).format()).isEqualTo(FieldFormat.QUANTITY);
        assertThat(fields.get(1).decimals()).isEqualTo(3);
        assertThat(fields.get(2).maxLength()).isEqualTo(15);
        assertThat(fields.get(2).note()).contains("QĐ 4750 50, cổng 15");
        assertThat(fields.get(3).type()).isEqualTo(FieldType.STR);
        assertThat(fields.get(4).required()).isEqualTo(Requirement.C);
        assertThat(fields.get(5).format()).isEqualTo(FieldFormat.DATE12);
        assertThat(fields.get(5).note()).contains(">= NGAY_YL", "bổ sung trường mới");
    }

    /** Runs only where the official spreadsheets are available (developer machines with /work/shared). */
    @Test
    void committedCsvFilesMatchTheOfficialSpreadsheets(@TempDir Path dir) throws Exception {
        Path regulations = Path.of(System.getProperty("xml130.regulations", "/work/shared/reference/regulations"));
        Path appendix = regulations.resolve("qd4750-appendix-tables.xlsx");
        Path gateway = regulations.resolve("gateway-validation-qd4750.xlsx");
        assumeTrue(Files.isReadable(appendix) && Files.isReadable(gateway), "official spreadsheets not available");
        Map<String, List<FieldSpec>> tables = AppendixConverter.convert(appendix, gateway);
        for (Map.Entry<String, List<FieldSpec>> e : tables.entrySet()) {
            StringWriter generated = new StringWriter();
            SpecCsv.write(generated, e.getValue());
            try (InputStream in = getClass().getClassLoader()
                    .getResourceAsStream("db/reference/xml130/qd4750/" + e.getKey() + ".csv")) {
                assertThat(in).as(e.getKey()).isNotNull();
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).as(e.getKey())
                        .isEqualTo(generated.toString());
            }
        }
    }

    private static void workbook(Path file, String sheetName, List<String> header, List<List<String>> rows)
            throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet(sheetName);
            sheet.createRow(0).createCell(0).setCellValue("Bảng 2. Chỉ tiêu chi tiết thuốc");
            Row h = sheet.createRow(1);
            for (int i = 0; i < header.size(); i++) {
                h.createCell(i).setCellValue(header.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 2);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            wb.write(out);
        }
    }
}
