package vn.his.export.xml;

/**
 * Bảng 14 (XML14): giấy hẹn khám lại (re-visit appointment).
 *
 * <p>One component per element, in the official element order of the table (QĐ 4750 appendix, patched by later
 * decisions; see {@code db/reference/xml130/}): component {@code maLk} is element {@code MA_LK} and so on
 * ({@link RowFields#elementName(String)}). Codes and dates are strings exactly as sent; money, quantities, unit
 * prices and percentages are {@link java.math.BigDecimal}; counters are {@link Integer}; {@code null} means
 * "not applicable" and is written as an empty element.
 */
public record RevisitAppointment(
        String maLk,
        String soGiayhenKl,
        String maCskcb,
        String hoTen,
        String ngaySinh,
        String gioiTinh,
        String diaChi,
        String maTheBhyt,
        String gtTheDen,
        String ngayVao,
        String ngayVaoNoiTru,
        String ngayRa,
        String ngayHenKl,
        String chanDoanRv,
        String maBenhChinh,
        String maBenhKt,
        String maBenhYhct,
        String maDoituongKcb,
        String maBacSi,
        String maTtdv,
        String ngayCt,
        String duPhong) {
}
