package vn.his.web.officer;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.his.web.api.PageView;

/**
 * Read-only SQL over export's {@code claim_version} and {@code outbox_submission} for the insurance officer's
 * screens, always for facility codes already resolved from the user's scope by {@link OfficerService} (an empty list
 * means every facility, for an administrator only). A claim is counted by its latest version (highest claim_no of the
 * MA_LK); the period is on its NGAY_RA (discharge day), the day the TT 48 deadlines and the monthly summaries count
 * from; amounts are T_BHTT, the part the fund is asked to pay.
 */
@Component
public class OfficerQueries {

    private static final String LATEST = " from claim_version c left join outbox_submission s on s.id = c.submission_id"
            + " where c.claim_no = (select max(c2.claim_no) from claim_version c2 where c2.ma_lk = c.ma_lk)";

    private final JdbcTemplate jdbc;

    public OfficerQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims (MA_LK) discharged on one day. */
    public record DayCount(LocalDate day, long claims) {
    }

    /**
     * One facility's figures over the period: claims, how many dossiers the gateway accepted and how many it refused
     * (REJECTED or DEAD), T_BHTT claimed (every claim) and accepted (claims whose dossier was accepted).
     */
    public record FacilityFigures(String facilityCode, long claims, long accepted, long refused, BigDecimal claimed,
                                  BigDecimal acceptedAmount) {
        /** Accepted share of the decided dossiers in percent, null while none is decided. */
        public BigDecimal acceptanceRate() {
            long decided = accepted + refused;
            return decided == 0 ? null : BigDecimal.valueOf(accepted * 100).divide(BigDecimal.valueOf(decided), 1,
                    java.math.RoundingMode.HALF_UP);
        }
    }

    /** One claim of the officer's list: its latest version and its dossier's delivery. */
    public record ClaimRow(String maLk, String facilityCode, int claimNo, String patientCode, String patientName,
                           LocalDateTime dischargeTime, BigDecimal tTongchiBv, BigDecimal tBhtt, String claimStatus,
                           int errorCount, int warningCount, Long submissionId, String submissionStatus,
                           String lastCode, String lastMessage, long encounterId) {
        public ClaimState state() {
            if ("HELD_WITH_ERRORS".equals(claimStatus) || submissionStatus == null) {
                return "HELD_WITH_ERRORS".equals(claimStatus) ? ClaimState.HELD_WITH_ERRORS : null;
            }
            try {
                return ClaimState.valueOf(submissionStatus);
            } catch (IllegalArgumentException e) {
                return null; // SUPERSEDED: a newer version is on its way
            }
        }
    }

    /** Claims per discharge day, every day of the period present (zero when none). */
    public List<DayCount> claimsPerDay(List<String> codes, LocalDate from, LocalDate to) {
        List<Object> args = new ArrayList<>();
        String where = period(codes, from, to, args);
        List<DayCount> found = jdbc.query("select cast(c.discharge_time as date) d, count(*)" + LATEST + where
                + " group by cast(c.discharge_time as date) order by d", (rs, n) -> new DayCount(
                rs.getDate(1).toLocalDate(), rs.getLong(2)), args.toArray());
        List<DayCount> all = new ArrayList<>();
        int i = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (i < found.size() && found.get(i).day().equals(d)) {
                all.add(found.get(i++));
            } else {
                all.add(new DayCount(d, 0));
            }
        }
        return all;
    }

    public List<FacilityFigures> perFacility(List<String> codes, LocalDate from, LocalDate to) {
        List<Object> args = new ArrayList<>();
        String where = period(codes, from, to, args);
        return jdbc.query("select c.facility_code, count(*),"
                + " sum(case when s.status = 'ACCEPTED' then 1 else 0 end),"
                + " sum(case when s.status in ('REJECTED', 'DEAD') then 1 else 0 end),"
                + " sum(c.t_bhtt), sum(case when s.status = 'ACCEPTED' then c.t_bhtt else 0 end)"
                + LATEST + where + " group by c.facility_code order by c.facility_code",
                (rs, n) -> new FacilityFigures(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        money(rs.getBigDecimal(5)), money(rs.getBigDecimal(6))), args.toArray());
    }

    public PageView<ClaimRow> claims(List<String> codes, LocalDate from, LocalDate to, ClaimState state, int page,
                                     int size) {
        List<Object> args = new ArrayList<>();
        String where = period(codes, from, to, args);
        if (state != null) {
            where += " and " + state.condition();
        }
        Long total = jdbc.queryForObject("select count(*)" + LATEST + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(size);
        pageArgs.add((long) page * size);
        List<ClaimRow> rows = jdbc.query("select c.ma_lk, c.facility_code, c.claim_no, c.patient_code,"
                + " c.patient_name, c.discharge_time, c.t_tongchi_bv, c.t_bhtt, c.status, c.error_count,"
                + " c.warning_count, s.id, s.status, s.last_code, s.last_message, c.encounter_id" + LATEST + where
                + " order by c.discharge_time desc, c.id desc limit ? offset ?", OfficerQueries::claimRow,
                pageArgs.toArray());
        return new PageView<>(rows, page, size, total == null ? 0 : total);
    }

    private static String period(List<String> codes, LocalDate from, LocalDate to, List<Object> args) {
        StringBuilder where = new StringBuilder();
        if (!codes.isEmpty()) {
            where.append(" and c.facility_code in (").append(String.join(", ", Collections.nCopies(codes.size(), "?")))
                    .append(')');
            args.addAll(codes);
        }
        if (from != null) {
            where.append(" and c.discharge_time >= ?");
            args.add(Timestamp.valueOf(from.atStartOfDay()));
        }
        if (to != null) {
            where.append(" and c.discharge_time < ?");
            args.add(Timestamp.valueOf(to.plusDays(1).atStartOfDay()));
        }
        return where.toString();
    }

    private static ClaimRow claimRow(ResultSet rs, int n) throws SQLException {
        long submission = rs.getLong(12);
        Long submissionId = rs.wasNull() ? null : submission;
        Timestamp discharge = rs.getTimestamp(6);
        return new ClaimRow(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                discharge == null ? null : discharge.toLocalDateTime(), rs.getBigDecimal(7), rs.getBigDecimal(8),
                rs.getString(9), rs.getInt(10), rs.getInt(11), submissionId, rs.getString(13), rs.getString(14),
                rs.getString(15), rs.getLong(16));
    }

    private static BigDecimal money(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }

}
