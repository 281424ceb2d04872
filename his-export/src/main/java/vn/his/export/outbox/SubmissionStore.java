package vn.his.export.outbox;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

import vn.his.core.common.ClinicalTime;
import vn.his.core.common.DomainException;
import vn.his.export.gateway.SubmissionResult;
import vn.his.export.reconcile.ClaimEvents;
import vn.his.export.reconcile.ClaimStage;

/**
 * SQL of the outbox tables. Every method runs in the transaction of its caller (the queue joins the business
 * transaction; the dispatcher opens one per step). Every change of status is checked by
 * {@link SubmissionStatus#moveTo} and written with a condition on the status read, so a row never moves from a
 * status it is no longer in.
 *
 * <p>The claim is an optimistic conditional UPDATE ({@code WHERE id = ? AND row_version = ? AND <still due>}) rather
 * than {@code SELECT … FOR UPDATE SKIP LOCKED}: MariaDB 10.6+ has SKIP LOCKED but H2 2.x does not, and the
 * conditional UPDATE is as safe on both — the database serialises the two UPDATEs of one row, the loser finds the
 * version changed and updates nothing, so exactly one node owns a row between the claim and its answer.
 */
public class SubmissionStore {

    static final int MESSAGE_LENGTH = 2000;

    private static final String COLUMNS = "id, kind, ma_lk, facility_code, encounter_id, claim_version, status, sha256, "
            + "certificate_subject, attempt_count, next_attempt_ms, lease_owner, lease_until_ms, ma_giao_dich, "
            + "thoi_gian_tiep_nhan, last_code, last_message, created_at, updated_at, row_version";

    private final JdbcTemplate jdbc;
    /** The status history of the claim versions: every transition of a dossier is appended in the same transaction. */
    private final ClaimEvents history;

    public SubmissionStore(JdbcTemplate jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.history = new ClaimEvents(jdbc);
    }

    // ------------------------------------------------------------------------------------------------ queueing

