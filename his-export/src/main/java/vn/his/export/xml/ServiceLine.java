package vn.his.export.xml;

import java.math.BigDecimal;

/**
 * Bảng 3 (XML3): one CHI_TIET_DVKT (service, exam, bed, supply, transport line).
 *
 * <p>One component per element, in the official element order of the table (QĐ 4750 appendix, patched by later
 * decisions; see {@code db/reference/xml130/}): component {@code maLk} is element {@code MA_LK} and so on
 * ({@link RowFields#elementName(String)}). Codes and dates are strings exactly as sent; money, quantities, unit
 * prices and percentages are {@link java.math.BigDecimal}; counters are {@link Integer}; {@code null} means
 * "not applicable" and is written as an empty element.
 */
public record ServiceLine(
        String maLk,
        Integer stt,
        String maDichVu,
        String maPtttQt,
        String maVatTu,
        String maNhom,
        String goiVtyt,
        String tenVatTu,
        String tenDichVu,
        String maXangDau,
        String donViTinh,
        String phamVi,
        BigDecimal soLuong,
        BigDecimal donGiaBv,
        BigDecimal donGiaBh,
        String ttThau,
        BigDecimal tyleTtDv,
        BigDecimal tyleTtBh,
        BigDecimal thanhTienBv,
        BigDecimal thanhTienBh,
        BigDecimal tTrantt,
        BigDecimal mucHuong,
        BigDecimal tNguonkhacNsnn,
        BigDecimal tNguonkhacVtnn,
        BigDecimal tNguonkhacVttn,
        BigDecimal tNguonkhacCl,
        BigDecimal tNguonkhac,
        BigDecimal tBntt,
        BigDecimal tBncct,
        BigDecimal tBhtt,
        String maKhoa,
        String maGiuong,
        String maBacSi,
        String nguoiThucHien,
        String maBenh,
        String maBenhYhct,
        String ngayYl,
        String ngayThYl,
        String ngayKq,
        String maPttt,
        String vetThuongTp,
        String ppVoCam,
        String viTriThDvkt,
        String maMay,
        String maHieuSp,
        String taiSuDung,
        String duPhong) {
}
