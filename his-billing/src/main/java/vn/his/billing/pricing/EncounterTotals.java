package vn.his.billing.pricing;

import java.math.BigDecimal;

/**
 * XML1 money fields, each the exact sum of the line values (QĐ 4750 Bảng 1).
 *
 * @param tThuoc     Σ THANH_TIEN_BV of XML2 lines
 * @param tVtyt      Σ THANH_TIEN_BV of supply lines (MA_NHOM 10, 11)
 * @param tBhtt      Σ T_BHTT of the lines; equals {@link #xml1FormulaBhtt()} unless other-source money reached
 *                   the in-scope part of a line (see {@link PricedEncounter#notes()})
 * @param tBhttGdv   Σ T_BHTT of lines with MA_PTTT = 1
 */
public record EncounterTotals(
        BigDecimal tThuoc,
        BigDecimal tVtyt,
        BigDecimal tTongchiBv,
        BigDecimal tTongchiBh,
        BigDecimal tBntt,
        BigDecimal tBncct,
        BigDecimal tBhtt,
        OtherSources tNguonKhacBySource,
        BigDecimal tBhttGdv) {

    /** T_NGUONKHAC. */
    public BigDecimal tNguonKhac() {
        return tNguonKhacBySource.total();
    }

    /** T_BHTT as QĐ 4750 Bảng 1 writes it: T_TONGCHI_BH − T_BNCCT. */
    public BigDecimal xml1FormulaBhtt() {
        return tTongchiBh.subtract(tBncct);
    }
}
