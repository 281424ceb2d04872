package vn.his.export.xml;

/**
 * Bảng check-in (XML0): trạng thái khám bệnh, chữa bệnh, one TRANG_THAI_KCB.
 *
 * <p>One component per element, in the official element order of the table (QĐ 4750 appendix, patched by later
 * decisions; see {@code db/reference/xml130/}): component {@code maLk} is element {@code MA_LK} and so on
 * ({@link RowFields#elementName(String)}). Codes and dates are strings exactly as sent; money, quantities, unit
 * prices and percentages are {@link java.math.BigDecimal}; counters are {@link Integer}; {@code null} means
 * "not applicable" and is written as an empty element.
 */
public record CheckInStatus(
        String maLk,
        Integer stt,
        String maBn,
        String hoTen,
        String soCccd,
        String ngaySinh,
        String gioiTinh,
        String maTheBhyt,
        String maDkbd,
        String gtTheTu,
        String gtTheDen,
        String maDoituongKcb,
        String ngayVao,
        String ngayVaoNoiTru,
        String lyDoVnt,
        String maLyDoVnt,
        String maLoaiKcb,
        String maCskcb,
        String maDichVu,
        String tenDichVu,
        String maThuoc,
        String tenThuoc,
        String maVatTu,
        String tenVatTu,
        String ngayYl,
        String duPhong) {
}
