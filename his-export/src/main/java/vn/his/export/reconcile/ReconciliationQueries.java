package vn.his.export.reconcile;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.his.export.claim.ClaimStore;
import vn.his.export.claim.StoredClaim;
import vn.his.export.envelope.TableReader;
import vn.his.export.xml.TableDocument;

/** Reads a claim's status history and its reconciliation (versions, imported results, before/after). */
@Service
public class ReconciliationQueries {

    private final JdbcTemplate jdbc;
    private final ClaimStore claims;

    public ReconciliationQueries(JdbcTemplate jdbc, ClaimStore claims) {
        this.jdbc = jdbc;
        this.claims = claims;
    }

    /** Every history row of the claim, in the order they were written (oldest first). */
    @Transactional(readOnly = true)
    public List<ClaimHistoryEntry> history(String maLk) {
        return jdbc.query("SELECT id, ma_lk, claim_no, facility_code, stage, happened_at, amount_claimed, "
                + "amount_accepted, amount_refused, submission_id, ma_giao_dich, import_id, actor, note "
                + "FROM claim_status_event WHERE ma_lk = ? ORDER BY id", (rs, n) -> new ClaimHistoryEntry(rs.getLong(1),
                rs.getString(2), rs.getInt(3), rs.getString(4), ClaimStage.valueOf(rs.getString(5)),
                rs.getTimestamp(6).toLocalDateTime(), rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getBigDecimal(9),
                nullableLong(rs, 10), rs.getString(11), nullableLong(rs, 12), rs.getString(13), rs.getString(14)),
                maLk);
    }

    /** Every version of the claim with its lines and imported results; empty versions list for an unknown MA_LK. */
    @Transactional(readOnly = true)
    public ClaimReconciliation reconciliation(String maLk) {
        List<StoredClaim> versions = claims.versions(maLk);
        List<List<Map<String, String>>> linesOf = new ArrayList<>();
        for (StoredClaim v : versions) {
            linesOf.add(lines(v.id()));
        }
        List<ClaimReconciliation.Version> out = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            StoredClaim v = versions.get(i);
            Map<String, List<ClaimReconciliation.Refusal>> byLine = new HashMap<>();
            List<ClaimReconciliation.Refusal> claimLevel = new ArrayList<>();
            int[] count = {0};
            jdbc.query("SELECT table_code, stt, amount_refused, reason_code, reason_text, import_id FROM "
                    + "assessment_result WHERE claim_version_id = ? AND outcome = 'MATCHED' ORDER BY id", rs -> {
                count[0]++;
                ClaimReconciliation.Refusal r = new ClaimReconciliation.Refusal(rs.getBigDecimal(3), rs.getString(4),
                        rs.getString(5), rs.getLong(6));
                if (rs.getString(1) == null) {
                    claimLevel.add(r);
                } else {
                    byLine.computeIfAbsent(rs.getString(1) + "#" + rs.getInt(2), k -> new ArrayList<>()).add(r);
                }
            }, v.id());
            List<Map<String, String>> next = i + 1 < versions.size() ? linesOf.get(i + 1) : null;
            List<ClaimReconciliation.Line> lines = new ArrayList<>();
            BigDecimal refused = sum(claimLevel);
            for (Map<String, String> l : linesOf.get(i)) {
                String table = l.get("#table");
                int stt = Integer.parseInt(l.get("STT").strip());
                String item = item(table, l);
                List<ClaimReconciliation.Refusal> rs = byLine.getOrDefault(table + "#" + stt, List.of());
                BigDecimal lineRefused = sum(rs);
                refused = refused.add(lineRefused);
                BigDecimal after = null;
                if (next != null) {
                    after = BigDecimal.ZERO;
                    for (Map<String, String> n : next) {
                        if (table.equals(n.get("#table")) && item.equals(item(table, n))) {
                            after = after.add(money(n.get("T_BHTT")));
                        }
                    }
                }
                lines.add(new ClaimReconciliation.Line(table, stt, item, name(table, l), money(l.get("SO_LUONG")),
                        money(l.get("T_BHTT")), lineRefused, rs, next == null ? null : versions.get(i + 1).claimNo(),
                        after));
            }
            List<String[]> sub = jdbc.query("SELECT status, ma_giao_dich FROM outbox_submission WHERE kind = 'DOSSIER' "
                    + "AND ma_lk = ? AND claim_version = ? ORDER BY id DESC", (rs, n) -> new String[] {rs.getString(1),
                    rs.getString(2)}, maLk, v.claimNo());
            boolean assessed = count[0] > 0;
            out.add(new ClaimReconciliation.Version(v.id(), v.claimNo(), v.reason().name(), v.reasonText(),
                    v.status().name(), sub.isEmpty() ? null : sub.get(0)[0], sub.isEmpty() ? null : sub.get(0)[1],
                    v.tBhtt(), assessed, assessed ? v.tBhtt().subtract(refused) : null, refused, claimLevel, lines));
        }
        return new ClaimReconciliation(maLk, versions.isEmpty() ? null : versions.get(0).facilityCode(), out);
    }

    private List<Map<String, String>> lines(long claimId) {
        List<Map<String, String>> lines = new ArrayList<>();
        for (TableDocument t : claims.tables(claimId)) {
            if (t.loaiHoSo().equals("XML2") || t.loaiHoSo().equals("XML3")) {
                for (Map<String, String> row : TableReader.rows(t.content())) {
                    Map<String, String> line = new HashMap<>(row);
                    line.put("#table", t.loaiHoSo());
                    lines.add(line);
                }
            }
        }
        return lines;
    }

    private static String item(String table, Map<String, String> line) {
        if (table.equals("XML2")) {
            return line.getOrDefault("MA_THUOC", "");
        }
        String service = line.get("MA_DICH_VU");
        String supply = line.get("MA_VAT_TU");
        return (service == null ? "" : service) + (supply == null || supply.isBlank() ? "" : "|" + supply);
    }

    private static String name(String table, Map<String, String> line) {
        if (table.equals("XML2")) {
            return line.get("TEN_THUOC");
        }
        String service = line.get("TEN_DICH_VU");
        return service != null && !service.isBlank() ? service : line.get("TEN_VAT_TU");
    }

    private static BigDecimal sum(List<ClaimReconciliation.Refusal> refusals) {
        return refusals.stream().map(ClaimReconciliation.Refusal::refused).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal money(String text) {
        return text == null || text.isBlank() ? BigDecimal.ZERO : new BigDecimal(text.strip());
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, Long.class);
    }
}
