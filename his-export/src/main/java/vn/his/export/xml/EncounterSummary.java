package vn.his.export.xml;

import java.math.BigDecimal;

/**
 * Bảng 1 (XML1): chỉ tiêu tổng hợp khám bệnh, chữa bệnh, the single TONG_HOP of an encounter.
 *
 * <p>One component per element, in the official element order of the table (QĐ 4750 appendix, patched by later
 * decisions; see {@code db/reference/xml130/}): component {@code maLk} is element {@code MA_LK} and so on
 * ({@link RowFields#elementName(String)}). Codes and dates are strings exactly as sent; money, quantities, unit
 * prices and percentages are {@link java.math.BigDecimal}; counters are {@link Integer}; {@code null} means
 * "not applicable" and is written as an empty element.
 */
public record EncounterSummary(
        String maLk,
        Integer stt,
        String maBn,
        String hoTen,
        String soCccd,
        String ngaySinh,
        String gioiTinh,
        String nhomMau,
        String maQuoctich,
        String maDantoc,
        String maNgheNghiep,
        String diaChi,
        String matinhCuTru,
        String mahuyenCuTru,
        String maxaCuTru,
        String dienThoai,
        String maTheBhyt,
        String maDkbd,
        String gtTheTu,
        String gtTheDen,
        String ngayMienCct,
        String lyDoVv,
        String lyDoVnt,
        String maLyDoVnt,
        String chanDoanVao,
        String chanDoanRv,
        String maBenhChinh,
        String maBenhKt,
        String maBenhYhct,
        String maPtttQt,
        String maDoituongKcb,
        String maNoiDi,
        String maNoiDen,
        String maTaiNan,
        String ngayVao,
        String ngayVaoNoiTru,
        String ngayRa,
        String giayChuyenTuyen,
        Integer soNgayDtri,
        String ppDieuTri,
        String ketQuaDtri,
        String maLoaiRv,
        String ghiChu,
        String ngayTtoan,
        BigDecimal tThuoc,
        BigDecimal tVtyt,
        BigDecimal tTongchiBv,
        BigDecimal tTongchiBh,
        BigDecimal tBntt,
        BigDecimal tBncct,
        BigDecimal tBhtt,
        BigDecimal tNguonkhac,
        BigDecimal tBhttGdv,
        Integer namQt,
        Integer thangQt,
        String maLoaiKcb,
        String maKhoa,
        String maCskcb,
        String maKhuvuc,
        String canNang,
        String canNangCon,
        String namNamLienTuc,
        String ngayTaiKham,
        String maHsba,
        String maTtdv,
        String duPhong) {
}
