package vn.his.export.claim;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import vn.his.export.assessment.Finding;
import vn.his.export.assessment.Severity;
import vn.his.export.reconcile.ClaimEvents;
import vn.his.export.reconcile.ClaimStage;
import vn.his.export.xml.TableDocument;

/**
 * The frozen claim versions (tables {@code claim_version}, {@code claim_table}, {@code claim_finding}). Versions are
 * only ever added; what changes on a stored version is its status (and, after a re-assessment of identical
 * documents, its findings).
 */
@Repository
public class ClaimStore {

    private static final String UNIT_SEPARATOR = "\u001f";
    private static final String COLUMNS = "id, encounter_id, ma_lk, facility_code, claim_no, priced_version, reason, "
            + "reason_text, schema_version, ngay_lap, patient_code, patient_name, arrival_time, discharge_time, "
            + "payment_time, t_tongchi_bv, t_bhtt, t_bncct, t_bntt, status, error_count, warning_count, "
            + "submission_id, created_at";

    private final JdbcTemplate jdbc;
    /** The status history: the assessment, queueing, holding and replacement of versions are appended here. */
    private final ClaimEvents history;

    public ClaimStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.history = new ClaimEvents(jdbc);
    }

    /** What a new version holds. */
    public record NewClaim(long encounterId, String maLk, String facilityCode, int claimNo, int pricedVersion,
                           ClaimReason reason, String reasonText, String schemaVersion, LocalDate ngayLap,
                           String patientCode, String patientName, LocalDateTime arrivalTime,
                           LocalDateTime dischargeTime, LocalDateTime paymentTime, java.math.BigDecimal tTongchiBv,
                           java.math.BigDecimal tBhtt, java.math.BigDecimal tBncct, java.math.BigDecimal tBntt,
                           ClaimStatus status, Long submissionId, LocalDateTime createdAt,
                           List<TableDocument> tables, List<Finding> findings) {
    }

    public long insert(NewClaim c) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement("INSERT INTO claim_version (encounter_id, ma_lk, facility_code, "
                    + "claim_no, priced_version, reason, reason_text, schema_version, ngay_lap, patient_code, "
                    + "patient_name, arrival_time, discharge_time, payment_time, t_tongchi_bv, t_bhtt, t_bncct, t_bntt, "
                    + "status, error_count, warning_count, submission_id, created_at, status_changed_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            int i = 1;
            ps.setLong(i++, c.encounterId());
            ps.setString(i++, c.maLk());
            ps.setString(i++, c.facilityCode());
            ps.setInt(i++, c.claimNo());
            ps.setInt(i++, c.pricedVersion());
            ps.setString(i++, c.reason().name());
            ps.setString(i++, c.reasonText());
            ps.setString(i++, c.schemaVersion());
            ps.setObject(i++, c.ngayLap());
            ps.setString(i++, c.patientCode());
            ps.setString(i++, c.patientName());
            ps.setTimestamp(i++, Timestamp.valueOf(c.arrivalTime()));
            ps.setTimestamp(i++, Timestamp.valueOf(c.dischargeTime()));
            ps.setTimestamp(i++, c.paymentTime() == null ? null : Timestamp.valueOf(c.paymentTime()));
            ps.setBigDecimal(i++, c.tTongchiBv());
            ps.setBigDecimal(i++, c.tBhtt());
            ps.setBigDecimal(i++, c.tBncct());
            ps.setBigDecimal(i++, c.tBntt());
            ps.setString(i++, c.status().name());
            ps.setInt(i++, (int) c.findings().stream().filter(f -> f.severity() == Severity.ERROR).count());
            ps.setInt(i++, (int) c.findings().stream().filter(f -> f.severity() == Severity.WARNING).count());
            if (c.submissionId() == null) {
                ps.setNull(i++, java.sql.Types.BIGINT);
            } else {
                ps.setLong(i++, c.submissionId());
            }
            ps.setTimestamp(i++, Timestamp.valueOf(c.createdAt()));
            ps.setTimestamp(i, Timestamp.valueOf(c.createdAt()));
            return ps;
        }, key);
        long id = key.getKey().longValue();
        int seq = 0;
        for (TableDocument t : c.tables()) {
            byte[] content = t.content();
            jdbc.update("INSERT INTO claim_table (claim_version_id, table_code, seq, content, sha256) VALUES (?, ?, ?, ?, ?)",
                    id, t.loaiHoSo(), seq++, content, sha256(content));
        }
        insertFindings(id, c.findings());
        if (c.claimNo() > 1 && (c.reason() == ClaimReason.CORRECTION || c.reason() == ClaimReason.REASSESSMENT)) {
            history.append(ClaimEvents.Event.of(c.maLk(), c.claimNo() - 1, c.facilityCode(), ClaimStage.CORRECTED,
                    c.createdAt(), ClaimEvents.SYSTEM, "→ " + c.claimNo() + (c.reasonText() == null ? ""
                            : ": " + c.reasonText())));
        }
        appendAssessed(c.maLk(), c.claimNo(), c.facilityCode(), c.tBhtt(), c.findings(), c.status(),
                c.submissionId(), c.createdAt());
        return id;
    }

    /** ASSESSED with the claimed T_BHTT and the counts, then QUEUED (with the outbox row) or HELD_WITH_ERRORS. */
    private void appendAssessed(String maLk, int claimNo, String facility, java.math.BigDecimal tBhtt,
                                List<Finding> findings, ClaimStatus status, Long submissionId, LocalDateTime at) {
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
        history.append(new ClaimEvents.Event(maLk, claimNo, facility, ClaimStage.ASSESSED, at, tBhtt, null, null, null,
                null, null, ClaimEvents.SYSTEM, "errors=" + errors + " warnings=" + warnings));
        ClaimStage next = status == ClaimStatus.QUEUED ? ClaimStage.QUEUED
                : status == ClaimStatus.HELD_WITH_ERRORS ? ClaimStage.HELD_WITH_ERRORS : ClaimStage.SUPERSEDED;
        history.append(new ClaimEvents.Event(maLk, claimNo, facility, next, at, null, null, null, submissionId, null,
                null, ClaimEvents.SYSTEM, null));
    }

    private void insertFindings(long id, List<Finding> findings) {
        int seq = 0;
        for (Finding f : findings) {
            jdbc.update("INSERT INTO claim_finding (claim_version_id, seq, severity, table_code, field_name, row_stt, "
                            + "rule_id, args, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    id, seq++, f.severity().name(), f.table(), f.field(), f.rowStt(), f.ruleId(),
                    truncate(String.join(UNIT_SEPARATOR, f.args()), 4000), truncate(f.message(), 2000));
        }
    }

    /** Replaces the findings and the status of a version (re-assessment of the same documents). */
    public void reassessed(long id, List<Finding> findings, ClaimStatus status, Long submissionId, LocalDateTime at) {
        jdbc.update("DELETE FROM claim_finding WHERE claim_version_id = ?", id);
        insertFindings(id, findings);
        jdbc.update("UPDATE claim_version SET status = ?, error_count = ?, warning_count = ?, submission_id = ?, "
                        + "status_changed_at = ? WHERE id = ?",
                status.name(), (int) findings.stream().filter(f -> f.severity() == Severity.ERROR).count(),
                (int) findings.stream().filter(f -> f.severity() == Severity.WARNING).count(), submissionId,
                Timestamp.valueOf(at), id);
        jdbc.query("SELECT ma_lk, claim_no, facility_code, t_bhtt FROM claim_version WHERE id = ?", rs -> {
            appendAssessed(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getBigDecimal(4), findings, status,
                    submissionId, at);
        }, id);
    }

    /** Held versions of the encounter older than {@code claimNo} need no fix any more. */
    public void supersedeHeldBefore(String maLk, int claimNo, LocalDateTime at) {
        jdbc.query("SELECT claim_no, facility_code FROM claim_version WHERE ma_lk = ? AND claim_no < ? AND status = ? "
                        + "ORDER BY claim_no", rs -> {
                    history.append(ClaimEvents.Event.of(maLk, rs.getInt(1), rs.getString(2), ClaimStage.SUPERSEDED, at,
                            ClaimEvents.SYSTEM, "→ " + claimNo));
                }, maLk, claimNo, ClaimStatus.HELD_WITH_ERRORS.name());
        jdbc.update("UPDATE claim_version SET status = ?, status_changed_at = ? WHERE ma_lk = ? AND claim_no < ? "
                + "AND status = ?", ClaimStatus.SUPERSEDED.name(), Timestamp.valueOf(at), maLk, claimNo,
                ClaimStatus.HELD_WITH_ERRORS.name());
    }

    public Optional<StoredClaim> latest(String maLk) {
        return jdbc.query("SELECT " + COLUMNS + " FROM claim_version WHERE ma_lk = ? ORDER BY claim_no DESC LIMIT 1",
                MAPPER, maLk).stream().findFirst();
    }

    public Optional<StoredClaim> version(String maLk, int claimNo) {
        return jdbc.query("SELECT " + COLUMNS + " FROM claim_version WHERE ma_lk = ? AND claim_no = ?", MAPPER, maLk,
                claimNo).stream().findFirst();
    }

    /** Every version of the encounter, oldest first. */
    public List<StoredClaim> versions(String maLk) {
        return jdbc.query("SELECT " + COLUMNS + " FROM claim_version WHERE ma_lk = ? ORDER BY claim_no", MAPPER, maLk);
    }

    /** Versions in a status, optionally of some facilities, oldest first. */
    public List<StoredClaim> withStatus(ClaimStatus status, Collection<String> facilities, int limit) {
        return withStatus(status, facilities, 0, limit);
    }

    /** The claim versions in {@code status} of the facilities (all when empty), oldest first, from {@code offset}. */
    public List<StoredClaim> withStatus(ClaimStatus status, Collection<String> facilities, long offset, int limit) {
        List<Object> args = new ArrayList<>(List.of(status.name()));
        String where = "status = ?" + facilityFilter(facilities, args);
        args.add(limit);
        args.add(offset);
        return jdbc.query("SELECT " + COLUMNS + " FROM claim_version WHERE " + where
                + " ORDER BY created_at, id LIMIT ? OFFSET ?", MAPPER, args.toArray());
    }

    /** How many claim versions {@link #withStatus} would list without a limit. */
    public long countWithStatus(ClaimStatus status, Collection<String> facilities) {
        List<Object> args = new ArrayList<>(List.of(status.name()));
        String where = "status = ?" + facilityFilter(facilities, args);
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM claim_version WHERE " + where, Long.class, args.toArray());
        return n == null ? 0 : n;
    }

    /**
     * One page of the latest version of each encounter whose NGAY_RA falls in [{@code from}, {@code toExclusive}),
     * of the given facilities (all when empty), in MA_LK order after {@code afterMaLk} (keyset paging, so a period
     * is read page by page and never held in memory whole).
     */
    public List<StoredClaim> latestInPeriod(Collection<String> facilities, LocalDateTime from, LocalDateTime toExclusive,
                                           String afterMaLk, int pageSize) {
        List<Object> args = new ArrayList<>();
        args.add(Timestamp.valueOf(from));
        args.add(Timestamp.valueOf(toExclusive));
        args.add(afterMaLk == null ? "" : afterMaLk);
        String where = "cv.discharge_time >= ? AND cv.discharge_time < ? AND cv.ma_lk > ?"
                + facilityFilter(facilities, args).replace("facility_code", "cv.facility_code");
        args.add(pageSize);
        return jdbc.query("SELECT " + COLUMNS.replaceAll("(\\w+)", "cv.$1") + " FROM claim_version cv WHERE " + where
                + " AND cv.claim_no = (SELECT MAX(x.claim_no) FROM claim_version x WHERE x.ma_lk = cv.ma_lk)"
                + " ORDER BY cv.ma_lk LIMIT ?", MAPPER, args.toArray());
    }

    /**
     * Like {@link #latestInPeriod}, restricted to encounters that are SETTLED now (an encounter being corrected is
     * left out until its new version is frozen): one query per page instead of one encounter load per claim.
     */
    public List<StoredClaim> latestSettledInPeriod(Collection<String> facilities, LocalDateTime from,
                                                   LocalDateTime toExclusive, String afterMaLk, int pageSize) {
        List<Object> args = new ArrayList<>();
        args.add(Timestamp.valueOf(from));
        args.add(Timestamp.valueOf(toExclusive));
        args.add(afterMaLk == null ? "" : afterMaLk);
        String where = "cv.discharge_time >= ? AND cv.discharge_time < ? AND cv.ma_lk > ?"
                + facilityFilter(facilities, args).replace("facility_code", "cv.facility_code");
        args.add(pageSize);
        return jdbc.query("SELECT " + COLUMNS.replaceAll("(\\w+)", "cv.$1") + " FROM claim_version cv"
                + " JOIN encounter e ON e.id = cv.encounter_id AND e.status = 'SETTLED' WHERE " + where
                + " AND cv.claim_no = (SELECT MAX(x.claim_no) FROM claim_version x WHERE x.ma_lk = cv.ma_lk)"
                + " ORDER BY cv.ma_lk LIMIT ?", MAPPER, args.toArray());
    }

    /** The documents of several versions (one query), each in FILEHOSO order; the SHA-256 of each is checked. */
    public Map<Long, List<TableDocument>> tables(Collection<Long> claimIds) {
        Map<Long, List<TableDocument>> byClaim = new LinkedHashMap<>();
        if (claimIds.isEmpty()) {
            return byClaim;
        }
        jdbc.query("SELECT claim_version_id, table_code, content, sha256 FROM claim_table WHERE claim_version_id IN ("
                + String.join(", ", claimIds.stream().map(i -> "?").toList()) + ") ORDER BY claim_version_id, seq",
                (ResultSet rs) -> {
                    long claimId = rs.getLong("claim_version_id");
                    byte[] content = rs.getBytes("content");
                    if (!sha256(content).equals(rs.getString("sha256"))) {
                        throw new IllegalStateException("Stored table " + rs.getString("table_code") + " of claim "
                                + claimId + " does not match its SHA-256");
                    }
                    byClaim.computeIfAbsent(claimId, k -> new ArrayList<>())
                            .add(new TableDocument(rs.getString("table_code"), content));
                }, claimIds.toArray());
        return byClaim;
    }

    /** The findings of several versions (one query), each in order; versions without findings are absent. */
    public Map<Long, List<StoredFinding>> findings(Collection<Long> claimIds) {
        Map<Long, List<StoredFinding>> byClaim = new LinkedHashMap<>();
        if (claimIds.isEmpty()) {
            return byClaim;
        }
        jdbc.query("SELECT claim_version_id, severity, table_code, field_name, row_stt, rule_id, args, message"
                + " FROM claim_finding WHERE claim_version_id IN ("
                + String.join(", ", claimIds.stream().map(i -> "?").toList()) + ") ORDER BY claim_version_id, seq",
                (ResultSet rs) -> {
                    byClaim.computeIfAbsent(rs.getLong("claim_version_id"), k -> new ArrayList<>())
                            .add(FINDING.mapRow(rs, 0));
                }, claimIds.toArray());
        return byClaim;
    }

    /** The documents of a version in FILEHOSO order (XML0 first when present). */
    public List<TableDocument> tables(long claimId) {
        return jdbc.query("SELECT table_code, content, sha256 FROM claim_table WHERE claim_version_id = ? ORDER BY seq",
                (rs, n) -> {
                    byte[] content = rs.getBytes("content");
                    if (!sha256(content).equals(rs.getString("sha256"))) {
                        throw new IllegalStateException("Stored table " + rs.getString("table_code") + " of claim "
                                + claimId + " does not match its SHA-256");
                    }
                    return new TableDocument(rs.getString("table_code"), content);
                }, claimId);
    }

    public List<StoredFinding> findings(long claimId) {
        return jdbc.query("SELECT severity, table_code, field_name, row_stt, rule_id, args, message FROM claim_finding "
                + "WHERE claim_version_id = ? ORDER BY seq", FINDING, claimId);
    }

    private static final RowMapper<StoredFinding> FINDING = (ResultSet rs, int n) -> new StoredFinding(
            Severity.valueOf(rs.getString("severity")), rs.getString("table_code"), rs.getString("field_name"),
            (Integer) rs.getObject("row_stt", Integer.class), rs.getString("rule_id"),
            rs.getString("args").isEmpty() ? List.of() : Arrays.asList(rs.getString("args").split(UNIT_SEPARATOR, -1)),
            rs.getString("message"));

    private static String facilityFilter(Collection<String> facilities, List<Object> args) {
        if (facilities == null || facilities.isEmpty()) {
            return "";
        }
        args.addAll(facilities);
        return " AND facility_code IN (" + String.join(", ", facilities.stream().map(f -> "?").toList()) + ")";
    }

    private static final RowMapper<StoredClaim> MAPPER = (ResultSet rs, int n) -> new StoredClaim(
            rs.getLong("id"), rs.getLong("encounter_id"), rs.getString("ma_lk"), rs.getString("facility_code"),
            rs.getInt("claim_no"), rs.getInt("priced_version"), ClaimReason.valueOf(rs.getString("reason")),
            rs.getString("reason_text"), rs.getString("schema_version"), rs.getObject("ngay_lap", LocalDate.class),
            rs.getString("patient_code"), rs.getString("patient_name"), time(rs, "arrival_time"),
            time(rs, "discharge_time"), time(rs, "payment_time"), rs.getBigDecimal("t_tongchi_bv"),
            rs.getBigDecimal("t_bhtt"), rs.getBigDecimal("t_bncct"), rs.getBigDecimal("t_bntt"),
            ClaimStatus.valueOf(rs.getString("status")), rs.getInt("error_count"), rs.getInt("warning_count"),
            (Long) rs.getObject("submission_id", Long.class), time(rs, "created_at"));

    private static LocalDateTime time(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toLocalDateTime();
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
