package vn.his.claimtests.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.his.billing.settlement.Payment;
import vn.his.billing.settlement.PaymentMethod;
import vn.his.billing.settlement.SettlementService;
import vn.his.core.catalog.CatalogItem;
import vn.his.core.catalog.CatalogItemRepository;
import vn.his.core.common.DomainException;
import vn.his.core.encounter.Diagnosis;
import vn.his.core.encounter.Discharge;
import vn.his.core.encounter.EncounterOpening;
import vn.his.core.encounter.EncounterService;
import vn.his.core.encounter.OrderKind;
import vn.his.core.encounter.OrderLineDraft;
import vn.his.core.encounter.OtherFunding;
import vn.his.core.card.InsuranceCard;
import vn.his.core.facility.Facility;
import vn.his.core.facility.FacilityRepository;
import vn.his.core.patient.BirthDate;
import vn.his.core.patient.Gender;
import vn.his.core.patient.Patient;
import vn.his.core.patient.PatientDetails;
import vn.his.core.patient.PatientRegistry;
import vn.his.core.testsupport.CoreFixtures;
import vn.his.core.testsupport.DatabaseTest;
import vn.his.export.claim.ClaimService;
import vn.his.export.claim.ClaimStatus;
import vn.his.export.claim.StoredClaim;
import vn.his.export.envelope.TableReader;
import vn.his.export.report.ClaimReportRow;
import vn.his.export.report.ClaimReportRows;
import vn.his.export.report.CostGroup;
import vn.his.export.report.MonthlyClaimReport;
import vn.his.export.report.ReportScope;

/**
 * The monthly report on claims made by the real chain (EncounterService, billing's SettlementService, the claim
 * listener): two encounters discharged in November and one on 31 October are settled; one November encounter also gets
 * a newer SUPERSEDED version with other totals. The November workbook lists exactly the two November encounters from
 * their newest non-superseded version, and its totals (SUM/SUMIF formulas evaluated by POI) equal the sums of the
 * XML1 T_TONGCHI_BV, T_BHTT, T_BNCCT, T_BNTT of those claims. A stored XML1 with a DOCTYPE is refused.
 */
@DatabaseTest
@SpringBootTest(classes = ReportStackTestApplication.class)
@TestPropertySource(properties = {"his.outbox.scheduler.enabled=false", "his.gateway.base-url=http://127.0.0.1:9/",
        "his.gateway.credential-key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="})
class MonthlyClaimReportDbTest {

    private static final String CCHN = "000123/NA-CCHN";
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private static final List<String> XML1_TOTALS = List.of("T_TONGCHI_BV", "T_BHTT", "T_BNCCT", "T_BNTT");

    @Autowired EncounterService encounters;
    @Autowired CoreFixtures fixtures;
    @Autowired PatientRegistry registry;
    @Autowired FacilityRepository facilities;
    @Autowired CatalogItemRepository items;
    @Autowired SettlementService settlement;
    @Autowired ClaimService claims;
    @Autowired ClaimReportRows reportRows;
    @Autowired MonthlyClaimReport report;
    @Autowired PlatformTransactionManager transactions;
    @Autowired JdbcTemplate jdbc;

