package vn.his.export.xml;

/**
 * Bảng 8 (XML8): tóm tắt hồ sơ bệnh án (medical record summary).
 *
 * <p>One component per element, in the official element order of the table (QĐ 4750 appendix, patched by later
 * decisions; see {@code db/reference/xml130/}): component {@code maLk} is element {@code MA_LK} and so on
 * ({@link RowFields#elementName(String)}). Codes and dates are strings exactly as sent; money, quantities, unit
 * prices and percentages are {@link java.math.BigDecimal}; counters are {@link Integer}; {@code null} means
 * "not applicable" and is written as an empty element.
 */
public record MedicalRecordSummary(
        String maLk,
        String maLoaiKcb,
        String hoTenCha,
        String hoTenMe,
        String nguoiGiamHo,
        String donVi,
        String ngayVao,
        String ngayRa,
        String chanDoanVao,
        String chanDoanRv,
        String qtBenhly,
        String tomtatKq,
        String ppDieutri,
        String ngaySinhcon,
        String ngayConchet,
        Integer soConchet,
        String ketQuaDtri,
        String ghiChu,
        String maTtdv,
        String ngayCt,
        String maTheTam,
        String duPhong) {
}
