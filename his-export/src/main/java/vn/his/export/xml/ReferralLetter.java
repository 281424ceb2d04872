package vn.his.export.xml;

/**
 * Bảng 13 (XML13) in the QĐ 3176 form: giấy chuyển tuyến (referral letter).
 *
 * <p>One component per element, in the official element order of the table (QĐ 4750 appendix, patched by later
 * decisions; see {@code db/reference/xml130/}): component {@code maLk} is element {@code MA_LK} and so on
 * ({@link RowFields#elementName(String)}). Codes and dates are strings exactly as sent; money, quantities, unit
 * prices and percentages are {@link java.math.BigDecimal}; counters are {@link Integer}; {@code null} means
 * "not applicable" and is written as an empty element.
 */
public record ReferralLetter(
        String maLk,
        String soHoso,
        String soChuyentuyen,
        String giayChuyenTuyen,
        String maCskcb,
        String maCskcbDi,
        String maCskcbDen,
        String hoTen,
        String ngaySinh,
        String gioiTinh,
        String maQuoctich,
        String maDantoc,
        String maNgheNghiep,
        String diaChi,
        String maTheBhyt,
        String gtTheDen,
        String ngayVao,
        String ngayVaoNoiTru,
        String ngayRa,
        String dauHieuLs,
        String chanDoanRv,
        String qtBenhly,
        String tomtatKq,
        String ppDieutri,
        String maBenhChinh,
        String maBenhKt,
        String maBenhYhct,
        String tinhTrangCt,
        String maLoaiRv,
        String maLydoCt,
        String huongDieuTri,
        String phuongtienVc,
        String hotenNguoiHt,
        String chucdanhNguoiHt,
        String maBacSi,
        String maTtdv,
        String duPhong) {
}
