package vn.his.export.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.his.core.i18n.Messages;

/**
 * Claimed vs accepted vs refused for the facilities of a province in a month (issue 6), as an xlsx workbook written
 * with POI SXSSF while the claims stream from {@link ClaimReportRows} (the same rows as the monthly report: per MA_LK
 * the newest claim version that is not SUPERSEDED, NGAY_RA in the month). Claimed is XML1 T_BHTT of that version, read
 * from its stored bytes; refused is the sum of the gateway's assessment results imported and matched to that version
 * ({@code assessment_result}, outcome MATCHED); accepted = claimed − refused for an assessed claim; a claim without
 * any result counts under "not yet assessed", so claimed = accepted + refused + not yet assessed on every row.
 * <ul>
 *   <li>"Theo cơ sở": one row per facility, each cell a SUMIF/COUNTIF(S) over the list, with a SUM totals row;</li>
 *   <li>"Danh sách hồ sơ": one row per claim, closed by SUM formulas;</li>
 *   <li>"Lý do xuất toán": refusal reasons ranked by amount (code, text, lines, claims, amount), with a SUM total.</li>
 * </ul>
 */
@Component
public class ProvinceReconciliationReport {

    static final String FACILITY_SHEET = "Theo cơ sở";
    static final String DETAIL_SHEET = "Danh sách hồ sơ";
    static final String REASON_SHEET = "Lý do xuất toán";
    private static final DateTimeFormatter PERIOD = DateTimeFormatter.ofPattern("MM/yyyy");
    private static final int WINDOW = 200;

    // detail columns
    static final int D_FACILITY = 1;
    static final int D_ASSESSED = 7;
    static final int D_CLAIMED = 8;
    static final int D_ACCEPTED = 9;
    static final int D_REFUSED = 10;
    static final int D_PENDING = 11;

    private final ClaimReportRows rows;
    private final JdbcTemplate jdbc;

    public ProvinceReconciliationReport(ClaimReportRows rows, JdbcTemplate jdbc) {
        this.rows = rows;
        this.jdbc = jdbc;
    }

    /** {@code doi-soat-bhyt-tinh-<province>-<yyyy-MM>.xlsx}. */
    public static String fileName(String province, YearMonth month) {
        return "doi-soat-bhyt-tinh-" + province + "-" + month + ".xlsx";
    }

    /** What the workbook holds, for the screen and the tests. */
    public record Summary(int claims, BigDecimal claimed, BigDecimal accepted, BigDecimal refused, BigDecimal pending) {
    }

    private record Refusal(long claimVersionId, String code, String text, BigDecimal amount) {
    }

    /** Writes the workbook to {@code out} (not closed). */
    public Summary write(String province, YearMonth month, Locale locale, OutputStream out) {
        java.time.LocalDateTime from = month.atDay(1).atStartOfDay();
        java.time.LocalDateTime to = month.plusMonths(1).atDay(1).atStartOfDay();
        // every matched result of the versions discharged in the month in the province (bounded by the results, not
        // by the claims); only those of the reported versions count
        Map<Long, BigDecimal> refusedByVersion = new HashMap<>();
        List<Refusal> refusals = new ArrayList<>();
        jdbc.query("SELECT r.claim_version_id, r.reason_code, r.reason_text, r.amount_refused FROM assessment_result r "
                + "JOIN claim_version cv ON cv.id = r.claim_version_id WHERE r.outcome = 'MATCHED' "
                + "AND cv.discharge_time >= ? AND cv.discharge_time < ? AND cv.encounter_id IN (SELECT e.id FROM "
                + "encounter e JOIN facility f ON f.id = e.facility_id WHERE f.province_code = ?)", rs -> {
            Refusal r = new Refusal(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4));
            refusedByVersion.merge(r.claimVersionId(), r.amount(), BigDecimal::add);
            if (r.amount().signum() > 0) {
                refusals.add(r);
            }
        }, Timestamp.valueOf(from), Timestamp.valueOf(to), province);
        Map<String, String> names = new HashMap<>();
        jdbc.query("SELECT c.code, f.name FROM facility_code c JOIN facility f ON f.id = c.facility_id "
                + "WHERE f.province_code = ? ORDER BY c.valid_from", rs -> {
            names.put(rs.getString(1), rs.getString(2));
        }, province);

