package vn.his.export.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.his.export.outbox.SubmissionStatus;

/**
 * The submission ledger of a facility for a period, read once for the workbook ({@link SubmissionLedgerReport}) and
 * the screens: every submission queued in the period (check-in XML0 or claim dossier) and every attempt started in the
 * period, each streamed with a forward-only cursor to a sink. The period is {@code from}…{@code to}, both days
 * included, in Asia/Ho_Chi_Minh wall-clock time.
 */
@Component
public class SubmissionLedgerRows {

    /** One submission: its outbox row. */
    public record Submission(long id, String kind, String maLk, int claimVersion, LocalDateTime createdAt,
                             SubmissionStatus status, int attempts, String maGiaoDich, LocalDateTime receivedAt,
                             String lastCode, String lastMessage, String sha256) {
    }

    /** One attempt to send a submission. */
    public record Attempt(long submissionId, String maLk, int claimVersion, int attemptNo, LocalDateTime startedAt,
                          LocalDateTime finishedAt, String outcome, Integer httpStatus, String maKetQua,
                          String thongDiep, String maGiaoDich, String nodeId, String failure, String sha256) {
    }

    private static final String SUBMISSIONS = "SELECT id, kind, ma_lk, claim_version, created_at, status, "
            + "attempt_count, ma_giao_dich, thoi_gian_tiep_nhan, last_code, last_message, sha256 FROM outbox_submission "
            + "WHERE facility_code = ? AND created_at >= ? AND created_at < ? ORDER BY created_at, id";
    private static final String ATTEMPTS = "SELECT s.id, s.ma_lk, s.claim_version, a.attempt_no, a.started_at, "
            + "a.finished_at, a.outcome, a.http_status, a.ma_ket_qua, a.thong_diep, a.ma_giao_dich, a.node_id, "
            + "a.failure, a.sha256 FROM outbox_attempt a JOIN outbox_submission s ON s.id = a.submission_id "
            + "WHERE s.facility_code = ? AND a.started_at >= ? AND a.started_at < ? ORDER BY a.started_at, a.id";

    private final JdbcTemplate jdbc;

    public SubmissionLedgerRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The submissions queued in the period, oldest first. */
    public void submissions(String facility, LocalDate from, LocalDate to, Consumer<Submission> sink) {
        stream(SUBMISSIONS, facility, from, to, rs -> sink.accept(new Submission(rs.getLong(1), rs.getString(2),
                rs.getString(3), rs.getInt(4), time(rs.getTimestamp(5)), SubmissionStatus.valueOf(rs.getString(6)),
                rs.getInt(7), rs.getString(8), time(rs.getTimestamp(9)), rs.getString(10), rs.getString(11),
                rs.getString(12))));
    }

    /** The attempts started in the period (of any submission of the facility), oldest first. */
    public void attempts(String facility, LocalDate from, LocalDate to, Consumer<Attempt> sink) {
        stream(ATTEMPTS, facility, from, to, rs -> sink.accept(new Attempt(rs.getLong(1), rs.getString(2),
                rs.getInt(3), rs.getInt(4), time(rs.getTimestamp(5)), time(rs.getTimestamp(6)), rs.getString(7),
                rs.getObject(8, Integer.class), rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12),
                rs.getString(13), rs.getString(14))));
    }

    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private void stream(String sql, String facility, LocalDate from, LocalDate to, RowReader reader) {
        Timestamp start = Timestamp.valueOf(from.atStartOfDay());
        Timestamp end = Timestamp.valueOf(to.plusDays(1).atStartOfDay());
        jdbc.query((Connection con) -> {
            PreparedStatement ps = con.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            ps.setFetchSize(ClaimReportRows.fetchSize(con));
            ps.setString(1, facility);
            ps.setTimestamp(2, start);
            ps.setTimestamp(3, end);
            return ps;
        }, reader::read);
    }

    private static LocalDateTime time(Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }
}
