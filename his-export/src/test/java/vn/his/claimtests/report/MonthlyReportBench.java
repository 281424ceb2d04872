package vn.his.claimtests.report;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.his.billing.settlement.SettlementService;
import vn.his.core.catalog.CatalogItemRepository;
import vn.his.core.encounter.EncounterService;
import vn.his.core.facility.Facility;
import vn.his.core.facility.FacilityRepository;
import vn.his.core.patient.PatientRegistry;
import vn.his.core.testsupport.CoreFixtures;
import vn.his.export.envelope.TableReader;
import vn.his.export.outbox.SubmissionStore;
import vn.his.export.report.MonthlyClaimReport;
import vn.his.export.report.ProvinceReconciliationReport;
import vn.his.export.report.ReportScope;

/**
 * The reports of a month of a province (BENCHMARKS.md, section "Reports"), not a test: settles a few template
 * encounters through the real chain (EncounterService, SettlementService, the claim listener), then generates
 * {@code count} claims of October 2026 from them (new MA_LK and NGAY_RA, the stored XML1/XML2/XML3 bytes with the
 * MA_LK replaced, one in ten with a refused line in {@code assessment_result}), and times
 * {@link MonthlyClaimReport} (facility scope) and {@link ProvinceReconciliationReport} over them, with the peak heap
 * used. It checks that the reports' claimed totals equal Σ T_BHTT of the stored XML1 documents, read independently.
 *
 * <p>Arguments: count, JDBC URL, user, password (the database must be empty; the schema comes from Flyway).
 */
public final class MonthlyReportBench {

    private static final YearMonth MONTH = YearMonth.of(2026, 10);

