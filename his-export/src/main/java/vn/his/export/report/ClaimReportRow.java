package vn.his.export.report;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;

import vn.his.export.claim.ClaimStatus;

/**
 * One encounter of a report: the XML1 values of its newest non-superseded claim version and the cost-group subtotals
 * of its XML2/XML3 lines (Σ THANH_TIEN_BV per {@link CostGroup}).
 */
public record ClaimReportRow(long claimVersionId, int claimNo, ClaimStatus status, String facilityCode, String maLk,
                             String maBn, String hoTen, String maTheBhyt, String maDkbd, String maBenhChinh,
                             String maLoaiKcb, EncounterKind kind, LocalDateTime ngayVao, LocalDateTime ngayRa,
                             int soNgayDtri, Map<CostGroup, BigDecimal> costs,
                             BigDecimal tTongchiBv, BigDecimal tTongchiBh, BigDecimal tBhtt, BigDecimal tBncct,
                             BigDecimal tBntt) {

    public ClaimReportRow {
        EnumMap<CostGroup, BigDecimal> all = new EnumMap<>(CostGroup.class);
        for (CostGroup g : CostGroup.values()) {
            all.put(g, costs.getOrDefault(g, BigDecimal.ZERO));
        }
        costs = java.util.Collections.unmodifiableMap(all);
    }

    public BigDecimal cost(CostGroup group) {
        return costs.get(group);
    }
}
