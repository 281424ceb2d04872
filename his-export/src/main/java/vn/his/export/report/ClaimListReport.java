package vn.his.export.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

import vn.his.core.i18n.Messages;

/**
 * The per-patient list of any period (from/to days, not only a calendar month) as its own xlsx workbook: the
 * "Danh sách người bệnh" sheet of {@link MonthlyClaimReport} (same columns, rows and SUM totals, written by the same
 * code) for the encounters whose NGAY_RA falls in the period, streamed from {@link ClaimReportRows} with POI SXSSF.
 */
@Component
public class ClaimListReport {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int WINDOW = 200;

    private final ClaimReportRows rows;

    public ClaimListReport(ClaimReportRows rows) {
        this.rows = rows;
    }

    /** {@code danh-sach-nguoi-benh-<facility>-<from>-<to>.xlsx}. */
    public static String fileName(ReportScope scope, LocalDate from, LocalDate to) {
        return "danh-sach-nguoi-benh-" + scope.label() + "-" + from + "-" + to + ".xlsx";
    }

    /** Writes the workbook to {@code out} (not closed) and answers the figures of the rows written. */
    public MonthlyClaimSummary write(ReportScope scope, LocalDate from, LocalDate to, Locale locale,
                                     OutputStream out) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(WINDOW)) {
            book.setCompressTempFiles(true);
            ReportSheets styles = new ReportSheets(book);
            SXSSFSheet detail = book.createSheet(MonthlyClaimReport.DETAIL_SHEET);
            String title = Messages.get(locale, "list.title", DAY.format(from), DAY.format(to),
                    MonthlyClaimReport.scopeText(scope, locale));
            MonthlyClaimReport.heading(detail, title, MonthlyClaimReport.detailHeadings(locale), styles);
            int[] next = {MonthlyClaimReport.FIRST_DATA_ROW};
            MonthlyClaimSummary figures = new MonthlyClaimSummary();
            rows.stream(scope, from, to, r -> {
                figures.add(r);
                MonthlyClaimReport.detailRow(detail, next[0]++, r, locale, styles);
            });
            MonthlyClaimReport.totalsRow(detail, next[0], MonthlyClaimReport.FIRST_MONEY_COLUMN,
                    MonthlyClaimReport.MONEY_COLUMNS, next[0] - 1, locale, styles);
            book.setForceFormulaRecalculation(true);
            book.write(out);
            return figures;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
