package vn.his.export.reconcile;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.his.core.common.ClinicalTime;
import vn.his.core.common.DomainException;
import vn.his.core.i18n.Messages;
import vn.his.export.claim.ClaimStatus;
import vn.his.export.claim.ClaimStore;
import vn.his.export.claim.StoredClaim;
import vn.his.export.envelope.TableReader;
import vn.his.export.xml.TableDocument;

/**
 * Imports the gateway's assessment results of a period (a file a facility downloads from the portal, in a layout of
 * {@link ResultFileReader}) and matches every row to a claim version by MA_LK and to its line by table and STT:
 * <ul>
 *   <li>the version is the one whose dossier the gateway received with the row's MA_GIAO_DICH when the file gives
 *   it, else the newest version the gateway ACCEPTED, else (sent by another route: a warning) the newest QUEUED one;</li>
 *   <li>the line must exist at that STT in the version's stored XML2/XML3, with the same item code when the file
 *   gives one; a refusal above what the line (or, for a whole-claim row, XML1) claimed is refused;</li>
 *   <li>every row is stored, matched or not, with its message (unmatched and malformed rows are reported, never
 *   dropped); importing the same file (same SHA-256) again changes nothing; a finding already recorded with the same
 *   amounts is a duplicate; with other amounts it replaces the earlier one.</li>
 * </ul>
 * Each claim version touched gets a GATEWAY_ASSESSED entry in its history with the claimed T_BHTT and the accepted
 * and refused sums of its matched rows. Everything of one file is written in one transaction.
 */
@Service
public class AssessmentImporter {

    private static final Logger LOG = LoggerFactory.getLogger(AssessmentImporter.class);
    private static final String SEPARATOR = "\u001f";

    private final JdbcTemplate jdbc;
    private final ClaimStore claims;
    private final ClaimEvents history;
    private final TransactionTemplate transaction;
    private final ClinicalTime time;

    public AssessmentImporter(JdbcTemplate jdbc, ClaimStore claims, PlatformTransactionManager transactions,
                              ClinicalTime time) {
        this.jdbc = jdbc;
        this.claims = claims;
        this.history = new ClaimEvents(jdbc);
        this.transaction = new TransactionTemplate(transactions);
        this.time = time;
    }

    /**
     * Imports {@code content}. {@code facilities}: the MA_CSKCB codes the importer may touch (empty = every
     * facility); a row of a claim outside them is kept as UNMATCHED. A file that cannot be read at all is refused
     * with a {@link DomainException} and nothing is written.
     */
    public ImportResult importFile(byte[] content, String fileName, String importedBy, Collection<String> facilities) {
        Objects.requireNonNull(content, "content");
        if (importedBy == null || importedBy.isBlank()) {
            throw new IllegalArgumentException("importedBy");
        }
        String name = fileName == null || fileName.isBlank() ? "ket-qua-giam-dinh" : fileName.strip();
        String sha = sha256(content);
        Optional<ImportResult> earlier = find(sha);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        ResultFileReader.Parsed parsed = ResultFileReader.read(content);
        try {
            ImportResult result = transaction.execute(s -> write(sha, truncate(name, 255), parsed, importedBy.strip(),
                    Set.copyOf(facilities)));
            LOG.info("Assessment results {} imported by {}: {} rows, {} matched, {} unmatched, {} invalid, {} duplicate",
                    name, importedBy, result.rows(), result.matched(), result.unmatched(), result.invalid(),
                    result.duplicate());
            return result;
        } catch (DuplicateKeyException e) {
            // the same file imported at the same moment by another request: that import stands
            return find(sha).orElseThrow(() -> e);
        }
    }

    /** An earlier import by id, with its rows. */
    public Optional<ImportResult> find(long importId) {
        return transaction.execute(s -> jdbc.query("SELECT id, file_name, file_format, imported_at, imported_by "
                + "FROM assessment_import WHERE id = ?", (rs, n) -> rs.getLong(1), importId).stream().findFirst()
                .map(id -> load(id, false)));
    }

