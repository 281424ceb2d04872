package vn.his.export.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

import vn.his.core.i18n.Messages;
import vn.his.export.outbox.SubmissionStatus;

/**
 * The submission ledger of a facility for a period (issue 6) as an xlsx workbook, streamed with a forward-only cursor
 * and written with POI SXSSF:
 * <ul>
 *   <li>"Tổng hợp": submissions created in the period by status (COUNTIF over the next sheet), with a SUM total;</li>
 *   <li>"Hồ sơ gửi": one row per submission created in the period (check-in XML0 or claim dossier): MA_LK, claim
 *   version, status, number of attempts, the gateway's transaction id and reception time, last code and message,
 *   SHA-256 of the signed file;</li>
 *   <li>"Các lần gửi": every attempt started in the period (of any submission of the facility): start and end, outcome,
 *   HTTP status, gateway code and message, transaction id, node, failure.</li>
 * </ul>
 * The period is {@code from}…{@code to}, both days included, in Asia/Ho_Chi_Minh wall-clock time.
 */
@Component
public class SubmissionLedgerReport {

    static final String SUMMARY_SHEET = "Tổng hợp";
    static final String SUBMISSION_SHEET = "Hồ sơ gửi";
    static final String ATTEMPT_SHEET = "Các lần gửi";
    static final int STATUS_COLUMN = 6;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int WINDOW = 200;

    private final SubmissionLedgerRows ledger;

    public SubmissionLedgerReport(SubmissionLedgerRows ledger) {
        this.ledger = ledger;
    }

    /** {@code so-gui-ho-so-<facility>-<from>-<to>.xlsx}. */
    public static String fileName(String facility, LocalDate from, LocalDate to) {
        return "so-gui-ho-so-" + facility + "-" + from + "-" + to + ".xlsx";
    }

    /** Counts written, for the caller and the tests. */
    public record Counts(int submissions, int attempts) {
    }

