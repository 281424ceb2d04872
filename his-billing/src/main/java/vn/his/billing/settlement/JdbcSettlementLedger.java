package vn.his.billing.settlement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.his.billing.Explanation;
import vn.his.billing.pricing.EncounterTotals;
import vn.his.billing.pricing.LineAmounts;
import vn.his.billing.pricing.LineTable;
import vn.his.billing.pricing.OtherSources;
import vn.his.billing.pricing.PricedEncounter;
import vn.his.billing.pricing.PricedLine;
import vn.his.billing.pricing.Scope;
import vn.his.billing.rules.EncounterType;
import vn.his.billing.rules.RuleBook;
import vn.his.billing.rules.VisitObjectRule;
import vn.his.billing.visit.VisitObject;

/**
 * The frozen priced versions in tables {@code billing_settled_version}, {@code billing_settled_line} and
 * {@code billing_payment} (migration V20261124_21), written once by {@link SettlementService} and read back into
 * values equal to those priced: amounts keep 2 decimals, quantities and unit prices 3, percentages are read back in
 * the stripped form the pricer writes, and the visit object's rule is found again in the rule book by code, rank
 * and start date. Plain JDBC on the transaction's connection, so a version and its events commit together.
 */
@Repository
public class JdbcSettlementLedger implements SettlementLedger {

    private static final String VERSION_COLUMNS = "encounter_id, version_no, ma_lk, patient_id, arrival_time, reason,"
            + " settled_at, settled_by, visit_object_code, visit_encounter_type, route_factor, full_benefit,"
            + " exemptions_apply, card_percent, benefit_percent, override_reason, rule_rank, rule_valid_from,"
            + " visit_explanation, visit_explanation_text, t_thuoc, t_vtyt, t_tongchi_bv, t_tongchi_bh, t_bntt, t_bncct,"
            + " t_bhtt, t_nguonkhac_nsnn, t_nguonkhac_vtnn, t_nguonkhac_vttn, t_nguonkhac_cl, t_bhtt_gdv,"
            + " copay_exempt_from, notes, notes_text";
    private static final String LINE_COLUMNS = "encounter_id, version_no, seq, line_id, line_table, cost_group,"
            + " ordered_at, item_code, item_name, unit_name, card_code, quantity, hospital_unit_price, fund_unit_price,"
            + " service_rate_percent, fund_rate_percent, scope_code, payment_method, supply_package, supply_ceiling,"
            + " muc_huong, thanh_tien_bv, thanh_tien_bh, t_bhtt, t_bncct, t_bntt, t_nguonkhac_nsnn, t_nguonkhac_vtnn,"
            + " t_nguonkhac_vttn, t_nguonkhac_cl, explanations, explanation_text";

    private final JdbcTemplate jdbc;
    private final RuleBook rules;

    public JdbcSettlementLedger(JdbcTemplate jdbc, RuleBook rules) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    // ---- reading ------------------------------------------------------------------------------------------------

    @Override
    public Optional<SettledEncounter> current(long encounterId) {
        int latest = latestVersion(encounterId);
        return latest == 0 ? Optional.empty() : version(encounterId, latest);
    }

    @Override
    public Optional<SettledEncounter> version(long encounterId, int version) {
        List<SettledEncounter> found = read(encounterId, version);
        return found.stream().findFirst();
    }

    @Override
    public List<SettledEncounter> versions(long encounterId) {
        return read(encounterId, null);
    }

    /** The highest frozen version of the encounter, 0 when it was never settled. */
    public int latestVersion(long encounterId) {
        Integer latest = jdbc.queryForObject(
                "SELECT MAX(version_no) FROM billing_settled_version WHERE encounter_id = ?", Integer.class, encounterId);
        return latest == null ? 0 : latest;
    }

    /** The item words of each line of a version, by line id (for the cost statement). */
    public Map<String, ChargedItem> chargedItems(long encounterId, int version) {
        Map<String, ChargedItem> items = new LinkedHashMap<>();
        jdbc.query("SELECT line_id, item_code, item_name, unit_name FROM billing_settled_line"
                        + " WHERE encounter_id = ? AND version_no = ? ORDER BY seq",
                rs -> {
                    items.put(rs.getString("line_id"), new ChargedItem(rs.getString("item_code"),
                            rs.getString("item_name"), rs.getString("unit_name")));
                }, encounterId, version);
        return items;
    }

