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
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

import vn.his.core.i18n.Messages;

/**
 * The monthly BHYT claim report as an xlsx workbook (bhyt-rules.md §6.1, columns after the 79a/80a lists), written
 * with POI SXSSF while the rows stream from {@link ClaimReportRows}: only a window of rows is in memory.
 * <ul>
 *   <li>"Danh sách người bệnh": one row per encounter (newest non-superseded claim version), cost groups and the XML1
 *   totals, closed by a totals row of SUM formulas;</li>
 *   <li>"Tổng hợp": by encounter type × cost group, each cell a SUMIF/COUNTIF over the list, so the summary
 *   reconciles with the list by construction, closed by a totals row of SUM formulas.</li>
 * </ul>
 */
@Component
public class MonthlyClaimReport {

    static final String SUMMARY_SHEET = "Tổng hợp";
    static final String DETAIL_SHEET = "Danh sách người bệnh";
    /** Title row, two blank rows, then the headings: data start on the 5th row (index 4). */
    static final int HEADING_ROW = 3;
    static final int FIRST_DATA_ROW = HEADING_ROW + 1;
    private static final DateTimeFormatter PERIOD = DateTimeFormatter.ofPattern("MM/yyyy");
    private static final int WINDOW = 200;

    /** Detail sheet columns before the cost groups. */
    private static final List<String> DETAIL_LEAD = List.of("report.col.stt", "report.col.maLk", "report.col.maBn",
            "report.col.hoTen", "report.col.maThe", "report.col.maDkbd", "report.col.maBenhChinh",
            "report.col.maLoaiKcb", "report.col.kind", "report.col.ngayVao", "report.col.ngayRa",
            "report.col.soNgayDtri");
    /** Money columns after the cost groups (XML1 fields). */
    private static final List<String> TOTALS = List.of("report.col.tTongchiBv", "report.col.tTongchiBh",
            "report.col.tBhtt", "report.col.tBncct", "report.col.tBntt");
    private static final List<String> DETAIL_TAIL = List.of("report.col.claimNo", "report.col.status",
            "report.col.facility");
    static final int KIND_COLUMN = 8;
    static final int FIRST_MONEY_COLUMN = DETAIL_LEAD.size();
    static final int MONEY_COLUMNS = CostGroup.values().length + TOTALS.size();

    private final ClaimReportRows rows;

    public MonthlyClaimReport(ClaimReportRows rows) {
        this.rows = rows;
    }

    /** {@code bao-cao-bhyt-<facility>-<yyyy-MM>.xlsx}. */
    public static String fileName(ReportScope scope, YearMonth month) {
        return "bao-cao-bhyt-" + scope.label() + "-" + month + ".xlsx";
    }

    /** Writes the workbook to {@code out} (not closed) and answers how many encounters it lists. */
    public int write(ReportScope scope, YearMonth month, Locale locale, OutputStream out) {
        return writeSummarized(scope, month, locale, out).total().count();
    }

