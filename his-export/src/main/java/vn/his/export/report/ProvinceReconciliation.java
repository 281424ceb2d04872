package vn.his.export.report;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Claimed vs accepted vs refused of the claims of a province in a month, computed once for the workbook
 * ({@link ProvinceReconciliationReport}) and the screens. The claims are the rows of {@link ClaimReportRows} (per
 * MA_LK the newest claim version that is not SUPERSEDED, NGAY_RA in the month); claimed is XML1 T_BHTT; refused the
 * sum of the matched assessment results of that version; accepted = claimed − refused for an assessed claim; a claim
 * without any result is "not yet assessed", so claimed = accepted + refused + pending on every row and total.
 */
@Component
public class ProvinceReconciliation {

    private final ClaimReportRows rows;
    private final JdbcTemplate jdbc;

    public ProvinceReconciliation(ClaimReportRows rows, JdbcTemplate jdbc) {
        this.rows = rows;
        this.jdbc = jdbc;
    }

    /** One claim with its reconciled amounts. */
    public record Claim(ClaimReportRow row, boolean assessed, BigDecimal claimed, BigDecimal accepted,
                        BigDecimal refused, BigDecimal pending) {
    }

    /** The figures of one facility (or of the province, code null). */
    public record Figures(String facilityCode, int claims, int assessedClaims, BigDecimal claimed, BigDecimal accepted,
                          BigDecimal refused, BigDecimal pending) {

        static Figures empty(String code) {
            return new Figures(code, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
        }

        Figures plus(Claim c) {
            return new Figures(facilityCode, claims + 1, assessedClaims + (c.assessed() ? 1 : 0),
                    claimed.add(c.claimed()), accepted.add(c.accepted()), refused.add(c.refused()),
                    pending.add(c.pending()));
        }

        /** Refused ÷ (accepted + refused), 0 when nothing was assessed. */
        public BigDecimal refusedRate() {
            BigDecimal assessed = accepted.add(refused);
            return assessed.signum() == 0 ? BigDecimal.ZERO
                    : refused.divide(assessed, 4, java.math.RoundingMode.HALF_UP);
        }
    }

    /** A refusal reason (MA_LY_DO, else its text) with its lines, claims and amount. */
    public record Reason(String code, String text, int lines, int claims, BigDecimal amount) {
    }

    /** The month's result: per facility (by code), the province total, the reasons ranked by amount. */
    public record Result(YearMonth month, Map<String, Figures> perFacility, Figures total, List<Reason> reasons,
                         Map<String, String> facilityNames) {
    }

    private record Refusal(long claimVersionId, String code, String text, BigDecimal amount) {
    }

    /** Computes the month, handing each claim to {@code sink} in the order of the report (facility, NGAY_RA, MA_LK). */
    public Result compute(String province, YearMonth month, Consumer<Claim> sink) {
        Timestamp from = Timestamp.valueOf(month.atDay(1).atStartOfDay());
        Timestamp to = Timestamp.valueOf(month.plusMonths(1).atDay(1).atStartOfDay());
        // every matched result of the versions discharged in the month in the province (bounded by the results, not
        // by the claims); only those of the reported versions count
        Map<Long, BigDecimal> refusedByVersion = new HashMap<>();
        List<Refusal> refusals = new ArrayList<>();
        jdbc.query("SELECT r.claim_version_id, r.reason_code, r.reason_text, r.amount_refused FROM assessment_result r "
                + "JOIN claim_version cv ON cv.id = r.claim_version_id WHERE r.outcome = 'MATCHED' "
                + "AND cv.discharge_time >= ? AND cv.discharge_time < ? AND cv.encounter_id IN (SELECT e.id FROM "
                + "encounter e JOIN facility f ON f.id = e.facility_id WHERE f.province_code = ?)", rs -> {
            Refusal r = new Refusal(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4));
            refusedByVersion.merge(r.claimVersionId(), r.amount(), BigDecimal::add);
            if (r.amount().signum() > 0) {
                refusals.add(r);
            }
        }, from, to, province);
        Map<String, String> names = new HashMap<>();
        jdbc.query("SELECT c.code, f.name FROM facility_code c JOIN facility f ON f.id = c.facility_id "
                + "WHERE f.province_code = ? ORDER BY c.valid_from", rs -> {
            names.put(rs.getString(1), rs.getString(2));
        }, province);

        Map<String, Figures> perFacility = new TreeMap<>();
        Figures[] total = {Figures.empty(null)};
        Set<Long> reported = new HashSet<>();
        rows.stream(ReportScope.province(province), month, r -> {
            BigDecimal refused = refusedByVersion.get(r.claimVersionId());
            boolean assessed = refused != null;
            Claim c = new Claim(r, assessed, r.tBhtt(), assessed ? r.tBhtt().subtract(refused) : BigDecimal.ZERO,
                    assessed ? refused : BigDecimal.ZERO, assessed ? BigDecimal.ZERO : r.tBhtt());
            if (assessed) {
                reported.add(r.claimVersionId());
            }
            perFacility.merge(r.facilityCode(), Figures.empty(r.facilityCode()).plus(c), (old, one) -> old.plus(c));
            total[0] = total[0].plus(c);
            sink.accept(c);
        });
        return new Result(month, Collections.unmodifiableMap(perFacility), total[0], rank(refusals, reported),
                Collections.unmodifiableMap(names));
    }

    /**
     * The refusal reasons of several months (each a {@link Result} of {@link #compute}) added up by reason (MA_LY_DO,
     * else the text) and ranked by amount: a claim belongs to the one month of its NGAY_RA, so lines and claims add.
     */
    public static List<Reason> rankAcross(List<Result> months) {
        Map<String, Reason> reasons = new LinkedHashMap<>();
        for (Result r : months) {
            for (Reason reason : r.reasons()) {
                String key = reason.code() != null ? "C:" + reason.code() : "T:" + reason.text();
                reasons.merge(key, reason, (a, b) -> new Reason(a.code(), a.text() != null ? a.text() : b.text(),
                        a.lines() + b.lines(), a.claims() + b.claims(), a.amount().add(b.amount())));
            }
        }
        List<Reason> ranked = new ArrayList<>(reasons.values());
        ranked.sort(Comparator.comparing(Reason::amount).reversed()
                .thenComparing(r -> r.code() == null ? "" : r.code()));
        return List.copyOf(ranked);
    }

    private static List<Reason> rank(List<Refusal> refusals, Set<Long> reported) {
        record Acc(String code, String text, BigDecimal amount, int lines, Set<Long> claims) {
        }
        Map<String, Acc> byReason = new LinkedHashMap<>();
        for (Refusal r : refusals) {
            if (!reported.contains(r.claimVersionId())) {
                continue;
            }
            String key = r.code() != null ? "C:" + r.code() : "T:" + r.text();
            Acc old = byReason.get(key);
            Set<Long> claims = old == null ? new HashSet<>() : old.claims();
            claims.add(r.claimVersionId());
            byReason.put(key, new Acc(r.code(), old != null && old.text() != null ? old.text() : r.text(),
                    old == null ? r.amount() : old.amount().add(r.amount()), old == null ? 1 : old.lines() + 1,
                    claims));
        }
        List<Reason> ranked = new ArrayList<>();
        byReason.values().forEach(a -> ranked.add(new Reason(a.code(), a.text(), a.lines(), a.claims().size(),
                a.amount())));
        ranked.sort(Comparator.comparing(Reason::amount).reversed()
                .thenComparing(r -> r.code() == null ? "" : r.code()));
        return List.copyOf(ranked);
    }
}