    private MonthlyReportBench() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        String url = args.length > 1 ? args[1]
                : "jdbc:h2:mem:bench;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1";
        String user = args.length > 2 ? args[2] : "sa";
        String password = args.length > 3 ? args[3] : "";
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ReportStackTestApplication.class)
                .properties("spring.datasource.url=" + url, "spring.datasource.username=" + user,
                        "spring.datasource.password=" + password, "spring.jpa.hibernate.ddl-auto=validate",
                        "spring.flyway.locations=classpath:db/migration", "spring.jpa.open-in-view=false",
                        "his.outbox.scheduler.enabled=false", "his.gateway.base-url=http://127.0.0.1:9/",
                        "his.gateway.credential-key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
                        "logging.level.root=WARN")
                .run()) {
            run(context, count);
        }
    }

    private static void run(ConfigurableApplicationContext context, int count) throws Exception {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        ReconFixture fx = new ReconFixture(context.getBean(EncounterService.class), context.getBean(CoreFixtures.class),
                context.getBean(PatientRegistry.class), context.getBean(FacilityRepository.class),
                context.getBean(CatalogItemRepository.class), context.getBean(SettlementService.class),
                context.getBean(SubmissionStore.class), context.getBean(org.springframework.transaction
                .PlatformTransactionManager.class), jdbc);
        Facility facility = fx.facility("36");
        String code = ReconFixture.code(facility);
        List<Long> templates = new ArrayList<>();
        int[] tablets = {4, 10, 20, 7};
        for (int i = 0; i < tablets.length; i++) {
            String maLk = fx.settledVisit(facility, "Người bệnh mẫu " + (i + 1), LocalDateTime.of(2026, 9, 2 + i, 8, 0),
                    tablets[i]);
            templates.add(jdbc.queryForObject("SELECT id FROM claim_version WHERE ma_lk = ?", Long.class, maLk));
        }

        long start = System.nanoTime();
        generate(jdbc, templates, count, code);
        System.out.printf("generated %,d claims of %s in %.1f s%n", count, MONTH, (System.nanoTime() - start) / 1e9);

        BigDecimal expected = BigDecimal.ZERO;
        for (Map<String, Object> row : jdbc.queryForList("SELECT t.content FROM claim_version cv JOIN claim_table t "
                + "ON t.claim_version_id = cv.id AND t.table_code = 'XML1' WHERE cv.facility_code = ? "
                + "AND cv.discharge_time >= ? AND cv.discharge_time < ?", code,
                Timestamp.valueOf(MONTH.atDay(1).atStartOfDay()),
                Timestamp.valueOf(MONTH.plusMonths(1).atDay(1).atStartOfDay()))) {
            expected = expected.add(new BigDecimal(TableReader.rows((byte[]) row.get("content")).get(0).get("T_BHTT")));
        }

        MonthlyClaimReport monthly = context.getBean(MonthlyClaimReport.class);
        ProvinceReconciliationReport province = context.getBean(ProvinceReconciliationReport.class);
        Path file = Files.createTempFile("bench-report-", ".xlsx");
        try {
            for (int run = 1; run <= 3; run++) {
                System.gc();
                resetPeaks();
                start = System.nanoTime();
                int listed;
                try (OutputStream out = Files.newOutputStream(file)) {
                    listed = monthly.write(ReportScope.facility(code), MONTH, Locale.forLanguageTag("vi"), out);
                }
                double monthlySeconds = (System.nanoTime() - start) / 1e9;
                long monthlyPeak = peakHeap();
                long monthlySize = Files.size(file);
                System.gc();
                resetPeaks();
                start = System.nanoTime();
                ProvinceReconciliationReport.Summary summary;
                try (OutputStream out = Files.newOutputStream(file)) {
                    summary = province.write("36", MONTH, Locale.forLanguageTag("vi"), out);
                }
                double provinceSeconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("run %d: monthly report %,d encounters in %.2f s (%,d bytes, peak heap %,d MB); "
                                + "province report %,d claims in %.2f s (%,d bytes, peak heap %,d MB)%n", run, listed,
                        monthlySeconds, monthlySize, monthlyPeak / (1 << 20), summary.claims(), provinceSeconds,
                        Files.size(file), peakHeap() / (1 << 20));
                System.out.printf("  claimed %s = Σ XML1 T_BHTT %s: %s; accepted %s + refused %s + not assessed %s%n",
                        summary.claimed().toPlainString(), expected.toPlainString(),
                        summary.claimed().compareTo(expected) == 0, summary.accepted().toPlainString(),
                        summary.refused().toPlainString(), summary.pending().toPlainString());
            }
        } finally {
            Files.deleteIfExists(file);
        }
        System.out.printf("max heap %,d MB, load average %.2f%n", Runtime.getRuntime().maxMemory() / (1 << 20),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** Copies the template versions {@code count} times with new MA_LK and NGAY_RA in the month, in batches. */
    private static void generate(JdbcTemplate jdbc, List<Long> templates, int count, String code) {
        Random random = new Random(36);
        long importId = insertImport(jdbc);
        List<Map<String, Object>> versions = new ArrayList<>();
        List<Map<String, byte[]>> tables = new ArrayList<>();
        for (long id : templates) {
            versions.add(jdbc.queryForMap("SELECT * FROM claim_version WHERE id = ?", id));
            Map<String, byte[]> t = new java.util.HashMap<>();
            jdbc.query("SELECT table_code, content FROM claim_table WHERE claim_version_id = ?",
                    rs -> { t.put(rs.getString(1), rs.getBytes(2)); }, id);
            tables.add(t);
        }
        for (int i = 0; i < count; i++) {
            int k = i % templates.size();
            Map<String, Object> v = versions.get(k);
            String oldLk = (String) v.get("ma_lk");
            String maLk = code + "261001" + String.format("%06d", 900_000 + i);
            LocalDateTime discharge = MONTH.atDay(1 + random.nextInt(MONTH.lengthOfMonth())).atTime(
                    7 + random.nextInt(12), random.nextInt(60));
            jdbc.update("INSERT INTO claim_version (encounter_id, ma_lk, facility_code, claim_no, priced_version, reason, "
                    + "reason_text, schema_version, ngay_lap, patient_code, patient_name, arrival_time, discharge_time, "
                    + "payment_time, t_tongchi_bv, t_bhtt, t_bncct, t_bntt, status, error_count, warning_count, "
                    + "submission_id, created_at, status_changed_at) SELECT encounter_id, ?, facility_code, 1, "
                    + "priced_version, reason, reason_text, schema_version, ngay_lap, patient_code, patient_name, ?, ?, "
                    + "payment_time, t_tongchi_bv, t_bhtt, t_bncct, t_bntt, status, error_count, warning_count, NULL, "
                    + "created_at, status_changed_at FROM claim_version WHERE id = ?", maLk,
                    Timestamp.valueOf(discharge.minusHours(1)), Timestamp.valueOf(discharge), v.get("id"));
            long id = jdbc.queryForObject("SELECT id FROM claim_version WHERE ma_lk = ? AND claim_no = 1", Long.class,
                    maLk);
            List<Object[]> rows = new ArrayList<>();
            int seq = 0;
            for (Map.Entry<String, byte[]> t : tables.get(k).entrySet()) {
                byte[] content = new String(t.getValue(), StandardCharsets.UTF_8).replace(oldLk, maLk)
                        .getBytes(StandardCharsets.UTF_8);
                rows.add(new Object[] {id, t.getKey(), seq++, content, "bench"});
            }
            jdbc.batchUpdate("INSERT INTO claim_table (claim_version_id, table_code, seq, content, sha256) "
                    + "VALUES (?, ?, ?, ?, ?)", rows);
            if (i % 10 == 3) {
                jdbc.update("INSERT INTO assessment_result (import_id, source_row, outcome, ma_lk, facility_code, "
                        + "claim_version_id, claim_no, table_code, stt, amount_refused, reason_code, reason_text) "
                        + "VALUES (?, ?, 'MATCHED', ?, ?, ?, 1, 'XML2', 1, ?, ?, ?)", importId, i + 1, maLk, code, id,
                        new BigDecimal(350 * (1 + random.nextInt(3))), i % 20 == 3 ? "TC43" : "CK_13",
                        i % 20 == 3 ? "Giá thuốc vượt giá trúng thầu" : "Thuốc không đúng chỉ định");
            }
        }
    }

    private static long insertImport(JdbcTemplate jdbc) {
        jdbc.update("INSERT INTO assessment_import (file_sha256, file_name, file_format, imported_at, imported_by, "
                + "row_count, matched_count, unmatched_count, duplicate_count) VALUES ('bench', 'bench.xlsx', 'XLSX', "
                + "?, 'bench', 0, 0, 0, 0)", Timestamp.valueOf(LocalDateTime.now()));
        return jdbc.queryForObject("SELECT id FROM assessment_import WHERE file_sha256 = 'bench'", Long.class);
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
