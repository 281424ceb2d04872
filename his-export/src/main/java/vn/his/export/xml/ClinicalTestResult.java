package vn.his.export.xml;

/**
 * Bảng 4 (XML4): one CHI_TIET_CLS (result index of a paraclinical service).
 *
 * <p>One component per element, in the official element order of the table (QĐ 4750 appendix, patched by later
 * decisions; see {@code db/reference/xml130/}): component {@code maLk} is element {@code MA_LK} and so on
 * ({@link RowFields#elementName(String)}). Codes and dates are strings exactly as sent; money, quantities, unit
 * prices and percentages are {@link java.math.BigDecimal}; counters are {@link Integer}; {@code null} means
 * "not applicable" and is written as an empty element.
 */
public record ClinicalTestResult(
        String maLk,
        Integer stt,
        String maDichVu,
        String maChiSo,
        String tenChiSo,
        String giaTri,
        String donViDo,
        String moTa,
        String ketLuan,
        String ngayKq,
        String maBsDocKq,
        String duPhong) {
}
