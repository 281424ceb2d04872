package vn.his.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.his.core.testsupport.DatabaseAvailability;
import vn.his.export.claim.files.ClaimExporter;
import vn.his.export.claim.files.ExportRequest;
import vn.his.export.envelope.DossierReader;
import vn.his.export.report.ClaimListReport;
import vn.his.export.report.MonthlyClaimQuery;
import vn.his.export.report.MonthlyClaimReport;
import vn.his.export.report.MonthlyClaimSummary;
import vn.his.export.report.ReportScope;
import vn.his.core.testsupport.TestDatabase;

/**
 * {@code generate} on fresh databases (H2, then MariaDB): the same seed gives the same province, the encounters look
 * like a province's month (commune visits of 1–5 lines, inpatient stays of tens of lines and more, every kind of visit),
 * a second run adds a new province beside the first without a clash of ids or codes, and {@code --settle} settles every
 * finished encounter into an assessed claim version.
 */
@Tag("db")
@ExtendWith(DatabaseAvailability.class)
class GenerateCommandDbTest {

    static final List<String> SMALL = List.of("--facilities=3", "--patients=50", "--encounters=200", "--month=2026-10",
            "--seed=42");

    @AfterEach
    void clear() {
        TestDatabase.datasourceProperties().keySet().forEach(System::clearProperty);
    }

    record Run(int code, String out, String err) {
    }

