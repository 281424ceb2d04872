package vn.his.export.report;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

import vn.his.core.common.DomainException;
import vn.his.export.claim.ClaimStatus;
import vn.his.export.envelope.TableReader;

/**
 * Streams the report rows of a period: per MA_LK, the newest claim version that is not SUPERSEDED, of the encounters
 * whose NGAY_RA (column {@code discharge_time}) falls in the month. One forward-only, read-only cursor with a fetch
 * size walks the versions and their stored XML1/XML2/XML3 bytes; each row is handed to the sink and forgotten, so a
 * period is never held in memory whole. The stored bytes are read with {@link TableReader} (secure parser: a DOCTYPE
 * or an external entity is refused).
 */
@Component
public class ClaimReportRows {

    static final int FETCH_SIZE = 100;
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyyMMddHHmm");

    private static final String SQL = "SELECT cv.id, cv.claim_no, cv.status, cv.facility_code, x1.content AS xml1, "
            + "x2.content AS xml2, x3.content AS xml3 FROM claim_version cv "
            + "JOIN claim_table x1 ON x1.claim_version_id = cv.id AND x1.table_code = 'XML1' "
            + "LEFT JOIN claim_table x2 ON x2.claim_version_id = cv.id AND x2.table_code = 'XML2' "
            + "LEFT JOIN claim_table x3 ON x3.claim_version_id = cv.id AND x3.table_code = 'XML3' "
            + "WHERE cv.discharge_time >= ? AND cv.discharge_time < ? AND cv.status <> ? "
            + "AND cv.claim_no = (SELECT MAX(v.claim_no) FROM claim_version v WHERE v.ma_lk = cv.ma_lk "
            + "AND v.status <> ?) ";
    private static final String BY_FACILITY = "AND cv.facility_code = ? ";
    private static final String BY_PROVINCE = "AND cv.encounter_id IN (SELECT e.id FROM encounter e "
            + "JOIN facility f ON f.id = e.facility_id WHERE f.province_code = ?) ";
    private static final String ORDER = "ORDER BY cv.facility_code, cv.discharge_time, cv.ma_lk";

    private final JdbcTemplate jdbc;

    public ClaimReportRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Hands each row of the period to {@code sink}, ordered by facility, NGAY_RA and MA_LK. */
    public void stream(ReportScope scope, YearMonth month, Consumer<ClaimReportRow> sink) {
        stream(scope, month.atDay(1), month.atEndOfMonth(), sink);
    }

    /** Hands each row whose NGAY_RA falls on {@code first}…{@code last} (both days included) to {@code sink}. */
    public void stream(ReportScope scope, java.time.LocalDate first, java.time.LocalDate last,
                       Consumer<ClaimReportRow> sink) {
        streamTables(scope, first, last, t -> sink.accept(row(t.claimVersionId(), t.claimNo(), t.status(),
                t.facilityCode(), t.xml1(), t.xml2(), t.xml3())));
    }

    /** The stored XML1/XML2/XML3 bytes of one reported claim version (XML2 and XML3 may be null). */
    public record StoredTables(long claimVersionId, int claimNo, ClaimStatus status, String facilityCode, byte[] xml1,
                               byte[] xml2, byte[] xml3) {
    }

    /**
     * The same versions as {@link #stream(ReportScope, java.time.LocalDate, java.time.LocalDate, Consumer)}, as their
     * stored table bytes, for reports that read the lines themselves (the item forms 19/20/21).
     */
    public void streamTables(ReportScope scope, java.time.LocalDate first, java.time.LocalDate last,
                             Consumer<StoredTables> sink) {
        LocalDateTime from = first.atStartOfDay();
        LocalDateTime to = last.plusDays(1).atStartOfDay();
        String sql = SQL + (scope.facilityCode() != null ? BY_FACILITY : BY_PROVINCE) + ORDER;
        RowCallbackHandler handler = rs -> sink.accept(new StoredTables(rs.getLong("id"), rs.getInt("claim_no"),
                ClaimStatus.valueOf(rs.getString("status")), rs.getString("facility_code"), rs.getBytes("xml1"),
                rs.getBytes("xml2"), rs.getBytes("xml3")));
        jdbc.query((Connection con) -> {
            PreparedStatement ps = con.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            ps.setFetchSize(fetchSize(con));
            ps.setTimestamp(1, Timestamp.valueOf(from));
            ps.setTimestamp(2, Timestamp.valueOf(to));
            ps.setString(3, ClaimStatus.SUPERSEDED.name());
            ps.setString(4, ClaimStatus.SUPERSEDED.name());
            ps.setString(5, scope.facilityCode() != null ? scope.facilityCode() : scope.provinceCode());
            return ps;
        }, handler);
    }