    @Test
    void novemberWorkbookListsTheNewestNonSupersededClaimsAndItsTotalsEqualTheXml1Sums() throws Exception {
        Facility f = facility();
        String code = f.codeOn(LocalDate.of(2026, 11, 1)).orElseThrow();
        String lkA = settledVisit(f, code, "Nguyễn Văn An", "040170099011", "HT3404017009911",
                LocalDateTime.of(2026, 11, 3, 8, 0), 10);
        String lkB = settledVisit(f, code, "Trần Thị Bình", "040170099012", "HT3404017009912",
                LocalDateTime.of(2026, 11, 20, 9, 30), 20);
        // discharged on 31/10 at 23:00: October, not in the November report
        String lkOctober = settledVisit(f, code, "Lê Văn Cường", "040170099013", "HT3404017009913",
                LocalDateTime.of(2026, 10, 31, 22, 0), 30);
        StoredClaim claimA = latest(lkA);
        StoredClaim claimB = latest(lkB);
        assertThat(latest(lkOctober).dischargeTime()).isBefore(LocalDateTime.of(2026, 11, 1, 0, 0));
        // a newer version of A that was superseded: must not be counted, version 1 stays the reported one
        supersededCopy(claimA);

        // the XML1 totals of the claims that must be reported, read straight from the stored bytes
        Map<String, BigDecimal> expected = new HashMap<>();
        for (StoredClaim c : List.of(claimA, claimB)) {
            Map<String, String> xml1 = TableReader.rows(xml1(c.id())).get(0);
            for (String field : XML1_TOTALS) {
                expected.merge(field, new BigDecimal(xml1.get(field)), BigDecimal::add);
            }
        }
        assertThat(expected.get("T_TONGCHI_BV")).isPositive();

        // the streamed rows: both November encounters, version 1 of A, cost groups add up to T_TONGCHI_BV
        List<ClaimReportRow> rows = new ArrayList<>();
        reportRows.stream(ReportScope.facility(code), NOVEMBER, rows::add);
        assertThat(rows).extracting(ClaimReportRow::maLk).containsExactly(lkA, lkB);
        assertThat(rows.get(0).claimNo()).isEqualTo(claimA.claimNo());
        assertThat(rows.get(0).hoTen()).isEqualTo("Nguyễn Văn An");
        for (ClaimReportRow r : rows) {
            assertThat(r.costs().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualByComparingTo(r.tTongchiBv());
            assertThat(r.cost(CostGroup.EXAM)).isEqualByComparingTo("45300");
            assertThat(r.cost(CostGroup.DRUG)).isPositive();
        }
        List<ClaimReportRow> province = new ArrayList<>();
        reportRows.stream(ReportScope.province("40"), NOVEMBER, province::add);
        assertThat(province).extracting(ClaimReportRow::maLk).contains(lkA, lkB).doesNotContain(lkOctober);

        // the workbook
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int listed = report.write(ReportScope.facility(code), NOVEMBER, Locale.forLanguageTag("vi"), out);
        assertThat(listed).isEqualTo(2);
        assertThat(MonthlyClaimReport.fileName(ReportScope.facility(code), NOVEMBER))
                .isEqualTo("bao-cao-bhyt-" + code + "-2026-11.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            FormulaEvaluator eval = book.getCreationHelper().createFormulaEvaluator();
            assertThat(book.getSheetName(0)).isEqualTo("Tổng hợp");
            assertThat(book.getSheetName(1)).isEqualTo("Danh sách người bệnh");

            Sheet detail = book.getSheet("Danh sách người bệnh");
            assertThat(detail.getPaneInformation().isFreezePane()).isTrue();
            assertThat(detail.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 4);
            Map<String, Integer> col = headings(detail.getRow(3));
            assertThat(col).containsKeys("Mã liên kết", "Họ và tên", "Mã thẻ BHYT", "Ngày vào", "Ngày ra",
                    "Tiền khám", "Thuốc", "Tiền giường", "Xét nghiệm", "Vận chuyển", "Tổng chi phí (T_TONGCHI_BV)",
                    "Quỹ BHYT thanh toán (T_BHTT)", "Lần gửi hồ sơ", "Trạng thái");
            Row first = detail.getRow(4);
            assertThat(first.getCell(col.get("Mã liên kết")).getStringCellValue()).isEqualTo(lkA);
            assertThat(first.getCell(col.get("Họ và tên")).getStringCellValue()).isEqualTo("Nguyễn Văn An");
            assertThat(first.getCell(col.get("Mã thẻ BHYT")).getStringCellValue()).isEqualTo("HT3404017009911");
            assertThat(first.getCell(col.get("Loại KCB")).getStringCellValue()).isEqualTo("Khám bệnh ngoại trú");
            Cell ngayRa = first.getCell(col.get("Ngày ra"));
            assertThat(ngayRa.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 3));
            assertThat(ngayRa.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            assertThat(first.getCell(col.get("Lần gửi hồ sơ")).getNumericCellValue()).isEqualTo(claimA.claimNo());
            assertThat(first.getCell(col.get("Tiền khám")).getNumericCellValue()).isEqualTo(45300.0);
            assertThat(first.getCell(col.get("Tổng chi phí (T_TONGCHI_BV)")).getCellStyle().getDataFormatString())
                    .isEqualTo("#,##0");
            assertThat(detail.getRow(5).getCell(col.get("Mã liên kết")).getStringCellValue()).isEqualTo(lkB);
            Row total = detail.getRow(6);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Tổng cộng");
            assertThat(detail.getRow(7)).isNull();

            Sheet summary = book.getSheet("Tổng hợp");
            Map<String, Integer> sumCol = headings(summary.getRow(3));
            Row summaryTotal = summary.getRow(4 + 5);
            assertThat(summaryTotal.getCell(0).getStringCellValue()).isEqualTo("Tổng cộng");
            assertThat(summary.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Khám bệnh ngoại trú");
            assertThat(value(eval, summary.getRow(4).getCell(sumCol.get("Số lượt")))).isEqualTo(2.0);
            assertThat(value(eval, summaryTotal.getCell(sumCol.get("Số lượt")))).isEqualTo(2.0);

            Map<String, String> headingOf = Map.of("T_TONGCHI_BV", "Tổng chi phí (T_TONGCHI_BV)",
                    "T_BHTT", "Quỹ BHYT thanh toán (T_BHTT)", "T_BNCCT", "Người bệnh cùng chi trả (T_BNCCT)",
                    "T_BNTT", "Người bệnh tự trả (T_BNTT)");
            for (String field : XML1_TOTALS) {
                Cell listTotal = total.getCell(col.get(headingOf.get(field)));
                assertThat(listTotal.getCellType()).isEqualTo(CellType.FORMULA);
                assertThat(listTotal.getCellFormula()).startsWith("SUM(");
                assertThat(value(eval, listTotal)).as(field).isEqualTo(expected.get(field).doubleValue());
                Cell summaryCell = summaryTotal.getCell(sumCol.get(headingOf.get(field)));
                assertThat(summaryCell.getCellFormula()).startsWith("SUM(");
                assertThat(value(eval, summaryCell)).as(field).isEqualTo(expected.get(field).doubleValue());
            }
            // the cost groups of the summary add up to the total cost
            double groups = 0;
            for (CostGroup g : CostGroup.values()) {
                groups += value(eval, summaryTotal.getCell(sumCol.get(
                        vn.his.core.i18n.Messages.vi(g.messageKey()))));
            }
            assertThat(groups).isEqualTo(expected.get("T_TONGCHI_BV").doubleValue());
        }
    }

    @Test
    void aMonthWithoutClaimsGivesAnEmptyListAndZeroTotals() throws Exception {
        Facility f = facility();
        String code = f.codeOn(LocalDate.of(2026, 11, 1)).orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(report.write(ReportScope.facility(code), YearMonth.of(2026, 9), Locale.forLanguageTag("vi"), out))
                .isZero();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            FormulaEvaluator eval = book.getCreationHelper().createFormulaEvaluator();
            Sheet detail = book.getSheet("Danh sách người bệnh");
            assertThat(detail.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Tổng cộng");
            Row summaryTotal = book.getSheet("Tổng hợp").getRow(4 + 5);
            assertThat(summaryTotal.getCell(0).getStringCellValue()).isEqualTo("Tổng cộng");
            for (int c = 1; c < summaryTotal.getLastCellNum(); c++) {
                assertThat(value(eval, summaryTotal.getCell(c))).isZero();
            }
        }
    }

    @Test
    void aStoredXml1WithADoctypeIsRefused() {
        Facility f = facility();
        String code = f.codeOn(LocalDate.of(2026, 11, 1)).orElseThrow();
        String lk = settledVisit(f, code, "Phạm Thị Dung", "040170099014", "HT3404017009914",
                LocalDateTime.of(2026, 11, 12, 8, 0), 5);
        StoredClaim c = latest(lk);
        String xml = new String(xml1(c.id()), StandardCharsets.UTF_8);
        int body = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
        String hostile = (xml.substring(0, body) + "<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + xml.substring(body)).replaceFirst("<HO_TEN>[^<]*</HO_TEN>", "<HO_TEN>&x;</HO_TEN>");
        assertThat(hostile).contains("<!DOCTYPE");
        String update = "UPDATE claim_table SET content = ? WHERE claim_version_id = ? AND table_code = 'XML1'";
        jdbc.update(update, hostile.getBytes(StandardCharsets.UTF_8), c.id());
        try {
            assertThatThrownBy(() -> reportRows.stream(ReportScope.facility(code), NOVEMBER, r -> { }))
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("export.xml.doctypeRefused"));
        } finally {
            // the province report of the other test shares this database
            jdbc.update(update, xml.getBytes(StandardCharsets.UTF_8), c.id());
        }
    }

    private static double value(FormulaEvaluator eval, Cell cell) {
        return cell.getCellType() == CellType.FORMULA ? eval.evaluate(cell).getNumberValue() : cell.getNumericCellValue();
    }

    private static Map<String, Integer> headings(Row row) {
        Map<String, Integer> columns = new HashMap<>();
        for (Cell c : row) {
            columns.put(c.getStringCellValue(), c.getColumnIndex());
        }
        return columns;
    }

    private StoredClaim latest(String maLk) {
        List<StoredClaim> versions = claims.versions(maLk);
        assertThat(versions).isNotEmpty();
        return versions.get(versions.size() - 1);
    }

    private byte[] xml1(long claimId) {
        return jdbc.queryForObject("SELECT content FROM claim_table WHERE claim_version_id = ? AND table_code = 'XML1'",
                byte[].class, claimId);
    }

    /** Copies version {@code c} as the next version with doubled totals and status SUPERSEDED. */
    private void supersededCopy(StoredClaim c) {
        int next = c.claimNo() + 1;
        jdbc.update("INSERT INTO claim_version (encounter_id, ma_lk, facility_code, claim_no, priced_version, reason, "
                        + "reason_text, schema_version, ngay_lap, patient_code, patient_name, arrival_time, "
                        + "discharge_time, payment_time, t_tongchi_bv, t_bhtt, t_bncct, t_bntt, status, error_count, "
                        + "warning_count, submission_id, created_at, status_changed_at) SELECT encounter_id, ma_lk, "
                        + "facility_code, ?, priced_version, 'CORRECTION', 'test', schema_version, ngay_lap, "
                        + "patient_code, patient_name, arrival_time, discharge_time, payment_time, t_tongchi_bv * 2, "
                        + "t_bhtt * 2, t_bncct * 2, t_bntt * 2, ?, 1, 0, NULL, created_at, status_changed_at "
                        + "FROM claim_version WHERE id = ?", next, ClaimStatus.SUPERSEDED.name(), c.id());
        long id = jdbc.queryForObject("SELECT id FROM claim_version WHERE ma_lk = ? AND claim_no = ?", Long.class,
                c.maLk(), next);
        String doubled = new String(xml1(c.id()), StandardCharsets.UTF_8)
                .replaceFirst("<T_TONGCHI_BV>[^<]*</T_TONGCHI_BV>", "<T_TONGCHI_BV>99999999</T_TONGCHI_BV>");
        jdbc.update("INSERT INTO claim_table (claim_version_id, table_code, seq, content, sha256) SELECT ?, table_code, "
                + "seq, content, sha256 FROM claim_table WHERE claim_version_id = ? AND table_code <> 'XML1'", id, c.id());
        jdbc.update("INSERT INTO claim_table (claim_version_id, table_code, seq, content, sha256) VALUES (?, 'XML1', "
                + "1, ?, 'x')", id, doubled.getBytes(StandardCharsets.UTF_8));
        assertThat(claims.versions(c.maLk())).extracting(StoredClaim::status).last().isEqualTo(ClaimStatus.SUPERSEDED);
    }

    private Facility facility() {
        Facility created = fixtures.districtHospital();
        fixtures.icd10("J02.9");
        return new TransactionTemplate(transactions).execute(s -> {
            Facility f = facilities.findById(created.id()).orElseThrow();
            f.describe(null, "17605", "Diễn Châu, Nghệ An", "0112345678");
            LocalDate from = LocalDate.of(2020, 1, 1);
            items.save(new CatalogItem(f, OrderKind.SERVICE, "02.1896", "Khám Nội", 13, "Lần", new BigDecimal("45300"),
                    new BigDecimal("45300"), 100, 1, from));
            items.save(new CatalogItem(f, OrderKind.DRUG, "40.48", "Paracetamol 500mg", 4, "Viên",
                    new BigDecimal("350"), new BigDecimal("350"), 100, 1, from)
                    .drug("40.48", "500mg", "1.01", "Viên nén", "VD-30000-18", "1234/QĐ-SYT;G1;N1;2025"));
            return f;
        });
    }

    /** An outpatient visit (exam + {@code tablets} tablets), discharged after an hour and settled with payment. */
    private String settledVisit(Facility f, String code, String name, String cccd, String cardNo,
                                LocalDateTime arrival, int tablets) {
        Patient p = registry.register(new PatientDetails(name, BirthDate.of(LocalDate.of(1980, 3, 2)),
                Gender.MALE, "01", "000", "00000", "Xóm 1, xã Diễn Hoa, Nghệ An", "40", "415", "17605",
                cccd, null, null));
        InsuranceCard card = new TransactionTemplate(transactions).execute(s -> fixtures.card(p, cardNo, code));
        long id = encounters.open(p.id(), f.id(), List.of(card.id()), new EncounterOpening("01", arrival,
                "Sốt, đau họng", false, null, null, false, null, "K01", new BigDecimal("60"))).id();
        encounters.addLine(id, new OrderLineDraft(OrderKind.SERVICE, "02.1896", "Khám Nội", "02.1896", null, 13,
                "Lần", BigDecimal.ONE, new BigDecimal("45300"), new BigDecimal("45300"), 1, 100, 100, null,
                arrival.plusMinutes(10), arrival.plusMinutes(15), arrival.plusMinutes(50), "K01", CCHN, CCHN, null,
                null, null, 1, null, null, null, null, null, null, null, null, null, null, null, OtherFunding.NONE));
        encounters.addLine(id, new OrderLineDraft(OrderKind.DRUG, "40.48", "Paracetamol 500mg", null, null, 4, "Viên",
                new BigDecimal(tablets), new BigDecimal("350"), new BigDecimal("350"), 1, 100, 100, null,
                arrival.plusMinutes(40), arrival.plusMinutes(40), null, "K01", CCHN, null, null, null, null, 1, 1,
                "500mg", "1.01", "Viên nén", "1 viên/lần * 2 lần/ngày", null, "VD-30000-18", "1234/QĐ-SYT;G1;N1;2025",
                null, null, null, OtherFunding.NONE));
        encounters.recordDiagnosis(id, new Diagnosis("Đau họng", "Viêm họng cấp", "J02.9", List.of(), null, null));
        encounters.finish(id, new Discharge(arrival.plusHours(1), 1, 1, null, null, null, null));
        var priced = settlement.preview(id, Optional.empty());
        BigDecimal due = priced.totals().tBncct().add(priced.totals().tBntt());
        settlement.settle(id, Optional.empty(), "thu.ngan",
                Optional.of(new Payment(PaymentMethod.CASH, arrival.plusHours(3), due, null)));
        return jdbc.queryForObject("SELECT ma_lk FROM encounter WHERE id = ?", String.class, id);
    }
}