    /**
     * Σ T_BNCCT of the latest version of the patient's other encounters that arrived in the same calendar year
     * before {@code arrival}: the co-payments already due this year (five-year exemption, Luật BHYT art. 22 §1(đ);
     * bhyt-rules §2.2).
     */
    public BigDecimal coPaymentsBefore(long patientId, long encounterId, LocalDateTime arrival) {
        // one lookup on ix_billing_settled_version_patient (the patient's few versions), the latest version of each
        // encounter kept here, instead of a correlated MAX(version_no) subquery per row; a patient's encounter
        // never changes patient, so all its versions carry the same patient_id
        LocalDateTime yearStart = LocalDate.of(arrival.getYear(), 1, 1).atStartOfDay();
        Map<Long, Object[]> latest = new HashMap<>();
        jdbc.query("SELECT encounter_id, version_no, arrival_time, t_bncct FROM billing_settled_version"
                        + " WHERE patient_id = ? AND encounter_id <> ?",
                rs -> {
                    long id = rs.getLong(1);
                    int version = rs.getInt(2);
                    Object[] known = latest.get(id);
                    if (known == null || (Integer) known[0] < version) {
                        latest.put(id, new Object[] {version, rs.getObject(3, LocalDateTime.class),
                                rs.getBigDecimal(4)});
                    }
                }, patientId, encounterId);
        BigDecimal sum = BigDecimal.ZERO.setScale(2);
        for (Object[] v : latest.values()) {
            LocalDateTime at = (LocalDateTime) v[1];
            if (!at.isBefore(yearStart) && at.isBefore(arrival)) {
                sum = sum.add((BigDecimal) v[2]);
            }
        }
        return sum.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** Whether the version already has its payment. */
    public boolean hasPayment(long encounterId, int version) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM billing_payment WHERE encounter_id = ? AND version_no = ?",
                Integer.class, encounterId, version);
        return n != null && n > 0;
    }

    private List<SettledEncounter> read(long encounterId, Integer onlyVersion) {
        String versionFilter = onlyVersion == null ? "" : " AND version_no = " + onlyVersion.intValue();
        Map<Integer, List<PricedLine>> lines = new HashMap<>();
        jdbc.query("SELECT " + LINE_COLUMNS + " FROM billing_settled_line WHERE encounter_id = ?" + versionFilter
                        + " ORDER BY version_no, seq",
                rs -> {
                    lines.computeIfAbsent(rs.getInt("version_no"), v -> new ArrayList<>()).add(line(rs));
                }, encounterId);
        Map<Integer, Payment> payments = new HashMap<>();
        jdbc.query("SELECT version_no, method, paid_at, amount, reference FROM billing_payment WHERE encounter_id = ?"
                        + versionFilter,
                rs -> {
                    payments.put(rs.getInt("version_no"), new Payment(PaymentMethod.valueOf(rs.getString("method")),
                            rs.getObject("paid_at", LocalDateTime.class), rs.getBigDecimal("amount"),
                            rs.getString("reference")));
                }, encounterId);
        return jdbc.query("SELECT " + VERSION_COLUMNS + " FROM billing_settled_version WHERE encounter_id = ?"
                        + versionFilter + " ORDER BY version_no",
                (rs, n) -> header(rs, lines.getOrDefault(rs.getInt("version_no"), List.of()),
                        payments.get(rs.getInt("version_no"))), encounterId);
    }

    private SettledEncounter header(ResultSet rs, List<PricedLine> lines, Payment payment) throws SQLException {
        String maLk = rs.getString("ma_lk");
        EncounterType type = EncounterType.valueOf(rs.getString("visit_encounter_type"));
        String code = rs.getString("visit_object_code");
        int rank = rs.getInt("rule_rank");
        LocalDate ruleFrom = rs.getObject("rule_valid_from", LocalDate.class);
        VisitObjectRule rule = rules.visitObjects(ruleFrom).stream()
                .filter(r -> r.code().equals(code) && r.rank() == rank && r.validity().from().equals(ruleFrom))
                .findFirst().orElse(null);
        VisitObject visit = new VisitObject(code, type, new BigDecimal(rs.getString("route_factor")),
                rs.getBoolean("full_benefit"), rs.getBoolean("exemptions_apply"), decimal(rs.getString("card_percent")),
                decimal(rs.getString("benefit_percent")), rs.getString("override_reason"), rule,
                ExplanationCodec.decodeOne(rs.getString("visit_explanation")));
        EncounterTotals totals = new EncounterTotals(rs.getBigDecimal("t_thuoc"), rs.getBigDecimal("t_vtyt"),
                rs.getBigDecimal("t_tongchi_bv"), rs.getBigDecimal("t_tongchi_bh"), rs.getBigDecimal("t_bntt"),
                rs.getBigDecimal("t_bncct"), rs.getBigDecimal("t_bhtt"), otherSources(rs),
                rs.getBigDecimal("t_bhtt_gdv"));
        List<Explanation> notes = ExplanationCodec.decode(rs.getString("notes"));
        PricedEncounter priced = new PricedEncounter(maLk, visit, lines, totals,
                rs.getObject("copay_exempt_from", LocalDateTime.class), notes);
        return new SettledEncounter(rs.getLong("encounter_id"), maLk, rs.getInt("version_no"), rs.getString("reason"),
                rs.getObject("settled_at", LocalDateTime.class), rs.getString("settled_by"), payment, priced);
    }

    private static PricedLine line(ResultSet rs) throws SQLException {
        LineAmounts amounts = new LineAmounts(rs.getBigDecimal("thanh_tien_bv"), rs.getBigDecimal("thanh_tien_bh"),
                rs.getBigDecimal("t_bhtt"), rs.getBigDecimal("t_bncct"), rs.getBigDecimal("t_bntt"), otherSources(rs));
        return new PricedLine(rs.getString("line_id"), LineTable.valueOf(rs.getString("line_table")),
                rs.getInt("cost_group"), rs.getObject("ordered_at", LocalDateTime.class), rs.getString("card_code"),
                rs.getBigDecimal("quantity"), rs.getBigDecimal("hospital_unit_price"),
                rs.getBigDecimal("fund_unit_price"), percent(rs.getBigDecimal("service_rate_percent")),
                percent(rs.getBigDecimal("fund_rate_percent")), scope(rs.getInt("scope_code")),
                rs.getInt("payment_method"), rs.getString("supply_package"), rs.getBigDecimal("supply_ceiling"),
                percent(rs.getBigDecimal("muc_huong")), amounts,
                ExplanationCodec.decode(rs.getString("explanations")));
    }

    private static OtherSources otherSources(ResultSet rs) throws SQLException {
        return new OtherSources(rs.getBigDecimal("t_nguonkhac_nsnn"), rs.getBigDecimal("t_nguonkhac_vtnn"),
                rs.getBigDecimal("t_nguonkhac_vttn"), rs.getBigDecimal("t_nguonkhac_cl"));
    }

    private static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }

    /** Percentages as the pricer writes them (MUC_HUONG, TYLE_TT_*): trailing zeros stripped, never a negative scale. */
    static BigDecimal percent(BigDecimal stored) {
        if (stored == null) {
            return null;
        }
        BigDecimal stripped = stored.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static Scope scope(int code) {
        for (Scope s : Scope.values()) {
            if (s.code() == code) {
                return s;
            }
        }
        throw new IllegalStateException("stored PHAM_VI " + code + " is not 1, 2 or 3");
    }

    // ---- writing (SettlementService only) -----------------------------------------------------------------------

    void insert(SettledEncounter s, long patientId, LocalDateTime arrival, Map<String, ChargedItem> items) {
        PricedEncounter p = s.priced();
        VisitObject v = p.visitObject();
        EncounterTotals t = p.totals();
        if (v.rule() == null) {
            throw new IllegalStateException("visit object " + v.code() + " without its rule row");
        }
        jdbc.update("INSERT INTO billing_settled_version (" + VERSION_COLUMNS + ") VALUES (" + marks(35) + ")",
                s.encounterId(), s.version(), s.maLk(), patientId, arrival, s.reason(), s.settledAt(), s.settledBy(),
                v.code(), v.encounterType().name(), v.routeFactor().toString(), v.fullBenefit(), v.exemptionsApply(),
                text(v.cardPercent()), text(v.benefitPercent()), v.overrideReason(), v.rule().rank(),
                v.rule().validity().from(), ExplanationCodec.encode(v.explanation()), v.explanationVi(),
                t.tThuoc(), t.tVtyt(), t.tTongchiBv(), t.tTongchiBh(), t.tBntt(), t.tBncct(), t.tBhtt(),
                t.tNguonKhacBySource().nsnn(), t.tNguonKhacBySource().vtnn(), t.tNguonKhacBySource().vttn(),
                t.tNguonKhacBySource().cl(), t.tBhttGdv(), p.coPaymentExemptFrom(), ExplanationCodec.encode(p.notes()),
                Explanation.joinVi(p.notes()));
        List<Object[]> rows = new ArrayList<>(p.lines().size());
        int seq = 0;
        for (PricedLine l : p.lines()) {
            LineAmounts a = l.amounts();
            ChargedItem item = items.getOrDefault(l.lineId(), new ChargedItem(null, null, null));
            rows.add(new Object[] {s.encounterId(), s.version(), ++seq, l.lineId(), l.table().name(), l.costGroup(),
                    l.orderedAt(), item.code(), item.name(), item.unit(), l.cardCode(), l.quantity(),
                    l.hospitalUnitPrice(), l.fundUnitPrice(), l.serviceRatePercent(), l.fundRatePercent(),
                    l.scope().code(), l.paymentMethod(), l.supplyPackage(), l.supplyCeiling(), l.mucHuong(),
                    a.thanhTienBv(), a.thanhTienBh(), a.tBhtt(), a.tBncct(), a.tBntt(), a.nguonKhac().nsnn(),
                    a.nguonKhac().vtnn(), a.nguonKhac().vttn(), a.nguonKhac().cl(),
                    ExplanationCodec.encode(l.explanations()), l.explanationVi()});
        }
        jdbc.batchUpdate("INSERT INTO billing_settled_line (" + LINE_COLUMNS + ") VALUES (" + marks(32) + ")", rows);
    }

    void insertPayment(long encounterId, int version, Payment payment, LocalDateTime recordedAt) {
        jdbc.update("INSERT INTO billing_payment (encounter_id, version_no, method, paid_at, amount, reference,"
                        + " recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                encounterId, version, payment.method().name(), payment.paidAt(), payment.amount(), payment.reference(),
                recordedAt);
    }

    private static String text(BigDecimal value) {
        return value == null ? null : value.toString();
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}