    public Counts write(String facility, LocalDate from, LocalDate to, Locale locale, OutputStream out) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(WINDOW)) {
            book.setCompressTempFiles(true);
            ReportSheets s = new ReportSheets(book);
            SXSSFSheet summary = book.createSheet(SUMMARY_SHEET);
            SXSSFSheet submissions = book.createSheet(SUBMISSION_SHEET);
            SXSSFSheet attempts = book.createSheet(ATTEMPT_SHEET);
            String title = Messages.get(locale, "ledger.report.title", facility, DAY.format(from), DAY.format(to));
            String total = Messages.get(locale, "report.total");

            s.heading(submissions, title, null, headings(locale, "recon.col.stt", "ledger.col.id", "ledger.col.kind",
                    "report.col.maLk", "report.col.claimNo", "ledger.col.createdAt", "ledger.col.status",
                    "ledger.col.attempts", "ledger.col.maGiaoDich", "ledger.col.receivedAt", "ledger.col.lastCode",
                    "ledger.col.lastMessage", "ledger.col.sha256"));
            int[] next = {ReportSheets.FIRST_DATA_ROW};
            ledger.submissions(facility, from, to, sub -> {
                Row row = submissions.createRow(next[0]);
                row.createCell(0).setCellValue(next[0] - ReportSheets.FIRST_DATA_ROW + 1);
                row.createCell(1).setCellValue(sub.id());
                ReportSheets.text(row, 2, Messages.get(locale, "ledger.kind." + sub.kind()));
                ReportSheets.text(row, 3, sub.maLk());
                row.createCell(4).setCellValue(sub.claimVersion());
                s.dateTime(row, 5, sub.createdAt());
                ReportSheets.text(row, STATUS_COLUMN, Messages.get(locale, "ledger.status." + sub.status().name()));
                row.createCell(7).setCellValue(sub.attempts());
                ReportSheets.text(row, 8, sub.maGiaoDich());
                s.dateTime(row, 9, sub.receivedAt());
                ReportSheets.text(row, 10, sub.lastCode());
                ReportSheets.text(row, 11, sub.lastMessage());
                ReportSheets.text(row, 12, sub.sha256());
                next[0]++;
            });
            int lastSubmission = next[0] - 1;
            s.totals(submissions, next[0], lastSubmission, total, List.of(), List.of(7));

            s.heading(attempts, title, null, headings(locale, "recon.col.stt", "ledger.col.id", "report.col.maLk",
                    "report.col.claimNo", "ledger.col.attemptNo", "ledger.col.startedAt", "ledger.col.finishedAt",
                    "ledger.col.outcome", "ledger.col.http", "ledger.col.lastCode", "ledger.col.lastMessage",
                    "ledger.col.maGiaoDich", "ledger.col.node", "ledger.col.failure", "ledger.col.sha256"));
            int[] a = {ReportSheets.FIRST_DATA_ROW};
            ledger.attempts(facility, from, to, at -> {
                Row row = attempts.createRow(a[0]);
                row.createCell(0).setCellValue(a[0] - ReportSheets.FIRST_DATA_ROW + 1);
                row.createCell(1).setCellValue(at.submissionId());
                ReportSheets.text(row, 2, at.maLk());
                row.createCell(3).setCellValue(at.claimVersion());
                row.createCell(4).setCellValue(at.attemptNo());
                s.dateTime(row, 5, at.startedAt());
                s.dateTime(row, 6, at.finishedAt());
                ReportSheets.text(row, 7, Messages.get(locale, "ledger.outcome." + at.outcome()));
                if (at.httpStatus() != null) {
                    row.createCell(8).setCellValue(at.httpStatus());
                }
                ReportSheets.text(row, 9, at.maKetQua());
                ReportSheets.text(row, 10, at.thongDiep());
                ReportSheets.text(row, 11, at.maGiaoDich());
                ReportSheets.text(row, 12, at.nodeId());
                ReportSheets.text(row, 13, at.failure());
                ReportSheets.text(row, 14, at.sha256());
                a[0]++;
            });
            int lastAttempt = a[0] - 1;
            Row attemptTotal = attempts.createRow(a[0]);
            attemptTotal.createCell(0).setCellValue(total);
            attemptTotal.getCell(0).setCellStyle(s.heading);
            org.apache.poi.ss.usermodel.Cell count = attemptTotal.createCell(1);
            count.setCellStyle(s.totalCount);
            if (lastAttempt < ReportSheets.FIRST_DATA_ROW) {
                count.setCellValue(0);
            } else {
                count.setCellFormula("COUNT(B" + (ReportSheets.FIRST_DATA_ROW + 1) + ":B" + (lastAttempt + 1) + ")");
            }

            writeSummary(summary, s, title, locale, lastSubmission, total);
            book.setForceFormulaRecalculation(true);
            book.write(out);
            return new Counts(lastSubmission - ReportSheets.FIRST_DATA_ROW + 1,
                    lastAttempt - ReportSheets.FIRST_DATA_ROW + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeSummary(SXSSFSheet sheet, ReportSheets s, String title, Locale locale, int lastData,
                                     String total) {
        s.heading(sheet, title, null, headings(locale, "ledger.col.status", "ledger.col.count"));
        sheet.setColumnWidth(0, 36 * 256);
        String col = ReportSheets.col(STATUS_COLUMN);
        int first = ReportSheets.FIRST_DATA_ROW + 1;
        String range = "'" + SUBMISSION_SHEET + "'!$" + col + "$" + first + ":$" + col + "$" + Math.max(first,
                lastData + 1);
        int index = ReportSheets.FIRST_DATA_ROW;
        for (SubmissionStatus status : SubmissionStatus.values()) {
            Row row = sheet.createRow(index);
            row.createCell(0).setCellValue(Messages.get(locale, "ledger.status." + status.name()));
            row.createCell(1).setCellFormula("COUNTIF(" + range + ",$A" + (index + 1) + ")");
            index++;
        }
        s.totals(sheet, index, index - 1, total, List.of(), List.of(1));
    }

    private static List<String> headings(Locale locale, String... keys) {
        List<String> out = new ArrayList<>();
        for (String k : keys) {
            out.add(Messages.get(locale, k));
        }
        return out;
    }
}