    static Run generate(ConfigurableApplicationContext context, List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = context.getBean(GenerateCommand.class).run(GenerateArguments.parse(args),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static ConfigurableApplicationContext freshDatabase() {
        TestDatabase.datasourceProperties().forEach((k, v) -> System.setProperty(k, v.toString()));
        return GenerateCli.start();
    }

    /** Everything generated except ids and creation times, in a stable order. */
    static List<String> snapshot(JdbcTemplate jdbc) {
        List<String> rows = new java.util.ArrayList<>();
        rows.addAll(jdbc.query("SELECT c.code, f.name, f.route_level, f.commune_code FROM facility f JOIN facility_code c"
                + " ON c.facility_id = f.id ORDER BY c.code", (rs, i) -> rs.getString(1) + "|" + rs.getString(2) + "|"
                + rs.getString(3) + "|" + rs.getString(4)));
        rows.addAll(jdbc.query("SELECT p.patient_code, p.full_name, p.birth_year, p.birth_month, p.commune_code,"
                + " c.card_number, c.valid_from, c.registered_facility FROM patient p LEFT JOIN insurance_card c"
                + " ON c.patient_id = p.id ORDER BY p.patient_code, c.valid_from", (rs, i) -> row(rs, 8)));
        rows.addAll(jdbc.query("SELECT e.ma_lk, p.patient_code, e.encounter_type, e.arrival_time, e.discharge_time,"
                + " e.main_icd10, e.emergency, e.referred_from, e.referred_to, e.department_codes,"
                + " (SELECT COUNT(*) FROM encounter_card k WHERE k.encounter_id = e.id)"
                + " FROM encounter e JOIN patient p ON p.id = e.patient_id ORDER BY e.ma_lk", (rs, i) -> row(rs, 11)));
        rows.addAll(jdbc.query("SELECT e.ma_lk, l.line_no, l.kind, l.item_code, l.cost_group, l.quantity,"
                + " l.hospital_unit_price, l.order_time, l.department_code, l.ordering_cchn FROM order_line l"
                + " JOIN encounter e ON e.id = l.encounter_id ORDER BY e.ma_lk, l.line_no", (rs, i) -> row(rs, 10)));
        return rows;
    }

    private static String row(java.sql.ResultSet rs, int columns) throws java.sql.SQLException {
        StringBuilder b = new StringBuilder();
        for (int c = 1; c <= columns; c++) {
            b.append(rs.getString(c)).append('|');
        }
        return b.toString();
    }

    @Test
    void theSameSeedGivesTheSameProvinceAndSettlingFreezesAClaimOfEveryFinishedEncounter() {
        List<String> first;
        try (ConfigurableApplicationContext a = freshDatabase()) {
            Run run = generate(a, SMALL);
            assertThat(run.code()).as(run.err()).isZero();
            assertThat(run.out()).contains("200 đợt KCB / encounters");
            first = snapshot(a.getBean(JdbcTemplate.class));
        }
        try (ConfigurableApplicationContext b = freshDatabase()) {
            JdbcTemplate jdbc = b.getBean(JdbcTemplate.class);
            Run run = generate(b, concat(SMALL, "--settle"));
            assertThat(run.code()).as(run.out() + run.err()).isZero();
            assertThat(snapshot(jdbc)).isEqualTo(first);
            assertThat(first).hasSizeGreaterThan(3 + 50 + 200 + 200);

            // the mix of a province's month
            Map<String, Integer> types = new java.util.TreeMap<>();
            jdbc.query("SELECT encounter_type, COUNT(*) FROM encounter GROUP BY encounter_type",
                    rs -> { types.put(rs.getString(1), rs.getInt(2)); });
            assertThat(types).containsKeys("01", "03", "05");
            assertThat(types.get("01")).isGreaterThan(types.get("03")).isGreaterThan(100);
            List<Integer> communeLines = jdbc.queryForList("SELECT COUNT(*) FROM order_line l JOIN encounter e"
                    + " ON e.id = l.encounter_id JOIN facility f ON f.id = e.facility_id WHERE f.route_level = 'COMMUNE'"
                    + " GROUP BY e.id", Integer.class);
            assertThat(communeLines).hasSizeGreaterThan(50).allSatisfy(n -> assertThat(n).isBetween(1, 5));
            List<Integer> stayLines = jdbc.queryForList("SELECT COUNT(*) FROM order_line l JOIN encounter e"
                    + " ON e.id = l.encounter_id WHERE e.encounter_type = '03' GROUP BY e.id", Integer.class);
            assertThat(stayLines).isNotEmpty().allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(10));
            assertThat(stayLines.stream().mapToInt(Integer::intValue).max().orElseThrow()).isGreaterThan(40);
            assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT c.benefit_digit) FROM insurance_card c",
                    Integer.class)).isEqualTo(5);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM encounter WHERE referred_from IS NOT NULL",
                    Integer.class)).isPositive();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM order_line l JOIN encounter e ON e.id = l.encounter_id"
                    + " WHERE l.order_time < e.arrival_time OR l.order_time > e.discharge_time", Integer.class)).isZero();

            // --settle: every finished encounter settled, one assessed claim version each, none held with errors
            int finished = jdbc.queryForObject("SELECT COUNT(*) FROM encounter WHERE status <> 'OPEN'", Integer.class);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM encounter WHERE status = 'SETTLED'", Integer.class))
                    .isEqualTo(finished).isGreaterThan(180);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM claim_version", Integer.class)).isEqualTo(finished);
            assertThat(jdbc.queryForList("SELECT DISTINCT f.message FROM claim_finding f WHERE f.severity = 'ERROR'",
                    String.class)).isEmpty();
            assertThat(run.out()).contains("0 bị từ chối / refused, 0 hồ sơ giữ lại");

            // issue 6: the monthly report's totals equal the sums of the XML1 fields of the exported files
            reportTotalsEqualExportedXml1(b, jdbc);

            // a second run adds another province beside the first: new ids, facility codes, MA_BN and MA_LK
            Run again = generate(b, SMALL);
            assertThat(again.code()).as(again.err()).isZero();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM encounter", Integer.class)).isEqualTo(400);
            assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT code) FROM facility_code", Integer.class))
                    .isEqualTo(6);
            assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT patient_code) FROM patient", Integer.class))
                    .isEqualTo(100);
        }
    }

    /**
     * For each generated facility: the monthly report (the figures of its screen and of its xlsx, from
     * {@link MonthlyClaimQuery}) over the period against the XML1 of every dossier {@code export} writes for the same
     * facility and period, read back from the files by {@link DossierReader}: the same number of claims and the same
     * Σ T_TONGCHI_BV, T_TONGCHI_BH, T_BHTT, T_BNCCT and T_BNTT; and the workbooks' formulas, evaluated, give the same
     * ({@link #workbookTotalsEqual}).
     */
    private static void reportTotalsEqualExportedXml1(ConfigurableApplicationContext context, JdbcTemplate jdbc) {
        LocalDate from = LocalDate.of(2026, 9, 1);
        LocalDate to = LocalDate.of(2026, 12, 31);
        List<String> facilities = jdbc.queryForList("SELECT DISTINCT facility_code FROM claim_version ORDER BY 1",
                String.class);
        assertThat(facilities).hasSizeGreaterThanOrEqualTo(3);
        for (String facility : facilities) {
            MonthlyClaimSummary.Line report = context.getBean(MonthlyClaimQuery.class)
                    .view(ReportScope.facility(facility), from, to, 0, 0).summary().total();
            Path out;
            try {
                out = Files.createTempDirectory("report-vs-export");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            context.getBean(ClaimExporter.class).exportUnsigned(new ExportRequest(List.of(facility), from, to), out);
            Map<String, BigDecimal> sums = new java.util.TreeMap<>();
            int dossiers = 0;
            try (var files = Files.list(out)) {
                for (Path file : files.filter(f -> f.getFileName().toString().matches("[0-9A-Z]+\\.xml")).toList()) {
                    Map<String, String> xml1 = new DossierReader().read(Files.readAllBytes(file)).rows("XML1").get(0);
                    dossiers++;
                    for (String field : List.of("T_TONGCHI_BV", "T_TONGCHI_BH", "T_BHTT", "T_BNCCT", "T_BNTT")) {
                        sums.merge(field, new BigDecimal(xml1.get(field)), BigDecimal::add);
                    }
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            assertThat(dossiers).as(facility).isEqualTo(report.count()).isPositive();
            workbookTotalsEqual(context, facility, from, to, dossiers, sums);
            assertThat(report.tTongchiBv()).as(facility).isEqualByComparingTo(sums.get("T_TONGCHI_BV"));
            assertThat(report.tTongchiBh()).as(facility).isEqualByComparingTo(sums.get("T_TONGCHI_BH"));
            assertThat(report.tBhtt()).as(facility).isEqualByComparingTo(sums.get("T_BHTT"));
            assertThat(report.tBncct()).as(facility).isEqualByComparingTo(sums.get("T_BNCCT"));
            assertThat(report.tBntt()).as(facility).isEqualByComparingTo(sums.get("T_BNTT"));
        }
    }

    private static final List<String> XML1_TOTALS = List.of("T_TONGCHI_BV", "T_TONGCHI_BH", "T_BHTT", "T_BNCCT",
            "T_BNTT");

    /**
     * The monthly workbooks of the period (one per month), their "Tổng hợp" totals row (COUNTIF/SUMIF over the list,
     * then SUM) and the list's totals row evaluated by POI's FormulaEvaluator: the count and the five XML1 totals
     * added over the months equal those of the exported files; so do the totals of the per-patient list workbook of
     * the whole period.
     */
    private static void workbookTotalsEqual(ConfigurableApplicationContext context, String facility, LocalDate from,
                                            LocalDate to, int dossiers, Map<String, BigDecimal> sums) {
        Map<String, BigDecimal> monthly = new java.util.TreeMap<>();
        int count = 0;
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
            context.getBean(MonthlyClaimReport.class).write(ReportScope.facility(facility), m,
                    Locale.forLanguageTag("vi"), xlsx);
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
                FormulaEvaluator eval = book.getCreationHelper().createFormulaEvaluator();
                Row summary = book.getSheet("Tổng hợp").getRow(4 + 5);
                assertThat(summary.getCell(0).getStringCellValue()).isEqualTo("Tổng cộng");
                Sheet list = book.getSheet("Danh sách người bệnh");
                Row listTotal = list.getRow(list.getLastRowNum());
                assertThat(listTotal.getCell(0).getStringCellValue()).isEqualTo("Tổng cộng");
                count += evaluated(eval, summary.getCell(1)).intValueExact();
                for (int i = 0; i < XML1_TOTALS.size(); i++) {
                    BigDecimal fromSummary = evaluated(eval, summary.getCell(12 + i));
                    assertThat(evaluated(eval, listTotal.getCell(22 + i))).as(facility + " " + m)
                            .isEqualByComparingTo(fromSummary);
                    monthly.merge(XML1_TOTALS.get(i), fromSummary, BigDecimal::add);
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        assertThat(count).as(facility).isEqualTo(dossiers);
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        context.getBean(ClaimListReport.class).write(ReportScope.facility(facility), from, to,
                Locale.forLanguageTag("vi"), whole);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(whole.toByteArray()))) {
            FormulaEvaluator eval = book.getCreationHelper().createFormulaEvaluator();
            Sheet list = book.getSheet("Danh sách người bệnh");
            Row total = list.getRow(list.getLastRowNum());
            assertThat(list.getLastRowNum() - 4).as(facility).isEqualTo(dossiers);
            for (int i = 0; i < XML1_TOTALS.size(); i++) {
                String field = XML1_TOTALS.get(i);
                assertThat(monthly.get(field)).as(facility + " " + field).isEqualByComparingTo(sums.get(field));
                assertThat(evaluated(eval, total.getCell(22 + i))).as(facility + " " + field)
                        .isEqualByComparingTo(sums.get(field));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A cell's value (a formula evaluated), to the đồng cent: the sheet holds doubles. */
    private static BigDecimal evaluated(FormulaEvaluator eval, Cell cell) {
        double value = cell.getCellType() == CellType.FORMULA ? eval.evaluate(cell).getNumberValue()
                : cell.getNumericCellValue();
        return BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    static List<String> concat(List<String> args, String more) {
        List<String> all = new java.util.ArrayList<>(args);
        all.add(more);
        return all;
    }
}