    /**
     * Stores a validated, not yet signed document as QUEUED, due at {@code now}; returns its id. The dispatcher signs
     * it at its first claim ({@link #storeSigned}).
     */
    public long insertQueued(OutgoingDocument document, LocalDateTime now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement ps = connection.prepareStatement("INSERT INTO outbox_submission (kind, ma_lk, "
                    + "facility_code, encounter_id, claim_version, status, unsigned_document, "
                    + "attempt_count, attempt_base, next_attempt_ms, created_at, updated_at, row_version) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?, ?, 0)", new String[] {"id"});
            ps.setString(1, document.kind().name());
            ps.setString(2, document.maLk());
            ps.setString(3, document.facilityCode());
            ps.setLong(4, document.encounterId());
            ps.setInt(5, document.claimVersion());
            ps.setString(6, SubmissionStatus.QUEUED.name());
            ps.setBytes(7, document.unsignedXml());
            ps.setLong(8, millis(now));
            ps.setTimestamp(9, Timestamp.valueOf(now));
            ps.setTimestamp(10, Timestamp.valueOf(now));
            return ps;
        }, keys);
        return Objects.requireNonNull(keys.getKey(), "no generated id").longValue();
    }

    /**
     * Writes the signed file, its SHA-256 and the certificate subject on a row that has none yet, and the SHA-256 on
     * the attempt that signed it — only while {@code claimed} still holds the lease. Written once: a row that already
     * has signed bytes is never re-signed. Returns false when the lease was lost or the row was signed meanwhile.
     */
    public boolean storeSigned(ClaimedSubmission claimed, byte[] signed, String sha256, String certificateSubject,
                               LocalDateTime now) {
        int changed = jdbc.update("UPDATE outbox_submission SET signed_document = ?, sha256 = ?, "
                        + "certificate_subject = ?, updated_at = ?, row_version = row_version + 1 "
                        + "WHERE id = ? AND status = 'SENDING' AND lease_token = ? AND signed_document IS NULL",
                signed, sha256, truncate(certificateSubject, 500), ts(now), claimed.id(), claimed.leaseToken());
        if (changed != 1) {
            return false;
        }
        jdbc.update("UPDATE outbox_attempt SET sha256 = ? WHERE submission_id = ? AND attempt_no = ?", sha256,
                claimed.id(), claimed.attemptNo());
        return true;
    }

    /**
     * Marks the not-yet-accepted submissions of older versions of the same dossier SUPERSEDED (a newer version
     * replaces them at the gateway; sending an older one after it would replace the newer). Rows being sent are left
     * alone: their answer is recorded, and the newer version is sent after them.
     */
    public int supersedeOlderDossiers(String facilityCode, String maLk, int newerVersion, LocalDateTime now) {
        Set<SubmissionStatus> from = EnumSet.noneOf(SubmissionStatus.class);
        for (SubmissionStatus s : SubmissionStatus.values()) {
            if (s != SubmissionStatus.SENDING && s.canMoveTo(SubmissionStatus.SUPERSEDED)) {
                from.add(s);
            }
        }
        List<Long> ids = jdbc.queryForList("SELECT id FROM outbox_submission WHERE kind = ? AND facility_code = ? "
                        + "AND ma_lk = ? AND claim_version < ? AND status IN (" + inList(from) + ") ORDER BY id",
                Long.class, SubmissionKind.DOSSIER.name(), facilityCode, maLk, newerVersion);
        int superseded = 0;
        String note = "superseded by version " + newerVersion;
        for (long id : ids) {
            // one row at a time, still conditional on its status: a row a dispatcher took meanwhile is left alone
            int changed = jdbc.update("UPDATE outbox_submission SET status = ?, last_message = ?, updated_at = ?, "
                            + "row_version = row_version + 1 WHERE id = ? AND status IN (" + inList(from) + ")",
                    SubmissionStatus.SUPERSEDED.name(), note, ts(now), id);
            if (changed == 1) {
                history.appendForSubmission(id, ClaimStage.SUPERSEDED, now, null, ClaimEvents.SYSTEM, note);
                superseded++;
            }
        }
        return superseded;
    }

    // ------------------------------------------------------------------------------------------------ claiming

    /** Ids of rows in {@code statuses} that are due, and SENDING rows whose lease expired when asked, oldest first. */
    public List<Long> dueCandidates(SubmissionKind kind, Set<SubmissionStatus> statuses, boolean expiredLeases,
                                    LocalDateTime now, int limit) {
        List<Object> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT s.id FROM outbox_submission s WHERE (");
        List<String> alternatives = new ArrayList<>();
        Set<SubmissionStatus> due = EnumSet.noneOf(SubmissionStatus.class);
        due.addAll(statuses);
        due.retainAll(SubmissionStatus.DUE);
        if (!due.isEmpty()) {
            alternatives.add("(s.status IN (" + inList(due) + ") AND s.next_attempt_ms <= ?)");
            args.add(millis(now));
        }
        if (expiredLeases) {
            alternatives.add("(s.status = 'SENDING' AND s.lease_until_ms < ?)");
            args.add(millis(now));
        }
        if (alternatives.isEmpty()) {
            return List.of();
        }
        sql.append(String.join(" OR ", alternatives)).append(')');
        if (kind != null) {
            sql.append(" AND s.kind = ?");
            args.add(kind.name());
        }
        // a newer version of a dossier waits while an older one of the same MA_LK is in flight (ordering at the
        // gateway: the last file received replaces the earlier ones)
        sql.append(" AND NOT EXISTS (SELECT 1 FROM outbox_submission o WHERE o.kind = s.kind AND o.kind = 'DOSSIER'"
                + " AND o.facility_code = s.facility_code AND o.ma_lk = s.ma_lk AND o.status = 'SENDING'"
                + " AND o.lease_until_ms >= ? AND o.id <> s.id)");
        args.add(millis(now));
        sql.append(" ORDER BY s.next_attempt_ms, s.id LIMIT ?");
        args.add(limit);
        return jdbc.queryForList(sql.toString(), Long.class, args.toArray());
    }

    /**
     * Takes row {@code id} for {@code owner} until {@code leaseUntil} when it is still due (or its lease expired):
     * status SENDING, a new lease token, one more attempt opened as STARTED. When the row was SENDING, the open
     * attempt of the previous holder is closed as INTERRUPTED. Empty when another node was faster.
     */
    public Optional<ClaimedSubmission> claim(long id, String owner, LocalDateTime now, LocalDateTime leaseUntil) {
        List<Object[]> rows = jdbc.query("SELECT status, row_version, attempt_count, attempt_base, next_attempt_ms, "
                        + "lease_until_ms FROM outbox_submission WHERE id = ?",
                (rs, n) -> new Object[] {SubmissionStatus.valueOf(rs.getString(1)), rs.getLong(2), rs.getInt(3),
                        rs.getInt(4), rs.getLong(5), rs.getObject(6, Long.class)}, id);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        SubmissionStatus status = (SubmissionStatus) row[0];
        long version = (Long) row[1];
        int attempts = (Integer) row[2];
        int base = (Integer) row[3];
        boolean expiredLease = status == SubmissionStatus.SENDING && row[5] != null && (Long) row[5] < millis(now);
        boolean due = SubmissionStatus.DUE.contains(status) && (Long) row[4] <= millis(now);
        if (!expiredLease && !due) {
            return Optional.empty();
        }
        status.moveTo(SubmissionStatus.SENDING);
        String token = UUID.randomUUID().toString();
        int attemptNo = attempts + 1;
        int changed = jdbc.update("UPDATE outbox_submission SET status = 'SENDING', lease_owner = ?, lease_token = ?, "
                        + "lease_until_ms = ?, attempt_count = ?, updated_at = ?, row_version = row_version + 1 "
                        + "WHERE id = ? AND row_version = ? AND status = ?",
                owner, token, millis(leaseUntil), attemptNo, ts(now), id, version, status.name());
        if (changed != 1) {
            return Optional.empty();
        }
        if (expiredLease) {
            jdbc.update("UPDATE outbox_attempt SET outcome = ?, finished_at = ?, failure = ? "
                            + "WHERE submission_id = ? AND outcome = ?",
                    SubmissionAttempt.INTERRUPTED, ts(now), "lease expired; taken over by " + truncate(owner, 100),
                    id, SubmissionAttempt.STARTED);
        }
        record Content(SubmissionKind kind, String maLk, String facility, int version, String sha, String subject,
                       byte[] bytes, byte[] unsigned) {
        }
        Content content = jdbc.queryForObject("SELECT kind, ma_lk, facility_code, claim_version, sha256, "
                        + "certificate_subject, signed_document, unsigned_document FROM outbox_submission WHERE id = ?",
                (rs, n) -> new Content(SubmissionKind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
                        rs.getInt(4), rs.getString(5), rs.getString(6), rs.getBytes(7), rs.getBytes(8)), id);
        jdbc.update("INSERT INTO outbox_attempt (submission_id, attempt_no, node_id, started_at, sha256, outcome) "
                + "VALUES (?, ?, ?, ?, ?, ?)", id, attemptNo, truncate(owner, 100), ts(now), content.sha(),
                SubmissionAttempt.STARTED);
        if (!expiredLease && attemptNo - base == 1) {
            // the first attempt since the row was queued or re-queued: "sent" in the claim's history (later attempts
            // of the same budget appear as RETRY with their reason)
            history.appendForSubmission(id, ClaimStage.SENT, now, null, ClaimEvents.SYSTEM,
                    "attempt " + attemptNo + " by " + owner);
        }
        return Optional.of(new ClaimedSubmission(id, content.kind(), content.maLk(), content.facility(),
                content.version(), attemptNo, attemptNo - base, token, content.sha(), content.subject(),
                content.bytes(), content.unsigned(), expiredLease));
    }

    // ------------------------------------------------------------------------------------------------ answers

    /**
     * Records the answer of the attempt and moves the row to {@code verdict} — only while {@code claimed} still holds
     * the lease. Returns false when the lease had been taken over (the attempt keeps the answer; the row is left to
     * its new holder).
     */
    public boolean finish(ClaimedSubmission claimed, String outcome, SubmissionResult result, String failure,
                          AttemptVerdict verdict, LocalDateTime now) {
        Integer http = result == null ? null : result.httpStatus();
        String code = result == null ? null : result.maKetQua();
        String message = result == null ? null : result.thongDiep();
        String transaction = result == null ? null : result.maGiaoDich();
        List<SubmissionStatus> current = jdbc.query("SELECT status FROM outbox_submission WHERE id = ? AND "
                        + "lease_token = ?", (rs, n) -> SubmissionStatus.valueOf(rs.getString(1)),
                claimed.id(), claimed.leaseToken());
        boolean holder = current.size() == 1 && current.get(0) == SubmissionStatus.SENDING;
        String attemptFailure = holder ? failure
                : joined(failure, "answer arrived after the lease was taken over by another node");
        jdbc.update("UPDATE outbox_attempt SET finished_at = ?, http_status = ?, ma_ket_qua = ?, thong_diep = ?, "
                        + "ma_giao_dich = ?, failure = ?, outcome = ? WHERE submission_id = ? AND attempt_no = ?",
                ts(now), http, truncate(code, 20), truncate(message, MESSAGE_LENGTH), truncate(transaction, 100),
                truncate(attemptFailure, MESSAGE_LENGTH), outcome, claimed.id(), claimed.attemptNo());
        if (!holder) {
            return false;
        }
        SubmissionStatus next = SubmissionStatus.SENDING.moveTo(verdict.next());
        boolean accepted = next == SubmissionStatus.ACCEPTED;
        String lastMessage = joined(message, failure);
        // ACCEPTED is terminal, so the transaction id and reception time are written once, by the accepting answer
        String receipt = accepted ? "ma_giao_dich = ?, thoi_gian_tiep_nhan = ?, " : "";
        List<Object> args = new ArrayList<>();
        args.add(next.name());
        args.add(millis(verdict.nextAttemptAt() == null ? now : verdict.nextAttemptAt()));
        if (accepted) {
            args.add(truncate(transaction, 100));
            args.add(result.thoiGianTiepNhan() == null ? null : ts(result.thoiGianTiepNhan()));
        }
        args.add(truncate(code, 20));
        args.add(truncate(lastMessage, MESSAGE_LENGTH));
        args.add(ts(now));
        args.add(claimed.id());
        args.add(claimed.leaseToken());
        int changed = jdbc.update("UPDATE outbox_submission SET status = ?, next_attempt_ms = ?, "
                + "lease_owner = NULL, lease_token = NULL, lease_until_ms = NULL, " + receipt
                + "last_code = ?, last_message = ?, updated_at = ?, row_version = row_version + 1 "
                + "WHERE id = ? AND status = 'SENDING' AND lease_token = ?", args.toArray());
        if (changed == 1) {
            history.appendForSubmission(claimed.id(), stageOf(next), now, accepted ? transaction : null,
                    ClaimEvents.SYSTEM, joined(code == null ? null : "[" + code + "]", lastMessage));
        }
        return changed == 1;
    }

    // ------------------------------------------------------------------------------------------------ people

    /** DEAD or REJECTED back to QUEUED by a person, due now, with a fresh retry budget; the history stays. */
    public void requeue(long id, String actor, String reason, LocalDateTime now) {
        List<Object[]> rows = jdbc.query("SELECT status, row_version FROM outbox_submission WHERE id = ?",
                (rs, n) -> new Object[] {SubmissionStatus.valueOf(rs.getString(1)), rs.getLong(2)}, id);
        if (rows.isEmpty()) {
            throw new DomainException("export.outbox.notFound", id);
        }
        SubmissionStatus status = (SubmissionStatus) rows.get(0)[0];
        if (!SubmissionStatus.REQUEUEABLE.contains(status)) {
            throw new DomainException("export.outbox.notRequeueable", id, status.name());
        }
        status.moveTo(SubmissionStatus.QUEUED);
        int changed = jdbc.update("UPDATE outbox_submission SET status = 'QUEUED', next_attempt_ms = ?, "
                        + "attempt_base = attempt_count, updated_at = ?, row_version = row_version + 1 "
                        + "WHERE id = ? AND row_version = ? AND status = ?",
                millis(now), ts(now), id, rows.get(0)[1], status.name());
        if (changed != 1) {
            throw new DomainException("export.outbox.changedMeanwhile", id);
        }
        jdbc.update("INSERT INTO outbox_event (submission_id, happened_at, from_status, to_status, actor, reason) "
                + "VALUES (?, ?, ?, ?, ?, ?)", id, ts(now), status.name(), SubmissionStatus.QUEUED.name(),
                truncate(actor, 100), truncate(reason, 1000));
        history.appendForSubmission(id, ClaimStage.REQUEUED, now, null, actor, reason);
    }

    private static ClaimStage stageOf(SubmissionStatus status) {
        return switch (status) {
            case ACCEPTED -> ClaimStage.ACCEPTED;
            case RETRY -> ClaimStage.RETRY;
            case DEAD -> ClaimStage.DEAD;
            case REJECTED -> ClaimStage.REJECTED;
            default -> throw new IllegalStateException("no history stage for an answer moving to " + status);
        };
    }

    // ------------------------------------------------------------------------------------------------ reading

    public Optional<Submission> find(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM outbox_submission WHERE id = ?", SUBMISSION, id)
                .stream().findFirst();
    }

    public List<Submission> search(String facilityCode, Set<SubmissionStatus> statuses, LocalDateTime from,
                                   LocalDateTime to, int limit, int offset) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM outbox_submission WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (facilityCode != null) {
            sql.append(" AND facility_code = ?");
            args.add(facilityCode);
        }
        if (statuses != null && !statuses.isEmpty()) {
            sql.append(" AND status IN (").append(inList(statuses)).append(')');
        }
        if (from != null) {
            sql.append(" AND created_at >= ?");
            args.add(ts(from));
        }
        if (to != null) {
            sql.append(" AND created_at < ?");
            args.add(ts(to));
        }
        sql.append(" ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?");
        args.add(limit);
        args.add(offset);
        return jdbc.query(sql.toString(), SUBMISSION, args.toArray());
    }

    public List<SubmissionAttempt> attempts(long submissionId) {
        return jdbc.query("SELECT id, submission_id, attempt_no, node_id, started_at, finished_at, sha256, http_status, "
                + "ma_ket_qua, thong_diep, ma_giao_dich, failure, outcome FROM outbox_attempt WHERE submission_id = ? "
                + "ORDER BY attempt_no", (rs, n) -> new SubmissionAttempt(rs.getLong(1), rs.getLong(2), rs.getInt(3),
                rs.getString(4), time(rs, 5), time(rs, 6), rs.getString(7), (Integer) rs.getObject(8, Integer.class),
                rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13)), submissionId);
    }

    public List<SubmissionEvent> events(long submissionId) {
        return jdbc.query("SELECT submission_id, happened_at, from_status, to_status, actor, reason FROM outbox_event "
                        + "WHERE submission_id = ? ORDER BY id", (rs, n) -> new SubmissionEvent(rs.getLong(1),
                        time(rs, 2), SubmissionStatus.valueOf(rs.getString(3)), SubmissionStatus.valueOf(rs.getString(4)),
                        rs.getString(5), rs.getString(6)), submissionId);
    }

    /** The signed file; empty when the row does not exist or is not signed yet. */
    public Optional<byte[]> signedDocument(long id) {
        return jdbc.query("SELECT signed_document FROM outbox_submission WHERE id = ? AND signed_document IS NOT NULL",
                (rs, n) -> rs.getBytes(1), id).stream().findFirst();
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static final RowMapper<Submission> SUBMISSION = (rs, n) -> new Submission(rs.getLong(1),
            SubmissionKind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getLong(5), rs.getInt(6),
            SubmissionStatus.valueOf(rs.getString(7)), rs.getString(8), rs.getString(9), rs.getInt(10), epoch(rs, 11),
            rs.getString(12), epoch(rs, 13), rs.getString(14), time(rs, 15), rs.getString(16), rs.getString(17),
            time(rs, 18), time(rs, 19), rs.getLong(20));

    private static LocalDateTime time(ResultSet rs, int column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toLocalDateTime();
    }

    private static LocalDateTime epoch(ResultSet rs, int column) throws SQLException {
        Long value = rs.getObject(column, Long.class);
        return value == null ? null : LocalDateTime.ofInstant(Instant.ofEpochMilli(value), ClinicalTime.VIETNAM);
    }

    /** Wall-clock time in Asia/Ho_Chi_Minh as epoch milliseconds (the zone has no daylight saving). */
    static long millis(LocalDateTime time) {
        return time.atZone(ClinicalTime.VIETNAM).toInstant().toEpochMilli();
    }

    private static Timestamp ts(LocalDateTime time) {
        return Timestamp.valueOf(time);
    }

    /** Enum names only (never user input), so they are written into the SQL text. */
    private static String inList(Set<SubmissionStatus> statuses) {
        return statuses.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));
    }

    private static String joined(String first, String second) {
        if (first == null || first.isBlank()) {
            return second;
        }
        if (second == null || second.isBlank()) {
            return first;
        }
        return first + " — " + second;
    }

    static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
