package vn.his.billing.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.his.billing.settlement.EncounterRecorder;
import vn.his.billing.settlement.Payment;
import vn.his.billing.settlement.PaymentMethod;
import vn.his.billing.settlement.SettlementService;
import vn.his.core.card.InsuranceCard;
import vn.his.core.encounter.Encounter;
import vn.his.core.facility.Facility;
import vn.his.core.patient.Patient;
import vn.his.core.testsupport.DatabaseTest;

/** The cost statement of a fixed settled encounter, written with POI and read back cell by cell. */
@DatabaseTest
class CostStatementWorkbookDbTest {

    @Autowired
    EncounterRecorder recorder;
    @Autowired
    SettlementService settlement;
    @Autowired
    CostStatements statements;

    static String text(Row r, int c) {
        Cell cell = r.getCell(c);
        return cell == null ? null : cell.getStringCellValue();
    }

    static double number(Row r, int c) {
        return r.getCell(c).getNumericCellValue();
    }

    @Test
    void theWorkbookHasTheFormsSectionsLinesSumsAndTotals() throws Exception {
        Facility hospital = recorder.hospital();
        Patient patient = recorder.patient();
        InsuranceCard card = recorder.card(patient, "HT3", EncounterRecorder.code(hospital), null);
        Encounter e = recorder.finishedVisit(patient, hospital, card);
        settlement.settle(e.id(), Optional.empty(), "thu.ngan", Optional.of(new Payment(PaymentMethod.CASH,
                EncounterRecorder.ARRIVAL.plusMinutes(70), new java.math.BigDecimal("21022.50"), "BL-0001")));

        CostStatement statement = statements.forEncounter(e.id());
        assertThat(statement.version()).isEqualTo(1);
        assertThat(statement.sections()).extracting(CostStatement.Section::section)
                .containsExactly(CostSection.EXAM, CostSection.DRUG);
        assertThat(statement.totals().amounts().patient()).isEqualByComparingTo("21022.50");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CostStatementWorkbook().write(statement, Locale.forLanguageTag("vi"), out);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            assertThat(sheet.getSheetName()).isEqualTo("Bảng kê");
            assertThat(text(sheet.getRow(0), 0)).isEqualTo("BẢNG KÊ CHI PHÍ KHÁM BỆNH, CHỮA BỆNH");
            assertThat(text(sheet.getRow(1), 0)).isEqualTo(hospital.name() + " (" + EncounterRecorder.code(hospital) + ")");
            assertThat(text(sheet.getRow(1), 12)).isEqualTo("Mẫu số 01/KBCB");
            assertThat(text(sheet.getRow(3), 0)).isEqualTo("Họ tên người bệnh");
            assertThat(text(sheet.getRow(3), 1)).isEqualTo("Phan Văn Đức");
            assertThat(text(sheet.getRow(4), 1)).isEqualTo("17/05/1970   Giới tính: Nữ");
            assertThat(text(sheet.getRow(6), 1)).isEqualTo(e.maLk());
            assertThat(text(sheet.getRow(7), 1)).isEqualTo(card.cardNumber() + " (01/01/2026 - 31/12/2026)");
            assertThat(text(sheet.getRow(9), 1)).isEqualTo("20/11/2026 07:30");
            assertThat(text(sheet.getRow(10), 1)).isEqualTo("20/11/2026 08:30");
            assertThat(text(sheet.getRow(12), 1)).isEqualTo("J02.9");
            assertThat(text(sheet.getRow(13), 1)).startsWith("1.1 - ");
            assertThat(text(sheet.getRow(14), 1)).startsWith("Phiên bản 1, quyết toán lúc").endsWith("bởi thu.ngan");
            assertThat(text(sheet.getRow(15), 1)).isEqualTo("Tiền mặt - 20/11/2026 08:40");

            Row head = sheet.getRow(17);
            assertThat(text(head, 0)).isEqualTo("Nội dung");
            assertThat(text(head, 7)).isEqualTo("Thành tiền BV (đồng)");
            assertThat(text(head, 10)).isEqualTo("Quỹ BHYT");
            assertThat(text(head, 11)).isEqualTo("Người bệnh cùng chi trả");
            assertThat(text(head, 13)).isEqualTo("Người bệnh tự trả");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 18);

