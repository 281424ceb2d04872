package vn.his.web.settlement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.his.web.api.PageView;
import vn.his.web.security.FacilityScope;

/**
 * The clerk's queues inside a facility scope, one page at a time, latest discharge first. "To settle": FINISHED or
 * CORRECTING encounters. "Settled, unpaid": SETTLED encounters whose current (highest) version has no row in
 * {@code billing_payment}. Plain SQL over core's {@code encounter} and billing's ledger tables (read only).
 */
@Component
public class SettlementWorklist {

    private static final String FROM = " from encounter e join patient p on p.id = e.patient_id"
            + " join facility f on f.id = e.facility_id";
    private static final String UNPAID = " join billing_settled_version v on v.encounter_id = e.id"
            + " and v.version_no = (select max(v2.version_no) from billing_settled_version v2"
            + " where v2.encounter_id = e.id)"
            + " left join billing_payment bp on bp.encounter_id = v.encounter_id and bp.version_no = v.version_no";

    /**
     * Errors and warnings of the pre-submission assessment of the encounter's latest claim version (export's
     * {@code claim_version}); null before the first settlement made one.
     */
    private static final String LATEST_CLAIM = ", (select cv.error_count from claim_version cv where cv.encounter_id = e.id"
            + " and cv.claim_no = (select max(cv2.claim_no) from claim_version cv2 where cv2.encounter_id = e.id))"
            + " as claim_errors, (select cv.warning_count from claim_version cv where cv.encounter_id = e.id"
            + " and cv.claim_no = (select max(cv2.claim_no) from claim_version cv2 where cv2.encounter_id = e.id))"
            + " as claim_warnings";

    private final JdbcTemplate jdbc;

    public SettlementWorklist(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public PageView<WorklistRow> page(FacilityScope scope, WorklistStatus status, int page, int size) {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (scope.facilityId() != null) {
            where.append(" and e.facility_id = ?");
            args.add(scope.facilityId());
        }
        if (scope.provinceCode() != null) {
            where.append(" and f.province_code = ?");
            args.add(scope.provinceCode());
        }
        String from;
        String columns;
        if (status == WorklistStatus.FINISHED) {
            from = FROM;
            where.append(" and e.status in ('FINISHED', 'CORRECTING')");
            columns = ", null as version_no, null as due";
        } else {
            from = FROM + UNPAID;
            where.append(" and e.status = 'SETTLED' and bp.encounter_id is null");
            columns = ", v.version_no, v.t_bncct + v.t_bntt as due";
        }
        Long total = jdbc.queryForObject("select count(*)" + from + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(size);
        pageArgs.add((long) page * size);
        List<WorklistRow> rows = jdbc.query("select e.id, e.ma_lk, p.patient_code, p.full_name, e.status,"
                + " e.arrival_time, e.discharge_time" + columns + LATEST_CLAIM + from + where
                + " order by e.discharge_time desc, e.id desc limit ? offset ?", this::row, pageArgs.toArray());
        return new PageView<>(rows, page, size, total == null ? 0 : total);
    }

    private WorklistRow row(ResultSet rs, int n) throws SQLException {
        int version = rs.getInt("version_no");
        Integer v = rs.wasNull() ? null : version;
        return new WorklistRow(rs.getLong("id"), rs.getString("ma_lk"), rs.getString("patient_code"),
                rs.getString("full_name"), rs.getString("status"), time(rs.getTimestamp("arrival_time")),
                time(rs.getTimestamp("discharge_time")), v, rs.getBigDecimal("due"),
                rs.getObject("claim_errors", Integer.class), rs.getObject("claim_warnings", Integer.class));
    }

    private static LocalDateTime time(Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }
}