    private Optional<ImportResult> find(String sha) {
        return transaction.execute(s -> jdbc.queryForList("SELECT id FROM assessment_import WHERE file_sha256 = ?",
                Long.class, sha).stream().findFirst().map(id -> load(id, true)));
    }

    private ImportResult load(long id, boolean again) {
        record Head(String fileName, String format, LocalDateTime at, String by) {
        }
        Head head = jdbc.queryForObject("SELECT file_name, file_format, imported_at, imported_by FROM assessment_import "
                + "WHERE id = ?", (rs, n) -> new Head(rs.getString(1), rs.getString(2),
                rs.getTimestamp(3).toLocalDateTime(), rs.getString(4)), id);
        List<ImportResult.RowReport> rows = jdbc.query("SELECT source_row, outcome, ma_lk, claim_no, table_code, stt, "
                        + "message_key, message_args FROM assessment_result WHERE import_id = ? ORDER BY source_row, id",
                (rs, n) -> new ImportResult.RowReport(rs.getInt(1), ImportOutcome.valueOf(rs.getString(2)),
                        rs.getString(3), (Integer) rs.getObject(4, Integer.class), rs.getString(5),
                        (Integer) rs.getObject(6, Integer.class), rs.getString(7), args(rs.getString(8))), id);
        return summary(id, head.fileName(), head.format(), head.at(), head.by(), again, rows);
    }

    private static ImportResult summary(long id, String fileName, String format, LocalDateTime at, String by,
                                        boolean again, List<ImportResult.RowReport> rows) {
        Map<ImportOutcome, Integer> counts = new java.util.EnumMap<>(ImportOutcome.class);
        rows.forEach(r -> counts.merge(r.outcome(), 1, Integer::sum));
        // a row REPLACED by a later file was MATCHED when this file was imported
        int matched = counts.getOrDefault(ImportOutcome.MATCHED, 0) + counts.getOrDefault(ImportOutcome.REPLACED, 0);
        return new ImportResult(id, fileName, format, at, by, again, rows.size(), matched,
                counts.getOrDefault(ImportOutcome.UNMATCHED, 0), counts.getOrDefault(ImportOutcome.INVALID, 0),
                counts.getOrDefault(ImportOutcome.DUPLICATE, 0), counts.getOrDefault(ImportOutcome.REPLACED, 0), rows);
    }

    // ------------------------------------------------------------------------------------------------ writing

