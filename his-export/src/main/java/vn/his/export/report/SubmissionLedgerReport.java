package vn.his.export.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
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

    private final JdbcTemplate jdbc;

    public SubmissionLedgerReport(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code so-gui-ho-so-<facility>-<from>-<to>.xlsx}. */
    public static String fileName(String facility, LocalDate from, LocalDate to) {
        return "so-gui-ho-so-" + facility + "-" + from + "-" + to + ".xlsx";
    }

    /** Counts written, for the caller and the tests. */
    public record Counts(int submissions, int attempts) {
    }

    public Counts write(String facility, LocalDate from, LocalDate to, Locale locale, OutputStream out) {
        Timestamp start = Timestamp.valueOf(from.atStartOfDay());
        Timestamp end = Timestamp.valueOf(to.plusDays(1).atStartOfDay());
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
            stream("SELECT id, kind, ma_lk, claim_version, created_at, status, attempt_count, ma_giao_dich, "
                    + "thoi_gian_tiep_nhan, last_code, last_message, sha256 FROM outbox_submission "
                    + "WHERE facility_code = ? AND created_at >= ? AND created_at < ? ORDER BY created_at, id",
                    facility, start, end, rs -> {
                        Row row = submissions.createRow(next[0]);
                        row.createCell(0).setCellValue(next[0] - ReportSheets.FIRST_DATA_ROW + 1);
                        row.createCell(1).setCellValue(rs.getLong(1));
                        ReportSheets.text(row, 2, Messages.get(locale, "ledger.kind." + rs.getString(2)));
                        ReportSheets.text(row, 3, rs.getString(3));
                        row.createCell(4).setCellValue(rs.getInt(4));
                        s.dateTime(row, 5, time(rs.getTimestamp(5)));
                        ReportSheets.text(row, STATUS_COLUMN, Messages.get(locale, "ledger.status." + rs.getString(6)));
                        row.createCell(7).setCellValue(rs.getInt(7));
                        ReportSheets.text(row, 8, rs.getString(8));
                        s.dateTime(row, 9, time(rs.getTimestamp(9)));
                        ReportSheets.text(row, 10, rs.getString(10));
                        ReportSheets.text(row, 11, rs.getString(11));
                        ReportSheets.text(row, 12, rs.getString(12));
                        next[0]++;
                    });
            int lastSubmission = next[0] - 1;
            s.totals(submissions, next[0], lastSubmission, total, List.of(), List.of(7));

            s.heading(attempts, title, null, headings(locale, "recon.col.stt", "ledger.col.id", "report.col.maLk",
                    "report.col.claimNo", "ledger.col.attemptNo", "ledger.col.startedAt", "ledger.col.finishedAt",
                    "ledger.col.outcome", "ledger.col.http", "ledger.col.lastCode", "ledger.col.lastMessage",
                    "ledger.col.maGiaoDich", "ledger.col.node", "ledger.col.failure", "ledger.col.sha256"));
            int[] a = {ReportSheets.FIRST_DATA_ROW};
            stream("SELECT s.id, s.ma_lk, s.claim_version, a.attempt_no, a.started_at, a.finished_at, a.outcome, "
                    + "a.http_status, a.ma_ket_qua, a.thong_diep, a.ma_giao_dich, a.node_id, a.failure, a.sha256 "
                    + "FROM outbox_attempt a JOIN outbox_submission s ON s.id = a.submission_id "
                    + "WHERE s.facility_code = ? AND a.started_at >= ? AND a.started_at < ? "
                    + "ORDER BY a.started_at, a.id", facility, start, end, rs -> {
                        Row row = attempts.createRow(a[0]);
                        row.createCell(0).setCellValue(a[0] - ReportSheets.FIRST_DATA_ROW + 1);
                        row.createCell(1).setCellValue(rs.getLong(1));
                        ReportSheets.text(row, 2, rs.getString(2));
                        row.createCell(3).setCellValue(rs.getInt(3));
                        row.createCell(4).setCellValue(rs.getInt(4));
                        s.dateTime(row, 5, time(rs.getTimestamp(5)));
                        s.dateTime(row, 6, time(rs.getTimestamp(6)));
                        ReportSheets.text(row, 7, Messages.get(locale, "ledger.outcome." + rs.getString(7)));
                        Integer http = rs.getObject(8, Integer.class);
                        if (http != null) {
                            row.createCell(8).setCellValue(http);
                        }
                        ReportSheets.text(row, 9, rs.getString(9));
                        ReportSheets.text(row, 10, rs.getString(10));
                        ReportSheets.text(row, 11, rs.getString(11));
                        ReportSheets.text(row, 12, rs.getString(12));
                        ReportSheets.text(row, 13, rs.getString(13));
                        ReportSheets.text(row, 14, rs.getString(14));
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

    private void stream(String sql, String facility, Timestamp from, Timestamp to, RowCallbackHandler handler) {
        jdbc.query((Connection con) -> {
            PreparedStatement ps = con.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            ps.setFetchSize(ClaimReportRows.fetchSize(con));
            ps.setString(1, facility);
            ps.setTimestamp(2, from);
            ps.setTimestamp(3, to);
            return ps;
        }, handler);
    }

    private static LocalDateTime time(Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }

    private static List<String> headings(Locale locale, String... keys) {
        List<String> out = new ArrayList<>();
        for (String k : keys) {
            out.add(Messages.get(locale, k));
        }
        return out;
    }
}
