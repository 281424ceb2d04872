package vn.his.export.xml;

/**
 * Bảng 5 (XML5): one CHI_TIET_DIEN_BIEN_BENH (clinical progress note).
 *
 * <p>One component per element, in the official element order of the table (QĐ 4750 appendix, patched by later
 * decisions; see {@code db/reference/xml130/}): component {@code maLk} is element {@code MA_LK} and so on
 * ({@link RowFields#elementName(String)}). Codes and dates are strings exactly as sent; money, quantities, unit
 * prices and percentages are {@link java.math.BigDecimal}; counters are {@link Integer}; {@code null} means
 * "not applicable" and is written as an empty element.
 */
public record ClinicalProgressNote(
        String maLk,
        Integer stt,
        String dienBienLs,
        String giaiDoanBenh,
        String hoiChan,
        String phauThuat,
        String thoiDiemDbls,
        String nguoiThucHien,
        String duPhong) {
}