    private ImportResult write(String sha, String fileName, ResultFileReader.Parsed parsed, String by,
                               Set<String> facilities) {
        LocalDateTime now = time.now();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement("INSERT INTO assessment_import (file_sha256, file_name, "
                    + "file_format, imported_at, imported_by, row_count, matched_count, unmatched_count, "
                    + "duplicate_count) VALUES (?, ?, ?, ?, ?, 0, 0, 0, 0)", new String[] {"id"});
            ps.setString(1, sha);
            ps.setString(2, fileName);
            ps.setString(3, parsed.format().name());
            ps.setTimestamp(4, Timestamp.valueOf(now));
            ps.setString(5, truncate(by, 100));
            return ps;
        }, key);
        long importId = Objects.requireNonNull(key.getKey()).longValue();

        Map<String, Target> targets = new HashMap<>();
        Map<String, String> keysOfThisFile = new HashMap<>();
        Set<Long> touched = new LinkedHashSet<>();
        List<ImportResult.RowReport> reports = new ArrayList<>();
        for (ResultRow row : parsed.rows()) {
            Decision d = decide(row, targets, facilities, keysOfThisFile);
            if (d.outcome() == ImportOutcome.MATCHED && d.replaces() != null) {
                jdbc.update("UPDATE assessment_result SET outcome = ? WHERE id = ? AND outcome = ?",
                        ImportOutcome.REPLACED.name(), d.replaces(), ImportOutcome.MATCHED.name());
            }
            insertRow(importId, row, d);
            if (d.outcome() == ImportOutcome.MATCHED) {
                touched.add(d.claim().id());
            }
            reports.add(new ImportResult.RowReport(row.sourceRow(), d.outcome(), row.maLk(),
                    d.claim() == null ? null : d.claim().claimNo(), row.tableCode(), row.stt(), d.key(),
                    d.args().stream().map(String::valueOf).toList()));
        }
        for (long claimId : touched) {
            appendAssessed(claimId, importId, now, by);
        }
        ImportResult result = summary(importId, fileName, parsed.format().name(), now, by, false, reports);
        jdbc.update("UPDATE assessment_import SET row_count = ?, matched_count = ?, unmatched_count = ?, "
                        + "duplicate_count = ? WHERE id = ?", result.rows(), result.matched(),
                result.unmatched() + result.invalid(), result.duplicate(), importId);
        return result;
    }

    /** The claim version a MA_LK's rows are matched to, with its lines read once. */
    private record Target(StoredClaim claim, boolean receiptMissing, Map<String, Map<Integer, Map<String, String>>> lines,
                          BigDecimal summaryTbhtt, String failureKey, List<Object> failureArgs) {
    }

    private record Decision(ImportOutcome outcome, StoredClaim claim, String naturalKey, Long replaces, String key,
                            List<Object> args) {
    }

    private Decision decide(ResultRow row, Map<String, Target> targets, Set<String> facilities,
                            Map<String, String> keysOfThisFile) {
        if (!row.valid()) {
            return new Decision(ImportOutcome.INVALID, null, null, null, row.problemKey(), row.problemArgs());
        }
        Target t = targets.computeIfAbsent(row.maLk() + SEPARATOR + Objects.toString(row.maGiaoDich(), ""),
                k -> target(row.maLk(), row.maGiaoDich()));
        if (t.claim() == null) {
            return unmatched(null, t.failureKey(), t.failureArgs().toArray());
        }
        StoredClaim claim = t.claim();
        if (row.facilityCode() != null && !row.facilityCode().equals(claim.facilityCode())) {
            return unmatched(claim, "reconcile.row.otherFacility", row.facilityCode(), claim.facilityCode());
        }
        if (!facilities.isEmpty() && !facilities.contains(claim.facilityCode())) {
            return unmatched(claim, "reconcile.row.outOfScope", claim.facilityCode());
        }
        BigDecimal lineClaimed;
        if (row.lineLevel()) {
            Map<String, String> line = t.lines().getOrDefault(row.tableCode(), Map.of()).get(row.stt());
            if (line == null) {
                return unmatched(claim, "reconcile.row.noLine", row.tableCode(), row.stt(), claim.claimNo());
            }
            if (row.itemCode() != null && !itemCodes(row.tableCode(), line).contains(row.itemCode())) {
                return unmatched(claim, "reconcile.row.otherItem", row.tableCode(), row.stt(), row.itemCode(),
                        String.join("/", itemCodes(row.tableCode(), line)));
            }
            lineClaimed = amount(line.get("T_BHTT"));
        } else {
            lineClaimed = t.summaryTbhtt();
        }
        if (row.refused().compareTo(lineClaimed) > 0) {
            return new Decision(ImportOutcome.INVALID, claim, null, null, "reconcile.row.refusedAboveClaimed",
                    List.of(row.refused().toPlainString(), lineClaimed.toPlainString()));
        }
        String naturalKey = naturalKey(claim, row);
        String payload = payload(row);
        String inFile = keysOfThisFile.putIfAbsent(naturalKey, payload);
        if (inFile != null) {
            return inFile.equals(payload)
                    ? new Decision(ImportOutcome.DUPLICATE, claim, naturalKey, null, "reconcile.row.duplicateInFile",
                            List.of())
                    : new Decision(ImportOutcome.INVALID, claim, null, null, "reconcile.row.conflictInFile", List.of());
        }
        List<Object[]> earlier = jdbc.query("SELECT id, amount_claimed, amount_accepted, amount_refused, item_code, "
                        + "reason_text FROM assessment_result WHERE natural_key = ? AND outcome = ?",
                (rs, n) -> new Object[] {rs.getLong(1), payload(rs.getBigDecimal(2), rs.getBigDecimal(3),
                        rs.getBigDecimal(4), rs.getString(5), rs.getString(6))}, naturalKey,
                ImportOutcome.MATCHED.name());
        Long replaces = null;
        if (!earlier.isEmpty()) {
            if (earlier.get(0)[1].equals(payload)) {
                return new Decision(ImportOutcome.DUPLICATE, claim, naturalKey, null, "reconcile.row.duplicate",
                        List.of());
            }
            replaces = (Long) earlier.get(0)[0];
        }
        List<Object> args = new ArrayList<>(List.of(claim.claimNo()));
        String key = replaces != null ? "reconcile.row.matchedReplacing" : "reconcile.row.matched";
        if (row.claimed() != null && row.claimed().compareTo(lineClaimed) != 0) {
            key = "reconcile.row.matchedClaimedDiffers";
            args.add(row.claimed().toPlainString());
            args.add(lineClaimed.toPlainString());
        } else if (t.receiptMissing()) {
            key = "reconcile.row.matchedWithoutReceipt";
        }
        return new Decision(ImportOutcome.MATCHED, claim, naturalKey, replaces, key, args);
    }

    private static Decision unmatched(StoredClaim claim, String key, Object... args) {
        return new Decision(ImportOutcome.UNMATCHED, claim, null, null, key, List.of(args));
    }

    private Target target(String maLk, String maGiaoDich) {
        List<StoredClaim> versions = claims.versions(maLk);
        if (versions.isEmpty()) {
            return failed("reconcile.row.unknownMaLk", maLk);
        }
        StoredClaim chosen = null;
        boolean receiptMissing = false;
        if (maGiaoDich != null) {
            List<Integer> nos = jdbc.queryForList("SELECT claim_version FROM outbox_submission WHERE kind = 'DOSSIER' "
                    + "AND ma_lk = ? AND ma_giao_dich = ?", Integer.class, maLk, maGiaoDich);
            if (nos.isEmpty()) {
                return failed("reconcile.row.unknownTransaction", maGiaoDich, maLk);
            }
            chosen = versions.stream().filter(v -> v.claimNo() == nos.get(0)).findFirst().orElse(null);
        } else {
            List<Integer> accepted = jdbc.queryForList("SELECT claim_version FROM outbox_submission WHERE "
                    + "kind = 'DOSSIER' AND ma_lk = ? AND status = 'ACCEPTED' ORDER BY claim_version DESC",
                    Integer.class, maLk);
            if (!accepted.isEmpty()) {
                chosen = versions.stream().filter(v -> v.claimNo() == accepted.get(0)).findFirst().orElse(null);
            } else {
                for (int i = versions.size() - 1; i >= 0 && chosen == null; i--) {
                    if (versions.get(i).status() == ClaimStatus.QUEUED) {
                        chosen = versions.get(i);
                        receiptMissing = true;
                    }
                }
            }
        }
        if (chosen == null) {
            return failed("reconcile.row.neverSent", maLk);
        }
        Map<String, Map<Integer, Map<String, String>>> lines = new HashMap<>();
        BigDecimal summary = BigDecimal.ZERO;
        for (TableDocument table : claims.tables(chosen.id())) {
            if (table.loaiHoSo().equals("XML2") || table.loaiHoSo().equals("XML3")) {
                Map<Integer, Map<String, String>> byStt = new HashMap<>();
                for (Map<String, String> line : TableReader.rows(table.content())) {
                    try {
                        byStt.put(Integer.valueOf(line.getOrDefault("STT", "").strip()), line);
                    } catch (NumberFormatException e) {
                        throw new DomainException("reconcile.claim.badStt", table.loaiHoSo(), chosen.id());
                    }
                }
                lines.put(table.loaiHoSo(), byStt);
            } else if (table.loaiHoSo().equals("XML1")) {
                summary = amount(TableReader.rows(table.content()).get(0).get("T_BHTT"));
            }
        }
        return new Target(chosen, receiptMissing, lines, summary, null, List.of());
    }

    private static Target failed(String key, Object... args) {
        return new Target(null, false, Map.of(), BigDecimal.ZERO, key, List.of(args));
    }

    private static List<String> itemCodes(String table, Map<String, String> line) {
        List<String> codes = new ArrayList<>();
        for (String field : table.equals("XML2") ? List.of("MA_THUOC") : List.of("MA_DICH_VU", "MA_VAT_TU")) {
            String v = line.get(field);
            if (v != null && !v.isBlank()) {
                codes.add(v.strip());
            }
        }
        return codes;
    }

    private void insertRow(long importId, ResultRow row, Decision d) {
        StoredClaim c = d.claim();
        List<Object> args = d.args();
        jdbc.update("INSERT INTO assessment_result (import_id, source_row, outcome, ma_lk, ma_giao_dich, facility_code, "
                        + "claim_version_id, claim_no, table_code, stt, item_code, amount_claimed, amount_accepted, "
                        + "amount_refused, reason_code, reason_text, natural_key, message, message_key, message_args) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                importId, row.sourceRow(), d.outcome().name(), truncate(row.maLk(), 100), row.maGiaoDich(),
                c == null ? row.facilityCode() : c.facilityCode(), c == null ? null : c.id(),
                c == null ? null : c.claimNo(), row.tableCode(), row.stt(), truncate(row.itemCode(), 255),
                row.claimed(), row.accepted(), row.refused(), row.reasonCode(), row.reasonText(), d.naturalKey(),
                truncate(Messages.vi(d.key(), args.toArray()), 1000), d.key(),
                truncate(String.join(SEPARATOR, args.stream().map(String::valueOf).toList()), 1000));
    }

    /** GATEWAY_ASSESSED with the version's claimed T_BHTT and the sums of its matched rows (all imports). */
    private void appendAssessed(long claimId, long importId, LocalDateTime now, String by) {
        record Sums(String maLk, int claimNo, String facility, BigDecimal claimed, BigDecimal refused, int rows) {
        }
        Sums s = jdbc.queryForObject("SELECT cv.ma_lk, cv.claim_no, cv.facility_code, cv.t_bhtt, "
                        + "COALESCE(SUM(r.amount_refused), 0), COUNT(r.id) FROM claim_version cv "
                        + "LEFT JOIN assessment_result r ON r.claim_version_id = cv.id AND r.outcome = 'MATCHED' "
                        + "WHERE cv.id = ? GROUP BY cv.ma_lk, cv.claim_no, cv.facility_code, cv.t_bhtt",
                (rs, n) -> new Sums(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getBigDecimal(4),
                        rs.getBigDecimal(5), rs.getInt(6)), claimId);
        history.append(new ClaimEvents.Event(s.maLk(), s.claimNo(), s.facility(), ClaimStage.GATEWAY_ASSESSED, now,
                s.claimed(), s.claimed().subtract(s.refused()), s.refused(), null, null, importId, by,
                "import " + importId + ": " + s.rows() + " result rows"));
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static String naturalKey(StoredClaim claim, ResultRow row) {
        String reason = row.reasonCode() != null ? "C:" + row.reasonCode()
                : row.reasonText() != null ? "T:" + row.reasonText() : "";
        return sha256(String.join(SEPARATOR, claim.maLk(), String.valueOf(claim.claimNo()),
                Objects.toString(row.tableCode(), ""), Objects.toString(row.stt(), ""), reason)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static String payload(ResultRow row) {
        return payload(row.claimed(), row.accepted(), row.refused(), row.itemCode(), row.reasonText());
    }

    private static String payload(BigDecimal claimed, BigDecimal accepted, BigDecimal refused, String item,
                                  String reasonText) {
        return String.join(SEPARATOR, plain(claimed), plain(accepted), plain(refused), Objects.toString(item, ""),
                Objects.toString(reasonText, ""));
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? "" : amount.stripTrailingZeros().toPlainString();
    }

    private static BigDecimal amount(String text) {
        if (text == null || text.isBlank()) {
            return BigDecimal.ZERO;
        }
        return new BigDecimal(text.strip());
    }

    private static List<String> args(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(SEPARATOR, -1));
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
