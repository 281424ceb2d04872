package vn.his.export.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

import vn.his.core.i18n.Messages;

/**
 * Claimed vs accepted vs refused for the facilities of a province in a month or a range of months (issue 6), as an xlsx workbook written
 * with POI SXSSF while the claims stream from {@link ProvinceReconciliation} over {@link ClaimReportRows} (the same rows as the monthly report: per MA_LK
 * the newest claim version that is not SUPERSEDED, NGAY_RA in the month). Claimed is XML1 T_BHTT of that version, read
 * from its stored bytes; refused is the sum of the gateway's assessment results imported and matched to that version
 * ({@code assessment_result}, outcome MATCHED); accepted = claimed − refused for an assessed claim; a claim without
 * any result counts under "not yet assessed", so claimed = accepted + refused + not yet assessed on every row.
 * <ul>
 *   <li>"Theo cơ sở": one row per facility and month, each cell a SUMIFS/COUNTIFS over the list (facility and
 *   month), with a SUM totals row;</li>
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
    static final int D_MONTH = 12;
    // facility sheet: the month after the refused share
    static final int F_MONTH = 9;

    private final ProvinceReconciliation reconciliation;

    public ProvinceReconciliationReport(ProvinceReconciliation reconciliation) {
        this.reconciliation = reconciliation;
    }

    /** {@code doi-soat-bhyt-tinh-<province>-<yyyy-MM>.xlsx}. */
    public static String fileName(String province, YearMonth month) {
        return "doi-soat-bhyt-tinh-" + province + "-" + month + ".xlsx";
    }

    /** One month: {@link #fileName(String, YearMonth)}; several: {@code doi-soat-bhyt-tinh-<province>-<from>-<to>.xlsx}. */
    public static String fileName(String province, YearMonth from, YearMonth to) {
        return from.equals(to) ? fileName(province, from)
                : "doi-soat-bhyt-tinh-" + province + "-" + from + "-" + to + ".xlsx";
    }

    /** What the workbook holds, for the screen and the tests. */
    public record Summary(int claims, BigDecimal claimed, BigDecimal accepted, BigDecimal refused, BigDecimal pending) {
    }

    /** Writes the workbook of one month to {@code out} (not closed). */
    public Summary write(String province, YearMonth month, Locale locale, OutputStream out) {
        return write(province, month, month, locale, out);
    }

    /**
     * Writes the workbook of the months {@code from}…{@code to} (both included; each claim in the month of its
     * NGAY_RA) to {@code out} (not closed): one row per facility and month, the claims of every month, the refusal
     * reasons of the whole range ranked by amount.
     */
    public Summary write(String province, YearMonth from, YearMonth to, Locale locale, OutputStream out) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("reversed months");
        }
        try (SXSSFWorkbook book = new SXSSFWorkbook(WINDOW)) {
            book.setCompressTempFiles(true);
            ReportSheets s = new ReportSheets(book);
            SXSSFSheet facilities = book.createSheet(FACILITY_SHEET);
            SXSSFSheet detail = book.createSheet(DETAIL_SHEET);
            SXSSFSheet reasons = book.createSheet(REASON_SHEET);
            String title = from.equals(to) ? Messages.get(locale, "recon.report.title", PERIOD.format(from), province)
                    : Messages.get(locale, "recon.report.titleRange", PERIOD.format(from), PERIOD.format(to),
                    province);
            String assessedText = Messages.get(locale, "recon.report.assessed");
            String pendingText = Messages.get(locale, "recon.report.pending");

            s.heading(detail, title, null, headings(locale, "recon.col.stt", "recon.col.facility", "report.col.maLk",
                    "report.col.maBn", "report.col.hoTen", "report.col.ngayRa", "report.col.claimNo",
                    "recon.col.assessment", "recon.col.claimed", "recon.col.accepted", "recon.col.refused",
                    "recon.col.pending", "recon.col.month"));
            int[] next = {ReportSheets.FIRST_DATA_ROW};
            List<ProvinceReconciliation.Result> results = new ArrayList<>();
            for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
                YearMonth m = month;
                results.add(reconciliation.compute(province, month, c -> {
                    ClaimReportRow r = c.row();
                    Row row = detail.createRow(next[0]);
                    row.createCell(0).setCellValue(next[0] - ReportSheets.FIRST_DATA_ROW + 1);
                    ReportSheets.text(row, D_FACILITY, r.facilityCode());
                    ReportSheets.text(row, 2, r.maLk());
                    ReportSheets.text(row, 3, r.maBn());
                    ReportSheets.text(row, 4, r.hoTen());
                    s.date(row, 5, r.ngayRa());
                    row.createCell(6).setCellValue(r.claimNo());
                    ReportSheets.text(row, D_ASSESSED, c.assessed() ? assessedText : pendingText);
                    s.money(row, D_CLAIMED, c.claimed());
                    s.money(row, D_ACCEPTED, c.accepted());
                    s.money(row, D_REFUSED, c.refused());
                    s.money(row, D_PENDING, c.pending());
                    month(row, D_MONTH, m, s);
                    next[0]++;
                }));
            }
            int lastData = next[0] - 1;
            String total = Messages.get(locale, "report.total");
            s.totals(detail, next[0], lastData, total, List.of(D_CLAIMED, D_ACCEPTED, D_REFUSED, D_PENDING), List.of());

            writeFacilities(facilities, s, title, locale, results, lastData, assessedText, total);
            writeReasons(reasons, s, title, locale, ProvinceReconciliation.rankAcross(results), total);
            book.setForceFormulaRecalculation(true);
            book.write(out);
            int claims = 0;
            BigDecimal claimed = BigDecimal.ZERO;
            BigDecimal accepted = BigDecimal.ZERO;
            BigDecimal refused = BigDecimal.ZERO;
            BigDecimal pending = BigDecimal.ZERO;
            for (ProvinceReconciliation.Result r : results) {
                ProvinceReconciliation.Figures t = r.total();
                claims += t.claims();
                claimed = claimed.add(t.claimed());
                accepted = accepted.add(t.accepted());
                refused = refused.add(t.refused());
                pending = pending.add(t.pending());
            }
            return new Summary(claims, claimed, accepted, refused, pending);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The month as a date (its first day) shown {@code mm/yyyy}: a number, so COUNTIFS/SUMIFS compare it exactly. */
    private static void month(Row row, int column, YearMonth month, ReportSheets s) {
        Cell cell = row.createCell(column);
        cell.setCellValue(month.atDay(1));
        cell.setCellStyle(s.month);
    }

    /** One row per facility and month (months in order, facilities by code), each cell a COUNTIFS/SUMIFS. */
    private static void writeFacilities(SXSSFSheet sheet, ReportSheets s, String title, Locale locale,
                                        List<ProvinceReconciliation.Result> results, int lastData,
                                        String assessedText, String total) {
        s.heading(sheet, title, null, headings(locale, "recon.col.facility", "recon.col.facilityName",
                "recon.col.claims", "recon.col.assessedClaims", "recon.col.claimed", "recon.col.accepted",
                "recon.col.refused", "recon.col.pending", "recon.col.refusedRate", "recon.col.month"));
        sheet.setColumnWidth(1, 40 * 256);
        int first = ReportSheets.FIRST_DATA_ROW + 1;
        String list = "'" + DETAIL_SHEET + "'!";
        String facilityRange = range(list, D_FACILITY, first, lastData + 1);
        String assessedRange = range(list, D_ASSESSED, first, lastData + 1);
        String monthRange = range(list, D_MONTH, first, lastData + 1);
        int index = ReportSheets.FIRST_DATA_ROW;
        for (ProvinceReconciliation.Result result : results) {
            for (String code : result.perFacility().keySet()) {
                Row row = sheet.createRow(index);
                row.createCell(0).setCellValue(code);
                ReportSheets.text(row, 1, result.facilityNames().get(code));
                month(row, F_MONTH, result.month(), s);
                String key = "$A" + (index + 1);
                String monthKey = "$" + ReportSheets.col(F_MONTH) + (index + 1);
                String both = facilityRange + "," + key + "," + monthRange + "," + monthKey;
                row.createCell(2).setCellFormula("COUNTIFS(" + both + ")");
                row.createCell(3).setCellFormula("COUNTIFS(" + both + "," + assessedRange + ",\""
                        + assessedText.replace("\"", "\"\"") + "\")");
                int c = 4;
                for (int source : new int[] {D_CLAIMED, D_ACCEPTED, D_REFUSED, D_PENDING}) {
                    Cell cell = row.createCell(c++);
                    cell.setCellFormula("SUMIFS(" + range(list, source, first, lastData + 1) + "," + both + ")");
                    cell.setCellStyle(s.money);
                }
                rate(row, index, s);
                index++;
            }
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
                                     List<ProvinceReconciliation.Reason> ranked, String total) {
        s.heading(sheet, title, null, headings(locale, "recon.col.rank", "recon.col.reasonCode",
                "recon.col.reasonText", "recon.col.lines", "recon.col.claims", "recon.col.refused"));
        sheet.setColumnWidth(2, 60 * 256);
        int index = ReportSheets.FIRST_DATA_ROW;
        for (ProvinceReconciliation.Reason r : ranked) {
            Row row = sheet.createRow(index);
            row.createCell(0).setCellValue(index - ReportSheets.FIRST_DATA_ROW + 1);
            ReportSheets.text(row, 1, r.code());
            ReportSheets.text(row, 2, r.text());
            row.createCell(3).setCellValue(r.lines());
            row.createCell(4).setCellValue(r.claims());
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