    /**
     * MySQL Connector/J reads the whole result into memory unless the fetch size is {@code Integer.MIN_VALUE}
     * (row-by-row streaming, forward-only read-only statements); MariaDB Connector/J and H2 stream with a positive
     * fetch size.
     */
    static int fetchSize(Connection con) throws SQLException {
        String driver = String.valueOf(con.getMetaData().getDriverName()).toLowerCase(java.util.Locale.ROOT);
        return driver.contains("mysql") ? Integer.MIN_VALUE : FETCH_SIZE;
    }

    /** Builds one row from the stored table bytes (XML2 and XML3 may be absent). */
    static ClaimReportRow row(long id, int claimNo, ClaimStatus status, String facilityCode, byte[] xml1, byte[] xml2,
                              byte[] xml3) {
        List<Map<String, String>> summary = TableReader.rows(xml1);
        if (summary.size() != 1) {
            throw new DomainException("report.xml1.notOneRow", id);
        }
        Map<String, String> x1 = summary.get(0);
        EnumMap<CostGroup, BigDecimal> costs = new EnumMap<>(CostGroup.class);
        addLines(costs, xml2, id);
        addLines(costs, xml3, id);
        String maLoaiKcb = x1.get("MA_LOAI_KCB");
        return new ClaimReportRow(id, claimNo, status, facilityCode, x1.get("MA_LK"), x1.get("MA_BN"),
                x1.get("HO_TEN"), x1.get("MA_THE_BHYT"), x1.get("MA_DKBD"), x1.get("MA_BENH_CHINH"), maLoaiKcb,
                EncounterKind.ofMaLoaiKcb(maLoaiKcb), time(x1, "NGAY_VAO", id), time(x1, "NGAY_RA", id),
                integer(x1, "SO_NGAY_DTRI", id), costs, money(x1, "T_TONGCHI_BV", id), money(x1, "T_TONGCHI_BH", id),
                money(x1, "T_BHTT", id), money(x1, "T_BNCCT", id), money(x1, "T_BNTT", id));
    }

    /** Adds THANH_TIEN_BV of each XML2/XML3 line to the group of its MA_NHOM (xml130.md §4.4). */
    private static void addLines(Map<CostGroup, BigDecimal> costs, byte[] table, long id) {
        if (table == null) {
            return;
        }
        for (Map<String, String> line : TableReader.rows(table)) {
            costs.merge(CostGroup.ofMaNhom(line.get("MA_NHOM")), money(line, "THANH_TIEN_BV", id), BigDecimal::add);
        }
    }

    static BigDecimal money(Map<String, String> fields, String name, long id) {
        String text = fields.get(name);
        if (text == null || text.isBlank()) {
            return BigDecimal.ZERO;
        }
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new DomainException("report.xml.badNumber", name, text, id);
        }
    }

    private static LocalDateTime time(Map<String, String> fields, String name, long id) {
        String text = fields.get(name);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.trim(), MINUTE);
        } catch (DateTimeParseException e) {
            throw new DomainException("report.xml.badTime", name, text, id);
        }
    }

    private static int integer(Map<String, String> fields, String name, long id) {
        String text = fields.get(name);
        try {
            return text == null || text.isBlank() ? 0 : Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new DomainException("report.xml.badNumber", name, text, id);
        }
    }
}