    /**
     * Writes the workbook to {@code out} (not closed) and answers the figures of its summary sheet, added up from the
     * rows written to the list (the sheet's COUNTIF/SUMIF cells compute the same from the list).
     */
    public MonthlyClaimSummary writeSummarized(ReportScope scope, YearMonth month, Locale locale, OutputStream out) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(WINDOW)) {
            book.setCompressTempFiles(true);
            ReportSheets styles = new ReportSheets(book);
            SXSSFSheet summary = book.createSheet(SUMMARY_SHEET);
            SXSSFSheet detail = book.createSheet(DETAIL_SHEET);
            String title = Messages.get(locale, "report.title", PERIOD.format(month), scopeText(scope, locale));

            List<String> detailHeadings = detailHeadings(locale);
            heading(detail, title, detailHeadings, styles);
            int[] next = {FIRST_DATA_ROW};
            MonthlyClaimSummary figures = new MonthlyClaimSummary();
            rows.stream(scope, month, r -> {
                figures.add(r);
                detailRow(detail, next[0]++, r, locale, styles);
            });
            int lastData = next[0] - 1;
            totalsRow(detail, next[0], FIRST_MONEY_COLUMN, MONEY_COLUMNS, lastData, locale, styles);

            writeSummary(summary, title, lastData, locale, styles);
            book.setForceFormulaRecalculation(true);
            book.write(out);
            return figures;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String scopeText(ReportScope scope, Locale locale) {
        return scope.facilityCode() != null ? Messages.get(locale, "report.scope.facility", scope.facilityCode())
                : Messages.get(locale, "report.scope.province", scope.provinceCode());
    }

    static List<String> detailHeadings(Locale locale) {
        List<String> headings = new ArrayList<>();
        DETAIL_LEAD.forEach(k -> headings.add(Messages.get(locale, k)));
        for (CostGroup g : CostGroup.values()) {
            headings.add(Messages.get(locale, g.messageKey()));
        }
        TOTALS.forEach(k -> headings.add(Messages.get(locale, k)));
        DETAIL_TAIL.forEach(k -> headings.add(Messages.get(locale, k)));
        return headings;
    }

    static void heading(SXSSFSheet sheet, String title, List<String> headings, ReportSheets styles) {
        Cell t = sheet.createRow(0).createCell(0);
        t.setCellValue(title);
        t.setCellStyle(styles.title);
        Row h = sheet.createRow(HEADING_ROW);
        for (int c = 0; c < headings.size(); c++) {
            Cell cell = h.createCell(c);
            cell.setCellValue(headings.get(c));
            cell.setCellStyle(styles.heading);
            sheet.setColumnWidth(c, Math.max(12, Math.min(40, headings.get(c).length() + 4)) * 256);
        }
        sheet.createFreezePane(0, FIRST_DATA_ROW);
    }

    static void detailRow(SXSSFSheet sheet, int index, ClaimReportRow r, Locale locale, ReportSheets styles) {
        Row row = sheet.createRow(index);
        int c = 0;
        row.createCell(c++).setCellValue(index - FIRST_DATA_ROW + 1);
        text(row, c++, r.maLk());
        text(row, c++, r.maBn());
        text(row, c++, r.hoTen());
        text(row, c++, r.maTheBhyt());
        text(row, c++, r.maDkbd());
        text(row, c++, r.maBenhChinh());
        text(row, c++, r.maLoaiKcb());
        text(row, c++, Messages.get(locale, r.kind().messageKey()));
        date(row, c++, r.ngayVao(), styles);
        date(row, c++, r.ngayRa(), styles);
        row.createCell(c++).setCellValue(r.soNgayDtri());
        for (CostGroup g : CostGroup.values()) {
            money(row, c++, r.cost(g), styles);
        }
        for (BigDecimal total : List.of(r.tTongchiBv(), r.tTongchiBh(), r.tBhtt(), r.tBncct(), r.tBntt())) {
            money(row, c++, total, styles);
        }
        row.createCell(c++).setCellValue(r.claimNo());
        text(row, c++, Messages.get(locale, "report.status." + r.status().name()));
        text(row, c, r.facilityCode());
    }

    /** A row labelled "Tổng cộng" whose money cells are SUM formulas over the data rows above it. */
    static void totalsRow(Sheet sheet, int index, int firstColumn, int columns, int lastData, Locale locale,
                                  ReportSheets styles) {
        Row row = sheet.createRow(index);
        Cell label = row.createCell(0);
        label.setCellValue(Messages.get(locale, "report.total"));
        label.setCellStyle(styles.heading);
        for (int c = firstColumn; c < firstColumn + columns; c++) {
            Cell cell = row.createCell(c);
            cell.setCellStyle(styles.totalMoney);
            if (lastData < FIRST_DATA_ROW) {
                cell.setCellValue(0);
            } else {
                String col = CellReference.convertNumToColString(c);
                cell.setCellFormula("SUM(" + col + (FIRST_DATA_ROW + 1) + ":" + col + (lastData + 1) + ")");
            }
        }
    }

    /** One row per encounter kind: COUNTIF / SUMIF over the list sheet, keyed on the kind's label. */
    private static void writeSummary(SXSSFSheet sheet, String title, int lastData, Locale locale, ReportSheets styles) {
        List<String> headings = new ArrayList<>();
        headings.add(Messages.get(locale, "report.col.kind"));
        headings.add(Messages.get(locale, "report.col.count"));
        for (CostGroup g : CostGroup.values()) {
            headings.add(Messages.get(locale, g.messageKey()));
        }
        TOTALS.forEach(k -> headings.add(Messages.get(locale, k)));
        heading(sheet, title, headings, styles);
        sheet.setColumnWidth(0, 30 * 256);

        String list = "'" + DETAIL_SHEET + "'!";
        String kindCol = CellReference.convertNumToColString(KIND_COLUMN);
        String kindRange = list + "$" + kindCol + "$" + (FIRST_DATA_ROW + 1) + ":$" + kindCol + "$" + (lastData + 1);
        boolean empty = lastData < FIRST_DATA_ROW;
        int index = FIRST_DATA_ROW;
        for (EncounterKind kind : EncounterKind.values()) {
            Row row = sheet.createRow(index);
            row.createCell(0).setCellValue(Messages.get(locale, kind.messageKey()));
            String key = "$A" + (index + 1);
            Cell count = row.createCell(1);
            if (empty) {
                count.setCellValue(0);
            } else {
                count.setCellFormula("COUNTIF(" + kindRange + "," + key + ")");
            }
            for (int m = 0; m < MONEY_COLUMNS; m++) {
                Cell cell = row.createCell(2 + m);
                cell.setCellStyle(styles.money);
                if (empty) {
                    cell.setCellValue(0);
                } else {
                    String col = CellReference.convertNumToColString(FIRST_MONEY_COLUMN + m);
                    cell.setCellFormula("SUMIF(" + kindRange + "," + key + "," + list + "$" + col + "$"
                            + (FIRST_DATA_ROW + 1) + ":$" + col + "$" + (lastData + 1) + ")");
                }
            }
            index++;
        }
        totalsRow(sheet, index, 1, 1 + MONEY_COLUMNS, index - 1, locale, styles);
    }

    private static void text(Row row, int column, String value) {
        if (value != null && !value.isEmpty()) {
            row.createCell(column).setCellValue(value);
        }
    }

    private static void date(Row row, int column, java.time.LocalDateTime value, ReportSheets styles) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value.toLocalDate());
            cell.setCellStyle(styles.date);
        }
    }

    private static void money(Row row, int column, BigDecimal value, ReportSheets styles) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(styles.money);
    }
}