            assertThat(text(sheet.getRow(18), 0)).isEqualTo("1. Khám bệnh");
            Row exam = sheet.getRow(19);
            assertThat(text(exam, 0)).isEqualTo("Khám Nội");
            assertThat(text(exam, 1)).isEqualTo("02.1896");
            assertThat(text(exam, 2)).isEqualTo("Lần");
            assertThat(number(exam, 3)).isEqualTo(1);
            assertThat(number(exam, 4)).isEqualTo(45300);
            assertThat(number(exam, 7)).isEqualTo(45300);
            assertThat(number(exam, 10)).isEqualTo(43035);
            assertThat(number(exam, 11)).isEqualTo(2265);
            assertThat(number(exam, 13)).isZero();
            assertThat(exam.getCell(7).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            Row examSum = sheet.getRow(20);
            assertThat(text(examSum, 0)).isEqualTo("Cộng");
            assertThat(examSum.getCell(7).getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(examSum.getCell(7).getCellFormula()).isEqualTo("SUM(H20:H20)");

            assertThat(text(sheet.getRow(21), 0)).isEqualTo("2. Thuốc, dịch truyền");
            Row drug = sheet.getRow(22);
            assertThat(text(drug, 0)).isEqualTo("Amoxicilin 500mg");
            assertThat(number(drug, 3)).isEqualTo(300);
            assertThat(number(drug, 4)).isEqualTo(1250.5);
            assertThat(drug.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("#,##0.000");
            assertThat(number(drug, 7)).isEqualTo(375150);
            assertThat(number(drug, 10)).isEqualTo(356392.5);
            assertThat(number(drug, 11)).isEqualTo(18757.5);
            Row drugSum = sheet.getRow(23);
            assertThat(evaluator.evaluate(drugSum.getCell(11)).getNumberValue()).isEqualTo(18757.5);

            Row total = sheet.getRow(24);
            assertThat(text(total, 0)).isEqualTo("Tổng cộng");
            assertThat(total.getCell(7).getCellFormula()).isEqualTo("H21+H24");
            assertThat(evaluator.evaluate(total.getCell(7)).getNumberValue()).isEqualTo(420450);
            assertThat(evaluator.evaluate(total.getCell(10)).getNumberValue()).isEqualTo(399427.5);
            assertThat(evaluator.evaluate(total.getCell(11)).getNumberValue()).isEqualTo(21022.5);

            List<String> labels = List.of("Tổng chi phí lần khám bệnh / cả đợt điều trị", "Chi phí trong phạm vi BHYT",
                    "Quỹ BHYT thanh toán", "Người bệnh cùng chi trả", "Người bệnh tự trả", "Nguồn khác",
                    "Người bệnh phải trả");
            double[] values = {420450, 420450, 399427.5, 21022.5, 0, 0, 21022.5};
            for (int i = 0; i < labels.size(); i++) {
                Row r = sheet.getRow(26 + i);
                assertThat(text(r, 0)).isEqualTo(labels.get(i));
                assertThat(number(r, 7)).as(labels.get(i)).isEqualTo(values[i]);
            }
            assertThat(sheet.getLastRowNum()).isEqualTo(32);
        }
    }

    @Test
    void anUnsettledEncounterGivesAPreviewInEnglishToo() throws Exception {
        Facility hospital = recorder.hospital();
        Patient patient = recorder.patient();
        Encounter e = recorder.finishedVisit(patient, hospital, null);
        CostStatement statement = statements.forEncounter(e.id());
        assertThat(statement.preview()).isTrue();
        assertThat(statement.totals().amounts().selfPay()).isEqualByComparingTo("420450.00");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CostStatementWorkbook().write(statement, Locale.ENGLISH, out);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(text(sheet.getRow(0), 0)).isEqualTo("STATEMENT OF MEDICAL EXAMINATION AND TREATMENT COSTS");
            assertThat(text(sheet.getRow(7), 1)).isEqualTo("No health insurance card");
            assertThat(text(sheet.getRow(14), 1)).isEqualTo("Estimate (not settled)");
        }
    }
}