        try (SXSSFWorkbook book = new SXSSFWorkbook(WINDOW)) {
            book.setCompressTempFiles(true);
            ReportSheets s = new ReportSheets(book);
            SXSSFSheet facilities = book.createSheet(FACILITY_SHEET);
            SXSSFSheet detail = book.createSheet(DETAIL_SHEET);
            SXSSFSheet reasons = book.createSheet(REASON_SHEET);
            String title = Messages.get(locale, "recon.report.title", PERIOD.format(month), province);
            String assessedText = Messages.get(locale, "recon.report.assessed");
            String pendingText = Messages.get(locale, "recon.report.pending");

            s.heading(detail, title, null, headings(locale, "recon.col.stt", "recon.col.facility", "report.col.maLk",
                    "report.col.maBn", "report.col.hoTen", "report.col.ngayRa", "report.col.claimNo",
                    "recon.col.assessment", "recon.col.claimed", "recon.col.accepted", "recon.col.refused",
                    "recon.col.pending"));
            Set<String> codes = new TreeSet<>();
            Set<Long> reported = new HashSet<>();
            int[] next = {ReportSheets.FIRST_DATA_ROW};
            BigDecimal[] sums = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
            rows.stream(ReportScope.province(province), month, r -> {
                Row row = detail.createRow(next[0]);
                row.createCell(0).setCellValue(next[0] - ReportSheets.FIRST_DATA_ROW + 1);
                ReportSheets.text(row, D_FACILITY, r.facilityCode());
                ReportSheets.text(row, 2, r.maLk());
                ReportSheets.text(row, 3, r.maBn());
                ReportSheets.text(row, 4, r.hoTen());
                s.date(row, 5, r.ngayRa());
                row.createCell(6).setCellValue(r.claimNo());
                BigDecimal refused = refusedByVersion.get(r.claimVersionId());
                boolean assessed = refused != null;
                ReportSheets.text(row, D_ASSESSED, assessed ? assessedText : pendingText);
                s.money(row, D_CLAIMED, r.tBhtt());
                s.money(row, D_ACCEPTED, assessed ? r.tBhtt().subtract(refused) : BigDecimal.ZERO);
                s.money(row, D_REFUSED, assessed ? refused : BigDecimal.ZERO);
                s.money(row, D_PENDING, assessed ? BigDecimal.ZERO : r.tBhtt());
                sums[0] = sums[0].add(r.tBhtt());
                if (assessed) {
                    sums[1] = sums[1].add(r.tBhtt().subtract(refused));
                    sums[2] = sums[2].add(refused);
                    reported.add(r.claimVersionId());
                } else {
                    sums[3] = sums[3].add(r.tBhtt());
                }
                codes.add(r.facilityCode());
                next[0]++;
            });
            int lastData = next[0] - 1;
            String total = Messages.get(locale, "report.total");
            s.totals(detail, next[0], lastData, total, List.of(D_CLAIMED, D_ACCEPTED, D_REFUSED, D_PENDING), List.of());

            writeFacilities(facilities, s, title, locale, codes, names, lastData, assessedText, total);
            writeReasons(reasons, s, title, locale, refusals, reported, total);
            book.setForceFormulaRecalculation(true);
            book.write(out);
            return new Summary(lastData - ReportSheets.FIRST_DATA_ROW + 1, sums[0], sums[1], sums[2], sums[3]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeFacilities(SXSSFSheet sheet, ReportSheets s, String title, Locale locale,
                                        Set<String> codes, Map<String, String> names, int lastData,
                                        String assessedText, String total) {
        s.heading(sheet, title, null, headings(locale, "recon.col.facility", "recon.col.facilityName",
                "recon.col.claims", "recon.col.assessedClaims", "recon.col.claimed", "recon.col.accepted",
                "recon.col.refused", "recon.col.pending", "recon.col.refusedRate"));
        sheet.setColumnWidth(1, 40 * 256);
        int first = ReportSheets.FIRST_DATA_ROW + 1;
        String list = "'" + DETAIL_SHEET + "'!";
        String facilityRange = range(list, D_FACILITY, first, lastData + 1);
        String assessedRange = range(list, D_ASSESSED, first, lastData + 1);
        int index = ReportSheets.FIRST_DATA_ROW;
        for (String code : codes) {
            Row row = sheet.createRow(index);
            row.createCell(0).setCellValue(code);
            ReportSheets.text(row, 1, names.get(code));
            String key = "$A" + (index + 1);
            row.createCell(2).setCellFormula("COUNTIF(" + facilityRange + "," + key + ")");
            row.createCell(3).setCellFormula("COUNTIFS(" + facilityRange + "," + key + "," + assessedRange + ",\""
                    + assessedText.replace("\"", "\"\"") + "\")");
            int c = 4;
            for (int source : new int[] {D_CLAIMED, D_ACCEPTED, D_REFUSED, D_PENDING}) {
                Cell cell = row.createCell(c++);
                cell.setCellFormula("SUMIF(" + facilityRange + "," + key + "," + range(list, source, first,
                        lastData + 1) + ")");
                cell.setCellStyle(s.money);
            }
            rate(row, index, s);
            index++;
        }
        s.totals(sheet, index, index - 1, total, List.of(4, 5, 6, 7), List.of(2, 3));
        rate(sheet.getRow(index), index, s);
    }

    /** Refused ÷ (accepted + refused): the share of the assessed amount the gateway refused. */
    private static void rate(Row row, int index, ReportSheets s) {
        String accepted = "F" + (index + 1);
        String refused = "G" + (index + 1);
        Cell cell = row.createCell(8);
        cell.setCellFormula("IF(" + accepted + "+" + refused + "=0,0," + refused + "/(" + accepted + "+" + refused
                + "))");
        cell.setCellStyle(s.percent);
    }

    private static void writeReasons(SXSSFSheet sheet, ReportSheets s, String title, Locale locale,
                                     List<Refusal> refusals, Set<Long> reported, String total) {
        record Reason(String code, String text, BigDecimal amount, int lines, Set<Long> claims) {
        }
        Map<String, Reason> byReason = new LinkedHashMap<>();
        for (Refusal r : refusals) {
            if (!reported.contains(r.claimVersionId())) {
                continue;
            }
            String key = r.code() != null ? "C:" + r.code() : "T:" + r.text();
            Reason old = byReason.get(key);
            Set<Long> claims = old == null ? new HashSet<>() : old.claims();
            claims.add(r.claimVersionId());
            byReason.put(key, new Reason(r.code(), old != null && old.text() != null ? old.text() : r.text(),
                    old == null ? r.amount() : old.amount().add(r.amount()), old == null ? 1 : old.lines() + 1,
                    claims));
        }
        List<Reason> ranked = new ArrayList<>(byReason.values());
        ranked.sort(Comparator.comparing(Reason::amount).reversed()
                .thenComparing(r -> r.code() == null ? "" : r.code()));
        s.heading(sheet, title, null, headings(locale, "recon.col.rank", "recon.col.reasonCode",
                "recon.col.reasonText", "recon.col.lines", "recon.col.claims", "recon.col.refused"));
        sheet.setColumnWidth(2, 60 * 256);
        int index = ReportSheets.FIRST_DATA_ROW;
        for (Reason r : ranked) {
            Row row = sheet.createRow(index);
            row.createCell(0).setCellValue(index - ReportSheets.FIRST_DATA_ROW + 1);
            ReportSheets.text(row, 1, r.code());
            ReportSheets.text(row, 2, r.text());
            row.createCell(3).setCellValue(r.lines());
            row.createCell(4).setCellValue(r.claims().size());
            s.money(row, 5, r.amount());
            index++;
        }
        s.totals(sheet, index, index - 1, total, List.of(5), List.of(3));
    }

    private static String range(String sheet, int column, int firstRow, int lastRow) {
        String col = ReportSheets.col(column);
        // an empty list still gives a valid (one-row) range; its cell is empty so the sums stay zero
        return sheet + "$" + col + "$" + firstRow + ":$" + col + "$" + Math.max(firstRow, lastRow);
    }

    private static List<String> headings(Locale locale, String... keys) {
        List<String> out = new ArrayList<>();
        for (String k : keys) {
            out.add(Messages.get(locale, k));
        }
        return out;
    }
}
