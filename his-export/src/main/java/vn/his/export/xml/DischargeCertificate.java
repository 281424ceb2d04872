package vn.his.export.xml;

/**
 * Bảng 7 (XML7): giấy ra viện (discharge certificate).
 *
 * <p>One component per element, in the official element order of the table (QĐ 4750 appendix, patched by later
 * decisions; see {@code db/reference/xml130/}): component {@code maLk} is element {@code MA_LK} and so on
 * ({@link RowFields#elementName(String)}). Codes and dates are strings exactly as sent; money, quantities, unit
 * prices and percentages are {@link java.math.BigDecimal}; counters are {@link Integer}; {@code null} means
 * "not applicable" and is written as an empty element.
 */
public record DischargeCertificate(
        String maLk,
        String soLuuTru,
        String maYte,
        String maKhoaRv,
        String ngayVao,
        String ngayRa,
        String maDinhChiThai,
        String nguyennhanDinhchi,
        String thoigianDinhchi,
        Integer tuoiThai,
        String chanDoanRv,
        String ppDieutri,
        String ghiChu,
        String maTtdv,
        String maBs,
        String tenBs,
        String ngayCt,
        String maCha,
        String maMe,
        String maTheTam,
        String hoTenCha,
        String hoTenMe,
        Integer soNgayNghi,
        String ngoaitruTungay,
        String ngoaitruDenngay,
        String duPhong) {
}
