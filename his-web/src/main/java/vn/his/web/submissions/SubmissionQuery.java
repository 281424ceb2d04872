package vn.his.web.submissions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.his.export.outbox.SubmissionKind;
import vn.his.export.outbox.SubmissionStatus;
import vn.his.web.api.PageView;

/**
 * Pages of export's {@code outbox_submission} (read only; the signed bytes are never read here), newest first, for
 * facility codes already checked against the user's scope (an empty list means every facility, for an
 * administrator only: {@link SubmissionService} decides).
 */
@Component
public class SubmissionQuery {

    private static final String COLUMNS = "id, kind, ma_lk, facility_code, encounter_id, claim_version, status, "
            + "attempt_count, sha256, last_code, last_message, ma_giao_dich, thoi_gian_tiep_nhan, created_at, "
            + "updated_at";

    private final JdbcTemplate jdbc;

    public SubmissionQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public PageView<SubmissionSummary> page(SubmissionFilter filter, int page, int size) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> args = new ArrayList<>();
        if (!filter.facilities().isEmpty()) {
            where.append(" and facility_code in (")
                    .append(String.join(", ", Collections.nCopies(filter.facilities().size(), "?"))).append(')');
            args.addAll(filter.facilities());
        }
        if (!filter.statuses().isEmpty()) {
            // enum names only, never user text
            where.append(" and status in (").append(filter.statuses().stream().map(s -> "'" + s.name() + "'")
                    .sorted().collect(Collectors.joining(", "))).append(')');
        }
        if (filter.kind() != null) {
            where.append(" and kind = ?");
            args.add(filter.kind().name());
        }
        if (filter.maLk() != null) {
            where.append(" and ma_lk = ?");
            args.add(filter.maLk());
        }
        if (filter.from() != null) {
            where.append(" and created_at >= ?");
            args.add(Timestamp.valueOf(filter.from().atStartOfDay()));
        }
        if (filter.to() != null) {
            where.append(" and created_at < ?");
            args.add(Timestamp.valueOf(filter.to().plusDays(1).atStartOfDay()));
        }
        Long total = jdbc.queryForObject("select count(*) from outbox_submission" + where, Long.class,
                args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(size);
        pageArgs.add((long) page * size);
        List<SubmissionSummary> rows = jdbc.query("select " + COLUMNS + " from outbox_submission" + where
                + " order by created_at desc, id desc limit ? offset ?", SubmissionQuery::row, pageArgs.toArray());
        return new PageView<>(rows, page, size, total == null ? 0 : total);
    }

    /** Every submission of one MA_LK at one facility (check-ins and dossier versions), oldest first. */
    public List<SubmissionSummary> ofClaim(String facilityCode, String maLk) {
        return jdbc.query("select " + COLUMNS + " from outbox_submission where facility_code = ? and ma_lk = ?"
                + " order by created_at, id", SubmissionQuery::row, facilityCode, maLk);
    }

    private static SubmissionSummary row(ResultSet rs, int n) throws SQLException {
        return new SubmissionSummary(rs.getLong(1), SubmissionKind.valueOf(rs.getString(2)), rs.getString(3),
                rs.getString(4), rs.getLong(5), rs.getInt(6), SubmissionStatus.valueOf(rs.getString(7)), rs.getInt(8),
                rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12), time(rs, 13), time(rs, 14),
                time(rs, 15));
    }

    private static LocalDateTime time(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toLocalDateTime();
    }
}
