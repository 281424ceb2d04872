package vn.his.export.xml;

import java.math.BigDecimal;

/**
 * Bảng 2 (XML2): one CHI_TIET_THUOC (drug, blood, oxygen line).
 *
 * <p>One component per element, in the official element order of the table (QĐ 4750 appendix, patched by later
 * decisions; see {@code db/reference/xml130/}): component {@code maLk} is element {@code MA_LK} and so on
 * ({@link RowFields#elementName(String)}). Codes and dates are strings exactly as sent; money, quantities, unit
 * prices and percentages are {@link java.math.BigDecimal}; counters are {@link Integer}; {@code null} means
 * "not applicable" and is written as an empty element.
 */
public record DrugLine(
        String maLk,
        Integer stt,
        String maThuoc,
        String maPpChebien,
        String maCskcbThuoc,
        String maNhom,
        String tenThuoc,
        String donViTinh,
        String hamLuong,
        String duongDung,
        String dangBaoChe,
        String lieuDung,
        String cachDung,
        String soDangKy,
        String ttThau,
        String phamVi,
        BigDecimal tyleTtBh,
        BigDecimal soLuong,
        BigDecimal donGia,
        BigDecimal thanhTienBv,
        BigDecimal thanhTienBh,
        BigDecimal tNguonkhacNsnn,
        BigDecimal tNguonkhacVtnn,
        BigDecimal tNguonkhacVttn,
        BigDecimal tNguonkhacCl,
        BigDecimal tNguonkhac,
        BigDecimal mucHuong,
        BigDecimal tBntt,
        BigDecimal tBncct,
        BigDecimal tBhtt,
        String maKhoa,
        String maBacSi,
        String maDichVu,
        String ngayYl,
        String ngayThYl,
        String maPttt,
        String nguonCtra,
        String vetThuongTp,
        String duPhong) {
}
